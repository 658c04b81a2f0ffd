import { useState } from 'react';
import { api, type Customer } from '../api';
import type { Abilities } from '../roles';
import { Link } from '../router';
import { dateTime, money, taxLabel, term, words } from '../format';
import { Loaded } from '../components/Status';
import { loaded, More, usePaged } from '../components/usePaged';
import { CancelByOrderId } from './CancelByOrderId';
import { OrderEffects } from './OrderEffects';

/**
 * Order history: the customer's orders, newest first, a page at a time, each with its order ID, date, lines, status and
 * where its effects stand; "Cancel an order" takes an order ID, as the cancel dialog names orders.
 */
export function OrderHistory({ customer, can }: { customer: Customer; can: Abilities }) {
  const orders = usePaged(() => api.ordersPage(customer.id), [customer.id]);
  const [cancelling, setCancelling] = useState<{ orderId?: string }>();
  return (
    <>
      <h2>Order history</h2>
      {can.cancel && (
        <p className="actions"><button type="button" className="secondary" onClick={() => setCancelling({})}>Cancel an order by ID</button></p>
      )}
      {cancelling && (
        <CancelByOrderId customer={customer} orderId={cancelling.orderId} onClose={() => setCancelling(undefined)}
          onCancelled={orders.reload} />
      )}
      <Loaded state={loaded(orders)} what="orders" empty={(list) => list.length === 0 && `No orders for ${customer.name} yet.`}>
        {(list) => (
          <ol className="orders">
            {list.map((o) => (
              <li key={o.id} className="card" data-testid="order" data-order={o.id}>
                <h3>Order <span className="mono">{o.id}</span></h3>
                <p>
                  <span className={`badge ${o.status === 'PLACED' ? 'active' : 'cancelled'}`}>{words(o.status)}</span>{' '}
                  Placed {dateTime(o.placedAt)} by {o.placedBy}
                  {o.cancelledAt && <>; cancelled {dateTime(o.cancelledAt)} by {o.cancelledBy}</>}. Paid {money(o.amountPaid)}.
                </p>
                <ul>
                  {o.lines.map((l) => (
                    <li key={l.id}>
                      {l.quantity} × {l.productName}, {term(l.term)}{l.billing && `, billed ${words(l.billing).toLowerCase()}`}:{' '}
                      {money(l.amountPaid)}{l.taxIncluded ? `, ${taxLabel({ ...l, tax: l.taxPaid })}` : ''}{l.status === 'CANCELLED' && ' (cancelled)'}{' '}
                      <span className="muted" data-testid="policy-version">cancellation policy v{l.policyVersion}</span>
                    </li>
                  ))}
                </ul>
                <OrderEffects customerId={customer.id} order={o} />
                {can.cancel && o.lines.some((l) => l.status === 'ACTIVE') && (
                  <button type="button" className="link" onClick={() => setCancelling({ orderId: o.id })}
                    aria-label={`Cancel order ${o.id}`}>Cancel order</button>
                )}{' '}
                {can.requestRefund && (
                  <Link href={`/support-requests/new?customerId=${customer.id}&orderId=${o.id}`} aria-label={`Request a refund for order ${o.id}`}>
                    Request a refund
                  </Link>
                )}
              </li>
            ))}
          </ol>
        )}
      </Loaded>
      <More paged={orders} what="orders" />
    </>
  );
}
