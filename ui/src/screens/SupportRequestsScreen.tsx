import { useState } from 'react';
import { api, type SupportRequestView } from '../api';
import { dateTime, money, words } from '../format';
import type { Abilities } from '../roles';
import { Link } from '../router';
import { Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';

const STATUSES = ['SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED'];

export function StatusBadge({ status }: { status: SupportRequestView['status'] }) {
  const tone = status === 'REJECTED' ? 'cancelled' : status === 'APPROVED' ? 'active' : 'credit';
  return <span className={`badge ${tone}`} data-testid="request-status">{words(status)}</span>;
}

/** Refund support requests: support agents review every partner's; partners follow their own. */
export function SupportRequestsScreen({ can }: { can: Abilities }) {
  const [status, setStatus] = useState('');
  const loaded = useAsync(async () => ({ list: await api.supportRequests(status || undefined), status }), [status]);
  // another status chosen: "Loading" until its requests arrive, never the last status's list
  const requests = loaded.data?.status === status ? { ...loaded, data: loaded.data.list } : { ...loaded, data: undefined };
  return (
    <>
      <h1>Support requests</h1>
      <p>
        {can.reviewSupportRequests
          ? 'Refund requests from every partner, newest first: take one into review, then approve or reject it.'
          : 'Your refund requests, newest first, and what CSP support decided.'}
      </p>
      <div className="filters">
        <div>
          <label htmlFor="request-status">Status</label>
          <select id="request-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">All</option>
            {STATUSES.map((s) => <option key={s} value={s}>{words(s)}</option>)}
          </select>
        </div>
        <button type="button" className="secondary" onClick={requests.reload}>Refresh</button>
      </div>
      <Loaded state={requests} what="support requests"
        empty={(list) => list.length === 0 && (status ? `No request is ${words(status).toLowerCase()}.` : 'No support requests yet.')}>
        {(list) => (
          <table>
            <caption className="visually-hidden">Support requests</caption>
            <thead>
              <tr>
                <th scope="col">Submitted</th><th scope="col">Title</th><th scope="col">Customer</th>
                <th scope="col">Order ID</th><th scope="col">Requested</th><th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id} data-testid="support-request" data-request={r.id}>
                  <td data-label="Submitted">{dateTime(r.submittedAt)}<div className="muted">by {r.submittedBy}</div></td>
                  <th scope="row" data-label="Title">
                    <Link href={`/support-requests/${r.id}`} aria-label={`Open request ${r.title} (${r.id})`}>{r.title}</Link>
                    {r.attachments.length > 0 && <div className="muted">{r.attachments.length} attached</div>}
                  </th>
                  <td data-label="Customer">{r.customerDomain}</td>
                  <td data-label="Order ID" className="mono">{r.orderId}</td>
                  <td data-label="Requested" className="amount">{money(r.amountRequested)}</td>
                  <td data-label="Status"><StatusBadge status={r.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </>
  );
}
