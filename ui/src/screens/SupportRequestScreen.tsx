import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Order, type SupportRequest, type SupportRequestView } from '../api';
import { money, term, words } from '../format';
import { Link, useLocation } from '../router';
import { ErrorMessage } from '../components/Status';
import { Attachments } from './Attachments';

const IMPACTS: SupportRequest['impact'][] = ['MINIMAL', 'MODERATE', 'SEVERE'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Report a problem": the refund support request a cancellation links to when the partner cannot cancel alone. */
export function SupportRequestScreen() {
  const { params } = useLocation();
  const customerId = params.get('customerId') ?? '';
  const [form, setForm] = useState({
    orderId: params.get('orderId') ?? '', subscriptionId: '', customer: '', impact: 'MODERATE', title: '', description: '',
    refundReason: '', amount: '', currency: 'USD', name: '', email: '', phone: '',
  });
  const [order, setOrder] = useState<Order>();
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<SupportRequestView>();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  useEffect(() => {
    if (!customerId) return;
    api.customer(customerId).then((c) => setForm((f) => ({ ...f, customer: f.customer || c.domain })), () => undefined);
    const orderId = params.get('orderId');
    if (!orderId) return;
    // the order's lines are its subscriptions: one line is named by default, so support can credit that line
    api.order(customerId, orderId).then((o) => {
      setOrder(o);
      setForm((f) => ({ ...f, currency: o.amountPaid.currency, subscriptionId: o.lines.length === 1 ? o.lines[0].id : f.subscriptionId }));
    }, () => undefined);
  }, [customerId]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const customer = form.customer.trim();
    const request: SupportRequest = {
      type: 'CSP_PURCHASE_REFUND', impact: form.impact as SupportRequest['impact'], title: form.title, description: form.description || undefined,
      ...(GUID.test(customer) ? { customerTenantId: customer } : { customerDomain: customer }),
      orderId: form.orderId.trim(), subscriptionId: form.subscriptionId || undefined, refundReason: form.refundReason,
      amountRequested: { amount: form.amount, currency: form.currency },
      contact: { name: form.name, email: form.email, phone: form.phone },
    };
    setSending(true);
    try {
      setSent(await api.submitSupportRequest(request, files, idempotencyKey));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setSending(false);
    }
  };
  const field = (name: keyof typeof form) => ({
    id: `support-${name}`, name, value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  const changeFiles = (next: File[]) => {
    setFiles(next);
    setIdempotencyKey(crypto.randomUUID()); // other files make another request
  };

  if (sent) return <Submitted request={sent} customerId={customerId} />;
  const lines = order?.id === form.orderId.trim() ? order.lines : [];
  return (
    <>
      <h1>Report a problem</h1>
      <p>Type of problem: <strong>CSP Purchase/Refund on behalf of customers</strong></p>
      <form className="stack narrow" onSubmit={submit}>
        <label htmlFor="support-impact">Impact</label>
        <select {...field('impact')}>{IMPACTS.map((i) => <option key={i} value={i}>{words(i)}</option>)}</select>
        <label htmlFor="support-title">Title</label>
        <input required maxLength={200} {...field('title')} />
        <label htmlFor="support-customer">Customer tenant GUID or domain name</label>
        <input required maxLength={253} {...field('customer')} />
        <label htmlFor="support-orderId">Order ID</label>
        <input required pattern="[0-9a-fA-F-]{36}" {...field('orderId')} />
        {lines.length > 0 && (
          <>
            <label htmlFor="support-subscriptionId">Subscription</label>
            {/* one line each: billing credits an approved refund against a line's charge (a request naming only the
                order cannot be credited yet), so a refund of several lines is one request per line */}
            <select required {...field('subscriptionId')}>
              {lines.length > 1 && <option value="">Choose the subscription to refund</option>}
              {lines.map((l) => (
                <option key={l.id} value={l.id}>{l.quantity} × {l.productName}, {term(l.term)}: {money(l.amountPaid)} ({l.id})</option>
              ))}
            </select>
          </>
        )}
        <label htmlFor="support-refundReason">Refund reason</label>
        <textarea required rows={3} maxLength={2000} {...field('refundReason')} />
        <fieldset className="choices">
          <legend>Amount requested</legend>
          <div><label htmlFor="support-amount">Amount</label><input required type="number" min="0.01" step="0.01" {...field('amount')} /></div>
          <div><label htmlFor="support-currency">Currency</label><input required pattern="[A-Z]{3}" maxLength={3} size={4} {...field('currency')} /></div>
        </fieldset>
        <label htmlFor="support-description">Description (optional)</label>
        <textarea rows={4} maxLength={4000} {...field('description')} />
        <fieldset className="choices">
          <legend>Contact</legend>
          <div><label htmlFor="support-name">Name</label><input required autoComplete="name" {...field('name')} /></div>
          <div><label htmlFor="support-email">Email</label><input required type="email" autoComplete="email" {...field('email')} /></div>
          <div><label htmlFor="support-phone">Phone</label><input required type="tel" autoComplete="tel" {...field('phone')} /></div>
        </fieldset>
        <Attachments files={files} onChange={changeFiles} />
        {error && <ErrorMessage error={error} />}
        <button type="submit" disabled={sending}>{sending ? 'Submitting…' : 'Submit'}</button>
      </form>
    </>
  );
}

function Submitted({ request, customerId }: { request: SupportRequestView; customerId: string }) {
  return (
    <section role="status">
      <h1>Support request submitted</h1>
      <p>
        Request <span className="mono" data-testid="support-request-id">{request.id}</span> is with CSP support; you will
        hear back by email, and its status shows under <Link href="/support-requests">Support requests</Link>.
      </p>
      {request.attachments.length > 0 && (
        <p>Attached: {request.attachments.map((a) => a.fileName).join(', ')}.</p>
      )}
      {customerId && <Link href={`/customers/${customerId}/orders`}>Back to the order history</Link>}
    </section>
  );
}
