import { useEffect, useMemo, useState } from 'react';
import { api, type BillingLineItem, type Invoice, type InvoiceLineItem, type InvoiceLines, type Unbilled } from '../api';
import { dateTime, money, taxLabel, words } from '../format';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { loaded, More, usePaged } from '../components/usePaged';
import { save } from './ActivityLogScreen';

const PAGE = 200;

/** Billing: what the next invoice carries so far (charges and credits), and the invoices issued. */
export function BillingScreen() {
  const unbilled = useAsync(() => api.unbilled(), []);
  const invoices = usePaged(() => api.invoices(), []);
  return (
    <>
      <h1>Billing</h1>
      <section aria-labelledby="unbilled-title">
        <h2 id="unbilled-title">Unbilled charges and credits</h2>
        <Loaded state={unbilled} what="unbilled line items"
          empty={(u) => u.body.totalLineItems === 0 && 'Nothing to bill yet in the open period.'}>
          {(u) => <UnbilledPages first={u.body} next={u.next} />}
        </Loaded>
        <button type="button" className="secondary" onClick={unbilled.reload}>Refresh</button>
      </section>
      <section aria-labelledby="invoices-title">
        <h2 id="invoices-title">Invoices</h2>
        <Loaded state={loaded(invoices)} what="invoices" empty={(list) => list.length === 0 && 'No invoice has been issued yet.'}>
          {(list) => <Invoices invoices={list} />}
        </Loaded>
        <More paged={invoices} what="invoices" />
      </section>
    </>
  );
}

/** The open period's lines as the service pages them: the first page, then "More" for the next. */
function UnbilledPages({ first, next }: { first: Unbilled; next?: string }) {
  const [pages, setPages] = useState({ items: first.lineItems, next, busy: false, error: undefined as Error | undefined });
  useEffect(() => setPages({ items: first.lineItems, next, busy: false, error: undefined }), [first, next]);
  const more = async () => {
    if (!pages.next) return;
    setPages({ ...pages, busy: true });
    try {
      const page = await api.moreOf<Unbilled>(pages.next);
      setPages({ items: [...pages.items, ...page.body.lineItems], next: page.next, busy: false, error: undefined });
    } catch (error) {
      setPages({ ...pages, busy: false, error: error as Error });
    }
  };
  return (
    <>
      <p>Open billing period {first.billingPeriod}: {first.totalLineItems} line items. Total so far: {first.totals.map(money).join(', ') || '–'}.</p>
      <UnbilledItems items={pages.items} />
      {pages.error && <ErrorMessage error={pages.error} />}
      {pages.next && (
        <p className="actions" data-testid="more">
          <span className="muted">Loaded {pages.items.length} of {first.totalLineItems} line items; there are more.</span>{' '}
          <button type="button" className="secondary" disabled={pages.busy} onClick={() => void more()} aria-label="More unbilled line items">More</button>
        </p>
      )}
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
            <OrderAmountTax line={i} taxTestId="line-tax" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The Order ID, Amount and Tax cells of a line, unbilled or invoiced. */
function OrderAmountTax({ line, taxTestId }: { line: BillingLineItem | InvoiceLineItem; taxTestId: string }) {
  return (
    <>
      <td data-label="Order ID" className="mono">{line.orderId}</td>
      <td data-label="Amount" className="amount">{money(line.amount)}</td>
      <td data-label="Tax" data-testid={taxTestId}>{taxLabel(line)}</td>
    </>
  );
}

function Invoices({ invoices }: { invoices: Invoice[] }) {
  const [error, setError] = useState<Error>();
  const [open, setOpen] = useState<Invoice>();
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
              <th scope="row" data-label="Invoice">
                <button type="button" className="link" onClick={() => setOpen(open?.id === i.id ? undefined : i)}
                  aria-expanded={open?.id === i.id} aria-label={`Invoice ${i.number} details`}>{i.number}</button>
              </th>
              <td data-label="Period">{i.billingPeriod}</td>
              <td data-label="Issued">{dateTime(i.issuedAt)}</td>
              <td data-label="Lines">{i.lineCount}</td>
              <td data-label="Total">{i.totals.map(money).join(', ')}</td>
              <td><button type="button" className="link" onClick={() => download(i)} aria-label={`Download invoice ${i.number} as CSV`}>CSV</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && <InvoiceDetail invoice={open} onDownload={() => void download(open)} onClose={() => setOpen(undefined)} />}
    </>
  );
}

/** One invoice: its totals, its lines a page at a time, and its CSV. */
function InvoiceDetail({ invoice, onDownload, onClose }: { invoice: Invoice; onDownload: () => void; onClose: () => void }) {
  const first = useAsync(() => api.invoiceLines(invoice.id), [invoice.id]);
  const [later, setLater] = useState<{ of?: unknown; items: InvoiceLines['lineItems']; next?: string; busy?: boolean; error?: Error }>({ items: [] });
  const current = later.of === first.data ? later : { of: first.data, items: [], next: first.data?.next };
  const more = async () => {
    if (!current.next) return;
    setLater({ ...current, busy: true });
    try {
      const page = await api.moreOf<InvoiceLines>(current.next);
      setLater({ of: current.of, items: [...current.items, ...page.body.lineItems], next: page.next });
    } catch (error) {
      setLater({ ...current, busy: false, error: error as Error });
    }
  };
  return (
    <section className="card" aria-labelledby="invoice-detail-title" data-testid="invoice-detail">
      <h3 id="invoice-detail-title">Invoice {invoice.number}</h3>
      <p>Billing period {invoice.billingPeriod}, issued {dateTime(invoice.issuedAt)}: {invoice.lineCount} lines, total {invoice.totals.map(money).join(', ') || '–'}.</p>
      <p className="actions">
        <button type="button" onClick={onDownload} aria-label={`Download invoice ${invoice.number} lines as CSV`}>Download CSV</button>{' '}
        <button type="button" className="secondary" onClick={onClose}>Close</button>
      </p>
      <Loaded state={first} what="invoice lines" empty={(d) => d.body.lineItems.length === 0 && 'This invoice has no lines.'}>
        {(d) => {
          const lines = [...d.body.lineItems, ...current.items];
          return (
            <>
              <table>
                <caption className="visually-hidden">Lines of invoice {invoice.number}</caption>
                <thead>
                  <tr><th scope="col">#</th><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Product</th><th scope="col">Quantity</th><th scope="col">Order ID</th><th scope="col">Amount</th><th scope="col">Tax</th></tr>
                </thead>
                <tbody>
                  {lines.map((l) => (
                    <tr key={l.lineNumber} data-testid="invoice-line" data-order={l.orderId}>
                      <td data-label="#">{l.lineNumber}</td>
                      <td data-label="Date">{dateTime(l.at)}</td>
                      <td data-label="Type">{words(l.type)}{l.reason ? `: ${words(l.reason).toLowerCase()}` : ''}</td>
                      <th scope="row" data-label="Product">{l.productName}</th>
                      <td data-label="Quantity">{l.quantity}</td>
                      <OrderAmountTax line={l} taxTestId="invoice-line-tax" />
                    </tr>
                  ))}
                </tbody>
              </table>
              {current.error && <ErrorMessage error={current.error} />}
              {current.next && (
                <p className="actions" data-testid="more">
                  <span className="muted">Showing {lines.length} of {d.body.totalLineItems} lines; there are more.</span>{' '}
                  <button type="button" className="secondary" disabled={current.busy} onClick={() => void more()} aria-label="More invoice lines">More</button>
                </p>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
