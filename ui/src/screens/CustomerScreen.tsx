import { api, type Customer } from '../api';
import type { Abilities } from '../roles';
import { Link } from '../router';
import { Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { AddProducts } from './AddProducts';
import { SoftwareList } from './SoftwareList';
import { OrderHistory } from './OrderHistory';

interface Tab {
  id: string;
  label: string;
}

/** A customer's detail page with the document's sections: Software, Add products, Order history. */
export function CustomerScreen({ customerId, tab, can }: { customerId: string; tab?: string; can: Abilities }) {
  const customer = useAsync(() => api.customer(customerId), [customerId]);
  const tabs: Tab[] = [
    can.seeSoftware && { id: 'software', label: 'Software' },
    can.buy && { id: 'add-products', label: 'Add products' },
    { id: 'orders', label: 'Order history' },
  ].filter((t): t is Tab => !!t);
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];

  return (
    <Loaded state={customer} what="the customer">
      {(c) => (
        <>
          <p className="breadcrumb">
            <Link href="/customers">Customers</Link> › {c.name}
          </p>
          <h1>{c.name}</h1>
          <CustomerFacts customer={c} />
          <nav aria-label="Customer sections" className="tabs">
            <ul>
              {tabs.map((t) => (
                <li key={t.id}>
                  <Link href={`/customers/${c.id}/${t.id}`} aria-current={t.id === current.id ? 'page' : undefined}>
                    {t.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-label={current.label}>
            {current.id === 'software' && <SoftwareList customer={c} can={can} />}
            {current.id === 'add-products' && <AddProducts customer={c} />}
            {current.id === 'orders' && <OrderHistory customer={c} can={can} />}
          </section>
        </>
      )}
    </Loaded>
  );
}

/** Buying is refused until the customer's Global admin has accepted the partner's request. */
const RELATIONSHIP: Record<string, string> = {
  ACCEPTED: 'Accepted',
  PENDING: "Requested: waiting for the customer's Global admin to accept",
  DECLINED: "Declined by the customer's Global admin",
};

function CustomerFacts({ customer }: { customer: Customer }) {
  return (
    <dl className="facts">
      <div>
        <dt>Domain</dt>
        <dd>{customer.domain}</dd>
      </div>
      <div>
        <dt>Tenant GUID</dt>
        <dd className="mono">{customer.tenantId}</dd>
      </div>
      <div>
        <dt>Market</dt>
        <dd>{customer.market}</dd>
      </div>
      <div>
        <dt>Reseller relationship</dt>
        <dd data-testid="relationship">{RELATIONSHIP[customer.relationship] ?? customer.relationship}</dd>
      </div>
    </dl>
  );
}
