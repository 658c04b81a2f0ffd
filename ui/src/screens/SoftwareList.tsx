import { useEffect, useState } from 'react';
import { api, type Customer, type Entitlement } from '../api';
import type { Abilities } from '../roles';
import { date, words } from '../format';
import { Link } from '../router';
import { Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { KeysDialog } from './KeysDialog';
import { CancelDialog } from './CancelDialog';
import { ColumnHeads } from '../components/ColumnHeads';

/** "Software": everything bought for the customer, cancelled items included (without their key). */
export function SoftwareList({ customer, can }: { customer: Customer; can: Abilities }) {
  const software = useAsync(() => api.entitlements(customer.id), [customer.id]);
  const [keysFor, setKeysFor] = useState<Entitlement>();
  const [cancelling, setCancelling] = useState<Entitlement>();
  const [awaitingRevocation, setAwaitingRevocation] = useState<string>();
  useRefreshUntilRevoked(awaitingRevocation, software.data, software.reload);
  return (
    <>
      <h2>Software</h2>
      <Loaded state={software} what="software"
        empty={(list) => list.length === 0 && (
          <>Nothing has been bought for {customer.name} yet.{can.buy && <> <Link href={`/customers/${customer.id}/add-products`}>Add products</Link></>}</>
        )}>
        {(list) => (
          <SoftwareTable items={list} actions={(e) => (
            <>
              {can.getKeysAndDownloads && e.keyAvailable && (
                <button type="button" onClick={() => setKeysFor(e)} aria-label={`Get keys and downloads for ${e.productName}`}>
                  Get keys and downloads
                </button>
              )}
              {can.cancel && e.status !== 'REVOKED' && (
                <button type="button" className="secondary" onClick={() => setCancelling(e)} aria-label={`Cancel ${e.productName}`}>
                  Cancel
                </button>
              )}
            </>
          )} />
        )}
      </Loaded>
      {keysFor && <KeysDialog entitlement={keysFor} onClose={() => setKeysFor(undefined)} />}
      {cancelling && (
        <CancelDialog customer={customer} entitlement={cancelling} onClose={() => setCancelling(undefined)}
          onCancelled={setAwaitingRevocation} />
      )}
    </>
  );
}

/** Revocation follows a cancellation within moments (through Kafka): refresh the list until it shows. */
function useRefreshUntilRevoked(entitlementId: string | undefined, list: Entitlement[] | undefined, reload: () => void) {
  const revoked = list?.find((e) => e.id === entitlementId)?.status === 'REVOKED';
  useEffect(() => {
    if (!entitlementId || revoked) return;
    const timer = window.setInterval(reload, 2000);
    const stop = window.setTimeout(() => window.clearInterval(timer), 120_000);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(stop);
    };
  }, [entitlementId, revoked, reload]);
}

/** The list of purchased software; shared by the partner's and the customer's own view. */
export function SoftwareTable({ items, actions }: { items: Entitlement[]; actions: (e: Entitlement) => React.ReactNode }) {
  return (
    <table>
      <caption className="visually-hidden">Purchased software</caption>
      <ColumnHeads names={['Product', 'Quantity', 'Order ID', 'Purchased', 'Status', 'Actions']} />
      <tbody>
        {items.map((e) => (
          <tr key={e.id} data-testid="software-row" data-entitlement={e.id} data-order={e.orderId}>
            <th scope="row" data-label="Product">{e.productName}<div className="muted">{words(e.kind)}</div></th>
            <td data-label="Quantity">{e.quantity}</td>
            <td data-label="Order ID" className="mono">{e.orderId}</td>
            <td data-label="Purchased">{date(e.grantedAt)}</td>
            <td data-label="Status" data-testid="software-status">
              {e.status === 'REVOKED'
                ? <span className="badge cancelled">Cancelled {date(e.revokedAt)}: key and downloads revoked</span>
                : <span className="badge active">{e.keyAvailable ? 'Active' : 'Active (no key needed)'}</span>}
            </td>
            <td data-label="Actions" className="actions">{actions(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
