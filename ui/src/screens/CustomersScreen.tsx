import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { Link, navigate, useLocation } from '../router';
import { Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';

/** Customers: the partner's customers, searched by name, tenant GUID or domain. */
export function CustomersScreen() {
  const { params } = useLocation();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const customers = useAsync(() => api.customers(q || undefined), [q]);

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
      <Loaded state={customers} what="customers"
        empty={(list) => list.length === 0 && (q ? `No customer matches "${q}".` : 'You have no customers yet.')}>
        {(list) => (
          <table>
            <caption className="visually-hidden">Customers</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Domain</th>
                <th scope="col">Tenant GUID</th>
                <th scope="col">Market</th>
              </tr>
            </thead>
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
    </>
  );
}
