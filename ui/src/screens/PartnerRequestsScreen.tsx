import { useState } from 'react';
import { api, type RelationshipRequest } from '../api';
import { dateTime, words } from '../format';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';

function RelationshipBadge({ status }: { status: RelationshipRequest['status'] }) {
  const tone = status === 'DECLINED' ? 'cancelled' : status === 'ACCEPTED' ? 'active' : 'credit';
  return <span className={`badge ${tone}`} data-testid="relationship-status">{words(status)}</span>;
}

/**
 * The customer's Global admin: partners' reseller relationship requests to their organisation. A partner can buy on
 * the organisation's behalf only once its request is accepted here.
 */
export function PartnerRequestsScreen() {
  const requests = useAsync(() => api.relationshipRequests(), []);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<Error>();

  async function answer(request: RelationshipRequest, accept: boolean) {
    setBusy(request.id);
    setError(undefined);
    try {
      await (accept ? api.acceptRelationship(request.id) : api.declineRelationship(request.id));
      requests.reload();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <>
      <h1>Partner requests</h1>
      <p>
        Partners asking to become your reseller. A partner can buy software on your organisation's behalf only once
        you accept its request; decline a partner you do not know.
      </p>
      {error && <ErrorMessage error={error} />}
      <Loaded state={requests} what="partner requests"
        empty={(list) => list.length === 0 && 'No partner has asked to become your reseller.'}>
        {(list) => (
          <table>
            <caption className="visually-hidden">Partner requests</caption>
            <thead>
              <tr>
                <th scope="col">Partner</th><th scope="col">Requested</th><th scope="col">Registered you as</th>
                <th scope="col">Status</th><th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => {
                const partner = r.partnerName || r.partnerTenantId;
                return (
                  <tr key={r.id} data-testid="relationship-request" data-request={r.id}>
                    <th scope="row" data-label="Partner">
                      {partner}<div className="muted mono">{r.partnerTenantId}</div>
                    </th>
                    <td data-label="Requested">{dateTime(r.requestedAt)}</td>
                    <td data-label="Registered you as">{r.customerName}<div className="muted">{r.domain}</div></td>
                    <td data-label="Status">
                      <RelationshipBadge status={r.status} />
                      {r.decidedBy && <div className="muted">by {r.decidedBy}, {dateTime(r.decidedAt)}</div>}
                    </td>
                    <td data-label="Actions">
                      {r.status === 'PENDING' && (
                        <>
                          <button type="button" disabled={busy === r.id} onClick={() => answer(r, true)}
                            aria-label={`Accept the request from ${partner}`}>Accept</button>{' '}
                          <button type="button" className="secondary" disabled={busy === r.id}
                            onClick={() => answer(r, false)} aria-label={`Decline the request from ${partner}`}>Decline</button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Loaded>
    </>
  );
}
