import { useState } from 'react';
import { api, ApiError, type Customer, type NewOrderLine, type OfferedProduct, type Order } from '../api';
import { money, percent, term, words } from '../format';
import { Link } from '../router';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { ProductChooser } from './ProductChooser';
import { OrderEffects } from './OrderEffects';

export interface CartLine extends NewOrderLine {
  productName: string;
  skuName: string;
  price: { amount: number; currency: string };
}

const REASONS: Record<string, string> = {
  'azure-reservations-unavailable-in-market': 'Azure reservations are not available in this market.',
  'withdrawn-from-market': 'No longer sold in this market.',
  'no-price-in-market': 'Not priced in this market yet.',
  'not-available-in-market': 'Not sold in this market.',
  'no-cancellation-policy': 'Not sold until its cancellation policy takes effect.',
  'product-not-sold': 'No longer sold.',
};

export function unavailableReason(code: string | null): string {
  return (code && REASONS[code]) || words(code) || 'Not available.';
}

/**
 * "Add products": the catalog as sold in the customer's market; choose, add to the order, place it. The products come
 * from order-service's copy of the catalog, which prices the order too, so a partner can buy while catalog-service is
 * down.
 */
export function AddProducts({ customer }: { customer: Customer }) {
  const products = useAsync(() => api.offeredProducts(customer.id), [customer.id]);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<OfferedProduct>();
  const [cart, setCart] = useState<CartLine[]>([]);
  const [placed, setPlaced] = useState<Order>();

  if (placed) return <Confirmation order={placed} customer={customer} onAgain={() => setPlaced(undefined)} />;
  return (
    <>
      <h2>Add products</h2>
      <Loaded state={products} what="the catalog" empty={(list) => list.length === 0 && 'Nothing is sold in this market.'}>
        {(list) => (
          <>
            <TaxNote product={list[0]} market={customer.market} />
            <label htmlFor="product-filter">Filter products</label>
            <input id="product-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            <ul className="cards" aria-label="Products">
              {list.filter((p) => matches(p, filter)).map((p) => (
                <li key={p.id} className={p.available ? 'card' : 'card unavailable'}>
                  <h3>{p.name}</h3>
                  <p className="muted">{words(p.kind)}</p>
                  {p.available ? (
                    <button type="button" className="secondary" onClick={() => setChosen(p)} aria-label={`Choose ${p.name}`}>
                      Choose
                    </button>
                  ) : (
                    <p className="reason">{unavailableReason(p.unavailableReason)}</p>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
      {chosen && (
        <ProductChooser product={chosen} onClose={() => setChosen(undefined)}
          onAdd={(line) => { setCart([...cart, line]); setChosen(undefined); }} />
      )}
      <Cart customer={customer} lines={cart} onChange={setCart} onPlaced={(o) => { setCart([]); setPlaced(o); }} />
    </>
  );
}

/** " (10 %)" where the rate is known. */
function taxRate(product: OfferedProduct): string {
  return product.taxRate ? ` (${percent(product.taxRate)})` : '';
}

/** Part of the product's name or of one of its SKUs' names, any case. */
function matches(product: OfferedProduct, filter: string): boolean {
  const wanted = filter.trim().toLowerCase();
  return [product.name, ...product.skus.map((s) => s.name)].some((name) => name.toLowerCase().includes(wanted));
}

function TaxNote({ product, market }: { product?: OfferedProduct; market: string }) {
  if (!product) return null;
  return (
    <p className="note" data-testid="tax-note">
      Prices for market {market} {product.taxIncluded ? `include tax${taxRate(product)}` : 'exclude tax'}.
    </p>
  );
}

function Cart({ customer, lines, onChange, onPlaced }: {
  customer: Customer;
  lines: CartLine[];
  onChange: (lines: CartLine[]) => void;
  onPlaced: (order: Order) => void;
}) {
  const [error, setError] = useState<ApiError>();
  const [placing, setPlacing] = useState(false);
  // one key per order being placed: a retry after a lost answer cannot buy twice
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  if (lines.length === 0) return <p className="empty">Your order is empty: choose a product to add it.</p>;

  const total = lines.reduce((sum, l) => sum + l.price.amount * l.quantity, 0);
  const place = async () => {
    setPlacing(true);
    setError(undefined);
    try {
      const order = await api.placeOrder(customer.id, lines.map(({ skuId, quantity, term, billing }) => ({ skuId, quantity, term, billing })), idempotencyKey);
      setIdempotencyKey(crypto.randomUUID());
      onPlaced(order);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setPlacing(false);
    }
  };
  return (
    <section aria-labelledby="cart-title" className="cart">
      <h3 id="cart-title">Your order for {customer.name}</h3>
      <table>
        <thead>
          <tr><th scope="col">Product</th><th scope="col">Quantity</th><th scope="col">Term</th><th scope="col">Billing</th><th scope="col">Price</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <th scope="row" data-label="Product">{l.skuName}</th>
              <td data-label="Quantity">{l.quantity}</td>
              <td data-label="Term">{term(l.term)}</td>
              <td data-label="Billing">{words(l.billing)}</td>
              <td data-label="Price">{money({ amount: l.price.amount * l.quantity, currency: l.price.currency })}</td>
              <td>
                <button type="button" className="link" onClick={() => { onChange(lines.filter((_, j) => j !== i)); setIdempotencyKey(crypto.randomUUID()); }}
                  aria-label={`Remove ${l.skuName}`}>Remove</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Total: <strong>{money({ amount: total, currency: lines[0].price.currency })}</strong>, charged on your next monthly invoice.</p>
      {error && <ErrorMessage error={error} />}
      <button type="button" onClick={place} disabled={placing}>
        {placing ? 'Placing the order…' : 'Place order'}
      </button>
    </section>
  );
}

function Confirmation({ order, customer, onAgain }: { order: Order; customer: Customer; onAgain: () => void }) {
  return (
    <section aria-labelledby="confirmation-title" className="confirmation">
      <div role="status">
        <h2 id="confirmation-title">Order placed</h2>
      </div>
      <p>
        Order ID <strong className="mono" data-testid="order-id">{order.id}</strong> for {customer.name}: {money(order.amountPaid)}.
      </p>
      <ul>
        {order.lines.map((l) => (
          <li key={l.id}>{l.quantity} × {l.productName} ({term(l.term)})</li>
        ))}
      </ul>
      <OrderEffects customerId={customer.id} order={order} />
      <p className="actions">
        <Link href={`/customers/${customer.id}/software`}>Go to Software</Link>
        <button type="button" className="secondary" onClick={onAgain}>Add more products</button>
      </p>
    </section>
  );
}
