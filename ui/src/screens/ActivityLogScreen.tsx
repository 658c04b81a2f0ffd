import { useMemo, useState, type FormEvent } from 'react';
import { api, type ActivityEntry, type ActivityQuery, type Customer } from '../api';
import { dateTime, words } from '../format';
import { roleName, type Abilities } from '../roles';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { ActivityUsers } from './ActivityUsers';
import { ActivityVerify } from './ActivityVerify';

const TYPES = ['KEY_ACCESSED', 'DOWNLOAD_LINK_CREATED', 'DOWNLOAD_LINK_REVOKED', 'SOFTWARE_DOWNLOADED', 'ORDER_PLACED',
  'ORDER_CANCELLED', 'ENTITLEMENT_REVOKED', 'REFUND_APPROVED', 'CREDIT_ISSUED'];

function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** The form's days (inclusive, UTC) as the API's instants: from the start of the first day to the end of the last. */
function toQuery(form: Filters): ActivityQuery {
  const to = new Date(`${form.to}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return {
    from: `${form.from}T00:00:00Z`, to: to.toISOString(), type: form.type || undefined, user: form.user.trim() || undefined,
    customerId: form.customerId.trim() || undefined,
  };
}

interface Filters {
  from: string;
  to: string;
  type: string;
  user: string;
  customerId: string;
}

/** Activity log: who read keys, made links, downloaded, bought or cancelled, in a date range; and whether it verifies. */
export function ActivityLogScreen({ can }: { can: Abilities }) {
  const [form, setForm] = useState<Filters>({ from: day(-30), to: day(0), type: '', user: '', customerId: '' });
  const [filters, setFilters] = useState(form);
  // roles that may list customers choose one by name; the others give its ID
  const customers = useAsync(() => (can.listCustomers ? api.customers(undefined, 200) : Promise.resolve([])), [can.listCustomers]);
  const names = useMemo(() => new Map((customers.data ?? []).map((c) => [c.id, c.name])), [customers.data]);
  const loaded = useAsync(async () => ({ ...(await api.activityLog(toQuery(filters))), filters }), [filters]);
  // the entries of earlier filters give way to "Loading" at once, so nobody reads them as the answer to the new ones
  const first = loaded.data?.filters === filters ? loaded : { ...loaded, data: undefined };
  const [more, setMore] = useState<{ entries: ActivityEntry[]; next?: string }>();
  const [exportError, setExportError] = useState<Error>();
  const next = more ? more.next : first.data?.next;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setMore(undefined);
    setFilters(form);
  };
  const loadMore = async () => {
    const page = await api.activityLog(toQuery(filters), next);
    setMore({ entries: [...(more?.entries ?? []), ...page.entries], next: page.next });
  };
  const exportCsv = async () => {
    setExportError(undefined);
    try {
      save(await api.activityLogCsv(toQuery(filters)), `activity-log-${filters.from}-${filters.to}.csv`);
    } catch (e) {
      setExportError(e as Error);
    }
  };
  const field = (name: keyof Filters) => ({
    id: `activity-${name}`, value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });

  return (
    <>
      <h1>Activity log</h1>
      <form className="filters" onSubmit={apply} aria-label="Activity filters">
        <div><label htmlFor="activity-from">From</label><input type="date" required {...field('from')} /></div>
        <div><label htmlFor="activity-to">To</label><input type="date" required {...field('to')} /></div>
        <div>
          <label htmlFor="activity-type">Activity</label>
          <select {...field('type')}>
            <option value="">All activities</option>
            {TYPES.map((t) => <option key={t} value={t}>{words(t)}</option>)}
          </select>
        </div>
        <CustomerFilter customers={can.listCustomers ? customers.data : undefined} field={field('customerId')} />
        <div><label htmlFor="activity-user">User</label><input type="search" {...field('user')} /></div>
        <div className="actions">
          <button type="submit">Show</button>
          <button type="button" className="secondary" onClick={exportCsv}>Export CSV</button>
        </div>
      </form>
      {exportError && <ErrorMessage error={exportError} />}
      <Loaded state={first} what="the activity log"
        empty={(page) => page.entries.length === 0 && 'No activity in this period.'}>
        {(page) => (
          <>
            <ActivityTable entries={[...page.entries, ...(more?.entries ?? [])]} names={names} />
            {next && <button type="button" className="secondary" onClick={loadMore}>Show more</button>}
          </>
        )}
      </Loaded>
      <ActivityUsers period={toQuery(filters)} days={`${filters.from}-${filters.to}`} />
      <ActivityVerify period={toQuery(filters)} />
    </>
  );
}

type Field = { id: string; value: string; onChange: (e: { target: { value: string } }) => void };

function CustomerFilter({ customers, field }: { customers?: Customer[]; field: Field }) {
  if (customers) {
    return (
      <div>
        <label htmlFor={field.id}>Customer</label>
        <select {...field}>
          <option value="">All customers</option>
          {customers.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
    );
  }
  return (
    <div>
      <label htmlFor={field.id}>Customer ID</label>
      <input type="search" pattern="[0-9a-fA-F\-]{36}" title="The customer's ID, a GUID" {...field} />
    </div>
  );
}

function ActivityTable({ entries, names }: { entries: ActivityEntry[]; names: Map<string, string> }) {
  return (
    <table>
      <caption className="visually-hidden">Activity</caption>
      <thead>
        <tr><th scope="col">When</th><th scope="col">Activity</th><th scope="col">User</th><th scope="col">Customer</th><th scope="col">Product</th><th scope="col">Order ID</th><th scope="col">Details</th></tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="activity-row" data-type={e.type}>
            <td data-label="When">{dateTime(e.occurredAt)}</td>
            <th scope="row" data-label="Activity">{words(e.type)}</th>
            <td data-label="User">{e.userName ?? '–'}{e.userRole && <div className="muted">{roleName(e.userRole)}</div>}</td>
            <td data-label="Customer">{e.customerId ? names.get(e.customerId) ?? <span className="mono">{e.customerId}</span> : '–'}</td>
            <td data-label="Product">{e.productName ?? '–'}</td>
            <td data-label="Order ID" className="mono">{e.orderId ?? '–'}</td>
            <td data-label="Details">{e.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  URL.revokeObjectURL(url);
}
