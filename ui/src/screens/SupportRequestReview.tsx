import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, type Attachment, type SupportRequestView } from '../api';
import { EffectList } from './OrderEffects';
import { bytes, dateTime, money, words } from '../format';
import type { Abilities } from '../roles';
import { Link } from '../router';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { save } from './ActivityLogScreen';
import { StatusBadge } from './SupportRequestsScreen';

const TYPE_NAMES: Record<string, string> = { CSP_PURCHASE_REFUND: 'CSP Purchase/Refund on behalf of customers' };
const FILE_KINDS: Record<string, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG image', 'image/jpeg': 'JPEG image', 'text/plain': 'Text' };

/**
 * One refund support request: what the partner asked, the order it is about (its lines, their status and effects),
 * its files, and (for support agents) the decision. Approving cancels the lines and credits the approved amount.
 */
export function SupportRequestReview({ requestId, can }: { requestId: string; can: Abilities }) {
  const loaded = useAsync(() => api.supportRequest(requestId), [requestId]);
  const [changed, setChanged] = useState<SupportRequestView>();
  const request = changed?.id === requestId ? { ...loaded, data: changed } : loaded;
  return (
    <>
      <p className="breadcrumb"><Link href="/support-requests">Support requests</Link> › {requestId}</p>
      <Loaded state={request} what="the support request">
        {(r) => (
          <>
            <h1>{r.title}</h1>
            <p><StatusBadge status={r.status} /> {TYPE_NAMES[r.type] ?? words(r.type)}, impact {words(r.impact).toLowerCase()}.</p>
            <Details request={r} />
            <OrderLines request={r} />
            <Files request={r} />
            <Decision request={r} />
            {can.reviewSupportRequests && <Review request={r} onChanged={setChanged} />}
          </>
        )}
      </Loaded>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return <div><dt>{label}</dt><dd>{children}</dd></div>;
}

function Details({ request: r }: { request: SupportRequestView }) {
  return (
    <dl className="facts">
      <Fact label="Request ID"><span className="mono">{r.id}</span></Fact>
      <Fact label="Submitted">{dateTime(r.submittedAt)} by {r.submittedBy}</Fact>
      <Fact label="Customer">{r.customerDomain} <span className="mono">{r.customerTenantId}</span></Fact>
      <Fact label="Order ID"><span className="mono">{r.orderId}</span></Fact>
      <Fact label="Subscription">{r.subscriptionId ? <span className="mono">{r.subscriptionId}</span> : 'The whole order'}</Fact>
      <Fact label="Amount requested"><span data-testid="amount-requested">{money(r.amountRequested)}</span></Fact>
      <Fact label="Refund reason">{r.refundReason}</Fact>
      {r.description && <Fact label="Description">{r.description}</Fact>}
      <Fact label="Contact">{r.contact.name}, <a href={`mailto:${r.contact.email}`}>{r.contact.email}</a>, {r.contact.phone}</Fact>
    </dl>
  );
}

/** The order the request is about: each line, whether the request covers it, its status and effects. */
function OrderLines({ request: r }: { request: SupportRequestView }) {
  const o = r.order;
  const covered = (lineId: string) => !r.subscriptionId || r.subscriptionId === lineId;
  return (
    <section aria-labelledby="order-title" data-testid="request-order">
      <h2 id="order-title">The order</h2>
      <p>
        Placed {dateTime(o.placedAt)} by {o.placedBy}, {money(o.amountPaid)} paid; <span data-testid="order-status">{words(o.status).toLowerCase()}</span>
        {o.cancelledBy && <> (cancelled by {o.cancelledBy} on {dateTime(o.cancelledAt)})</>}.
        {' '}Approving cancels {r.subscriptionId ? 'the subscription marked below' : 'every line still active'}: its keys and download links stop working.
      </p>
      <table>
        <thead>
          <tr><th scope="col">Subscription</th><th scope="col">Product</th><th scope="col">Quantity</th><th scope="col">Paid</th><th scope="col">Policy</th><th scope="col">Status</th><th scope="col">In the request</th></tr>
        </thead>
        <tbody>
          {o.lines.map((l) => (
            <tr key={l.id} data-testid="request-order-line">
              <td className="mono">{l.id}</td>
              <td>{l.productName}</td>
              <td>{l.quantity}</td>
              <td>{money(l.amountPaid)}</td>
              <td>version {l.policyVersion}</td>
              <td data-testid="line-status">{words(l.status)}</td>
              <td>{covered(l.id) ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <EffectList effects={o.effects} cancelled={o.status !== 'PLACED'} />
    </section>
  );
}

function Files({ request }: { request: SupportRequestView }) {
  const [error, setError] = useState<Error>();
  const download = async (file: Attachment) => {
    setError(undefined);
    try {
      save(await api.supportAttachment(request.id, file.id), file.fileName);
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">Attachments</h2>
      {request.attachments.length === 0 ? <p className="empty">No files were attached.</p> : (
        <ul className="files">
          {request.attachments.map((f) => (
            <li key={f.id} data-testid="request-attachment">
              <button type="button" className="link" onClick={() => download(f)} aria-label={`Download ${f.fileName}`}>{f.fileName}</button>{' '}
              <span className="muted">{FILE_KINDS[f.contentType] ?? f.contentType}, {bytes(f.sizeBytes)}</span>
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}

function Decision({ request: r }: { request: SupportRequestView }) {
  if (r.status === 'SUBMITTED') return <p className="note">Waiting for CSP support to take it into review.</p>;
  if (r.status === 'IN_REVIEW') return <p className="note">In review by {r.reviewedBy}.</p>;
  return (
    <section aria-labelledby="decision-title" className={r.status === 'APPROVED' ? 'note' : 'warning'} data-testid="decision">
      <h2 id="decision-title">{r.status === 'APPROVED' ? 'Refund approved' : 'Refund rejected'}</h2>
      <p>
        {r.status === 'APPROVED'
          ? <>{money(r.approvedAmount)} approved by {r.reviewedBy} on {dateTime(r.decidedAt)}: the {r.subscriptionId ? 'subscription is' : 'order is'} cancelled (its keys and download links no longer work) and the amount is a credit on the partner's next invoice.</>
          : <>Rejected by {r.reviewedBy} on {dateTime(r.decidedAt)}.</>}
      </p>
      {r.decisionNote && <p>{r.status === 'APPROVED' ? 'Note' : 'Reason'}: {r.decisionNote}</p>}
    </section>
  );
}

/** Start the review; then approve an amount (at most what was asked) or reject with a reason. */
function Review({ request, onChanged }: { request: SupportRequestView; onChanged: (r: SupportRequestView) => void }) {
  const [amount, setAmount] = useState(String(request.amountRequested.amount));
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const act = async (action: () => Promise<SupportRequestView>) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await action());
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const approve = (e: FormEvent) => {
    e.preventDefault();
    void act(() => api.approveRefund(request.id, { amount, currency: request.amountRequested.currency }, note.trim()));
  };
  const reject = (e: FormEvent) => {
    e.preventDefault();
    void act(() => api.rejectRefund(request.id, reason.trim()));
  };
  if (request.status === 'APPROVED' || request.status === 'REJECTED') return error ? <ErrorMessage error={error} /> : null;
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      {error && <ErrorMessage error={error} />}
      {request.status === 'SUBMITTED' ? (
        <button type="button" onClick={() => act(() => api.startReview(request.id))} disabled={busy}>Start review</button>
      ) : (
        <div className="decisions">
          <form className="stack card" onSubmit={approve} aria-label="Approve">
            <label htmlFor="approve-amount">Amount to credit ({request.amountRequested.currency}, at most {money(request.amountRequested)})</label>
            <input id="approve-amount" type="number" required min="0.01" step="0.01" max={String(request.amountRequested.amount)}
              value={amount} onChange={(e) => setAmount(e.target.value)} />
            <label htmlFor="approve-note">Note to the partner (optional)</label>
            <textarea id="approve-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
            <button type="submit" disabled={busy}>Approve refund</button>
          </form>
          <form className="stack card" onSubmit={reject} aria-label="Reject">
            <label htmlFor="reject-reason">Reason for rejecting</label>
            <textarea id="reject-reason" rows={2} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="submit" className="secondary" disabled={busy}>Reject</button>
          </form>
        </div>
      )}
    </section>
  );
}
