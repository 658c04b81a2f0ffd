import { useState } from 'react';
import { api, ApiError, type CancellationEligibility, type Customer, type Entitlement, type Order } from '../api';
import { date, money } from '../format';
import { Link } from '../router';
import { Dialog } from '../components/Dialog';
import { ErrorMessage, Loaded, Loading } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { OrderEffects } from './OrderEffects';

/** The lines of `order` that bought the entitlement's SKU and are still active: what "Cancel" cancels. */
function linesToCancel(order: Order, entitlement: Entitlement): string[] {
  return order.lines.filter((l) => l.skuId === entitlement.skuId && l.status === 'ACTIVE').map((l) => l.id);
}

/** Cancel a purchase: choose the order number, read what remains or why not, acknowledge, submit. */
export function CancelDialog({ customer, entitlement, onClose, onCancelled }: {
  customer: Customer;
  entitlement: Entitlement;
  onClose: () => void;
  onCancelled: (entitlementId: string) => void;
}) {
  const orders = useAsync(() => api.orders(customer.id), [customer.id]);
  const [cancelled, setCancelled] = useState<Order>();
  return (
    <Dialog title={`Cancel ${entitlement.productName}`} onClose={onClose}>
      {cancelled ? (
        <section role="status" className="confirmation">
          <p><strong>Order {cancelled.id} is cancelled.</strong> Its keys and download links are being revoked; the credit
            appears on your next monthly invoice. The dashboard may take a moment to show it.</p>
          <OrderEffects customerId={customer.id} order={cancelled} />
          <button type="button" onClick={onClose}>Close</button>
        </section>
      ) : (
        <Loaded state={orders} what="orders">
          {(list) => (
            <CancelForm customer={customer} entitlement={entitlement}
              orders={list.filter((o) => linesToCancel(o, entitlement).length > 0)}
              onCancelled={(order) => { setCancelled(order); onCancelled(entitlement.id); }} />
          )}
        </Loaded>
      )}
    </Dialog>
  );
}

function CancelForm({ customer, entitlement, orders, onCancelled }: {
  customer: Customer;
  entitlement: Entitlement;
  orders: Order[];
  onCancelled: (order: Order) => void;
}) {
  const [orderId, setOrderId] = useState(orders.some((o) => o.id === entitlement.orderId) ? entitlement.orderId : orders[0]?.id);
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [submitting, setSubmitting] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const order = orders.find((o) => o.id === orderId);
  const lineIds = order ? linesToCancel(order, entitlement) : [];
  const eligibility = useAsync(
    () => (order ? api.cancellationEligibility(customer.id, order.id, lineIds) : Promise.resolve(undefined)),
    [order?.id]);

  if (!order) return <p className="empty">No order of {entitlement.productName} can still be cancelled.</p>;
  const submit = async () => {
    setSubmitting(true);
    setError(undefined);
    try {
      onCancelled(await api.cancelOrder(customer.id, order.id, lineIds, idempotencyKey));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setSubmitting(false);
    }
  };
  const allowed = eligibility.data?.cancellable === true;
  return (
    <form className="stack" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label htmlFor="cancel-order">Order number</label>
      <select id="cancel-order" value={order.id} onChange={(e) => { setOrderId(e.target.value); setAcknowledged(false); }}>
        {orders.map((o) => <option key={o.id} value={o.id}>{o.id} (placed {date(o.placedAt)})</option>)}
      </select>
      <p className="muted">See <Link href={`/customers/${customer.id}/orders`}>Order history</Link> for each order's details.</p>
      {eligibility.error ? <ErrorMessage error={eligibility.error} retry={eligibility.reload} />
        : eligibility.loading || !eligibility.data ? <Loading what="whether this order can be cancelled" />
        : <Eligibility answer={eligibility.data} customerId={customer.id} orderId={order.id} />}
      <div className="important" role="note">
        <strong>Important:</strong> cancelling revokes every product key and download link of this purchase, for you and
        for the customer. The customer must stop using and uninstall the software. A credit for the cancelled order
        appears on your next monthly invoice.
      </div>
      <label className="check">
        <input type="checkbox" checked={acknowledged} disabled={!allowed} onChange={(e) => setAcknowledged(e.target.checked)} />
        I have read the important message about cancelling
      </label>
      {error && <ErrorMessage error={error} />}
      <button type="submit" disabled={!allowed || !acknowledged || submitting}>
        {submitting ? 'Submitting…' : 'Submit'}
      </button>
    </form>
  );
}

const WHY_NOT: Record<string, string> = {
  'already-cancelled': 'This order is already cancelled.',
  'not-cancellable': 'This product cannot be cancelled (SUSE and Red Hat software plans, for example).',
  'cancellation-window-passed': 'The cancellation window has passed: this order can no longer be cancelled.',
  'support-request-required': 'We need more information to cancel this order: please file a customer support request.',
};

export function Eligibility({ answer, customerId, orderId }: { answer: CancellationEligibility; customerId: string; orderId: string }) {
  if (answer.cancellable) {
    return (
      <p className="note" data-testid="eligibility">
        {answer.daysRemaining} {answer.daysRemaining === 1 ? 'day remains' : 'days remain'} to cancel this order
        {answer.windowEndsAt && <> (until {date(answer.windowEndsAt)})</>}.
        <LeftBeforeSupportRequest answer={answer} />
      </p>
    );
  }
  return (
    <div className="warning" data-testid="eligibility">
      <p>{(answer.reason && WHY_NOT[answer.reason]) || 'This order cannot be cancelled.'}
        {answer.reason === 'support-request-required' && <LeftBeforeSupportRequest answer={answer} />}</p>
      {answer.supportRequestUrl && (
        <Link href={`/support-requests/new?customerId=${customerId}&orderId=${orderId}`}>Open a customer support request</Link>
      )}
    </div>
  );
}

/** The policy's limit on what a partner cancels alone counts everything cancelled of the order so far. */
function LeftBeforeSupportRequest({ answer }: { answer: CancellationEligibility }) {
  if (!answer.leftBeforeSupportRequest) return null;
  return (
    <span data-testid="left-before-support-request">
      {' '}Up to {money(answer.leftBeforeSupportRequest)} of this order can be cancelled without a support request.
    </span>
  );
}
