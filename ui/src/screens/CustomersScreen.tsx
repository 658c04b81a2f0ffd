import { useState, type FormEvent } from 'react';
import { api, type NewCustomer } from '../api';
import type { Abilities } from '../roles';
import { Link, navigate, useLocation } from '../router';
import { ErrorMessage, Loaded } from '../components/Status';
import { loaded, More, usePaged } from '../components/usePaged';
import { ColumnHeads } from '../components/ColumnHeads';

/** Customers: the partner's customers, searched by name, tenant GUID or domain, a page at a time; and "Add customer". */
export function CustomersScreen({ can }: { can: Abilities }) {
  const { params } = useLocation();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const customers = usePaged(() => api.customersPage(q || undefined), [q]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    navigate(text.trim() ? `/customers?q=${encodeURIComponent(text.trim())}` : '/customers', true);
  };

  return (
    <>
      <h1>Customers</h1>
      <form className="search" role="search" onSubmit={search}>
        <label htmlFor="customer-search">Search by name, tenant GUID or domain</label>
        <div className="row">
          <input id="customer-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">Search</button>
        </div>
      </form>
      {can.buy && <AddCustomer onAdded={customers.reload} />}
      <Loaded state={loaded(customers)} what="customers"
        empty={(list) => list.length === 0 && (q ? `No customer matches "${q}".` : 'You have no customers yet.')}>
        {(list) => (
          <table>
            <caption className="visually-hidden">Customers</caption>
            <ColumnHeads names={['Name', 'Domain', 'Tenant GUID', 'Market']} />
            <tbody>
              {list.map((c) => (
                <tr key={c.id}>
                  <th scope="row" data-label="Name">
                    <Link href={`/customers/${c.id}`}>{c.name}</Link>
                  </th>
                  <td data-label="Domain">{c.domain}</td>
                  <td data-label="Tenant GUID" className="mono">{c.tenantId}</td>
                  <td data-label="Market">{c.market}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
      <More paged={customers} what="customers" />
    </>
  );
}

/** The form: an existing tenant by its GUID (the UI does not offer `newTenant`). */
type CustomerForm = Required<Pick<NewCustomer, 'name' | 'tenantId' | 'domain' | 'market'>>;

const NONE: CustomerForm = { name: '', tenantId: '', domain: '', market: '' };

/** An existing Microsoft Entra tenant becomes a customer: its name, tenant GUID, primary domain and market. */
function AddCustomer({ onAdded }: { onAdded: () => void }) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<CustomerForm>(NONE);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [state, setState] = useState<{ busy?: boolean; error?: Error; added?: { id: string; name: string } }>({});
  const field = (name: keyof CustomerForm) => ({
    id: `customer-${name}`, value: form[name], required: true,
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true });
    try {
      const added = await api.addCustomer({ ...form, market: form.market.trim().toUpperCase() }, key);
      setState({ added });
      setForm(NONE);
      setKey(crypto.randomUUID());
      onAdded();
    } catch (error) {
      setState({ error: error as Error });
    }
  };
  if (!open) {
    return (
      <p className="actions">
        <button type="button" onClick={() => setOpen(true)}>Add customer</button>
        {state.added && <span role="status"> Added <Link href={`/customers/${state.added.id}`}>{state.added.name}</Link>.</span>}
      </p>
    );
  }
  return (
    <form className="card" aria-labelledby="add-customer-title" onSubmit={submit}>
      <h2 id="add-customer-title">Add customer</h2>
      <div><label htmlFor="customer-name">Company name</label><input maxLength={200} {...field('name')} /></div>
      <div><label htmlFor="customer-tenantId">Tenant GUID</label>
        <input className="mono" pattern="[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}" {...field('tenantId')} /></div>
      <div><label htmlFor="customer-domain">Domain</label><input maxLength={253} placeholder="contoso.onmicrosoft.com" {...field('domain')} /></div>
      <div><label htmlFor="customer-market">Market (country code)</label><input maxLength={2} size={3} placeholder="US" {...field('market')} /></div>
      {state.error && <ErrorMessage error={state.error} />}
      <p className="actions">
        <button type="submit" disabled={state.busy}>Add</button>{' '}
        <button type="button" className="secondary" onClick={() => { setOpen(false); setState({}); }}>Close</button>
      </p>
      {state.added && <p role="status" className="note">Added <Link href={`/customers/${state.added.id}`}>{state.added.name}</Link>.</p>}
    </form>
  );
}
