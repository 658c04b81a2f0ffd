import { useMemo, useState } from 'react';
import { api, type BillingLineItem, type Invoice } from '../api';
import { dateTime, money, taxLabel, words } from '../format';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { save } from './ActivityLogScreen';

const PAGE = 200;

/** Billing: what the next invoice carries so far (charges and credits), and the invoices issued. */
export function BillingScreen() {
  const unbilled = useAsync(() => api.unbilled(), []);
  const invoices = useAsync(() => api.invoices(), []);
  return (
    <>
      <h1>Billing</h1>
      <section aria-labelledby="unbilled-title">
        <h2 id="unbilled-title">Unbilled charges and credits</h2>
        <Loaded state={unbilled} what="unbilled line items"
          empty={(u) => u.lineItems.length === 0 && 'Nothing to bill yet in the open period.'}>
          {(u) => (
            <>
              <p>Open billing period {u.billingPeriod}: {u.lineItems.length} line items. Total so far: {u.totals.map(money).join(', ') || '–'}.</p>
              <UnbilledItems items={u.lineItems} />
            </>
          )}
        </Loaded>
        <button type="button" className="secondary" onClick={unbilled.reload}>Refresh</button>
      </section>
      <section aria-labelledby="invoices-title">
        <h2 id="invoices-title">Invoices</h2>
        <Loaded state={invoices} what="invoices" empty={(list) => list.length === 0 && 'No invoice has been issued yet.'}>
          {(list) => <Invoices invoices={list} />}
        </Loaded>
      </section>
    </>
  );
}

/** Newest first, filtered by order ID or description, a page at a time: a busy partner has thousands a month. */
function UnbilledItems({ items }: { items: BillingLineItem[] }) {
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(PAGE);
  const newestFirst = useMemo(() => [...items].sort((a, b) => b.at.localeCompare(a.at)), [items]);
  const text = filter.trim().toLowerCase();
  const matching = text
    ? newestFirst.filter((i) => `${i.orderId} ${i.description} ${i.type} ${i.reason ?? ''}`.toLowerCase().includes(text))
    : newestFirst;
  return (
    <>
      <label htmlFor="line-filter">Filter by order ID or description</label>
      <input id="line-filter" type="search" value={filter} onChange={(e) => { setFilter(e.target.value); setShown(PAGE); }} />
      {matching.length === 0 ? <p className="empty">No line item matches "{filter.trim()}".</p> : (
        <>
          <LineItems items={matching.slice(0, shown)} />
          {matching.length > shown && (
            <p className="actions">
              <span className="muted">Showing the newest {shown} of {matching.length}.</span>
              <button type="button" className="secondary" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, matching.length - shown)} more</button>
            </p>
          )}
        </>
      )}
    </>
  );
}

function LineItems({ items }: { items: BillingLineItem[] }) {
  return (
    <table>
      <caption className="visually-hidden">Unbilled line items</caption>
      <thead>
        <tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Description</th><th scope="col">Order ID</th><th scope="col">Amount</th><th scope="col">Tax</th></tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id} data-testid="line-item" data-type={i.type} data-order={i.orderId} data-reason={i.reason ?? undefined}>
            <td data-label="Date">{dateTime(i.at)}</td>
            <td data-label="Type"><span className={`badge ${i.type === 'CREDIT' ? 'credit' : 'active'}`}>{words(i.type)}</span></td>
            <th scope="row" data-label="Description">{i.type === 'CREDIT' && i.reason ? `Credit: ${words(i.reason).toLowerCase()}` : i.description}</th>
            <td data-label="Order ID" className="mono">{i.orderId}</td>
            <td data-label="Amount" className="amount">{money(i.amount)}</td>
            <td data-label="Tax" data-testid="line-tax">{taxLabel(i)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Invoices({ invoices }: { invoices: Invoice[] }) {
  const [error, setError] = useState<Error>();
  const download = async (invoice: Invoice) => {
    setError(undefined);
    try {
      save(await api.invoiceCsv(invoice.id), `${invoice.number}.csv`);
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <>
      {error && <ErrorMessage error={error} />}
      <table>
        <caption className="visually-hidden">Invoices</caption>
        <thead>
          <tr><th scope="col">Invoice</th><th scope="col">Period</th><th scope="col">Issued</th><th scope="col">Lines</th><th scope="col">Total</th><th scope="col">Download</th></tr>
        </thead>
        <tbody>
          {invoices.map((i) => (
            <tr key={i.id}>
              <th scope="row" data-label="Invoice">{i.number}</th>
              <td data-label="Period">{i.billingPeriod}</td>
              <td data-label="Issued">{dateTime(i.issuedAt)}</td>
              <td data-label="Lines">{i.lineCount}</td>
              <td data-label="Total">{i.totals.map(money).join(', ')}</td>
              <td><button type="button" className="link" onClick={() => download(i)} aria-label={`Download invoice ${i.number} as CSV`}>CSV</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
