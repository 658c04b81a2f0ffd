import { useState, type FormEvent } from 'react';
import { api, ApiError, PRODUCT_KINDS, type Market, type Product, type ProductKind } from '../api';
import { money, term, words } from '../format';
import { Link, navigate, useLocation } from '../router';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { unavailableReason } from './AddProducts';

export const DEFAULT_MARKET = 'US';

/** The market the catalog-admin looks at, kept in the address (?market=US) so a product page and Back keep it. */
export function useMarket(): string {
  return (useLocation().params.get('market') ?? DEFAULT_MARKET).toUpperCase();
}

export function MarketPicker({ markets, market, path }: { markets?: Market[]; market: string; path: string }) {
  return (
    <div>
      <label htmlFor="catalog-market">Market</label>
      <select id="catalog-market" value={market} disabled={!markets}
        onChange={(e) => navigate(`${path}?market=${e.target.value}`, true)}>
        {(markets ?? [{ code: market, name: market, currency: '' } as Market]).map((m) => (
          <option key={m.code} value={m.code}>{m.name} ({m.code}{m.currency && `, ${m.currency}`})</option>
        ))}
      </select>
    </div>
  );
}

/** Catalog (catalog-admin): every product as sold in one market, with its SKUs' prices; and a new product. */
export function CatalogScreen() {
  const market = useMarket();
  const markets = useAsync(() => api.markets(), []);
  const products = useAsync(() => api.products(market), [market]);
  const [filter, setFilter] = useState('');
  const shown = (list: Product[]) => list.filter((p) => `${p.name} ${p.id}`.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <>
      <h1>Catalog</h1>
      <div className="filters">
        <MarketPicker markets={markets.data} market={market} path="/catalog" />
        <div>
          <label htmlFor="catalog-filter">Filter products</label>
          <input id="catalog-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
      </div>
      <Loaded state={products} what="the catalog" empty={(list) => list.length === 0 && `No product is sold in ${market}.`}>
        {(list) => <CatalogTable products={shown(list)} market={market} />}
      </Loaded>
      <NewProduct market={market} />
    </>
  );
}

function CatalogTable({ products, market }: { products: Product[]; market: string }) {
  if (products.length === 0) return <p className="empty">No product matches the filter.</p>;
  return (
    <table>
      <caption className="visually-hidden">Products in {market}</caption>
      <thead>
        <tr><th scope="col">Product</th><th scope="col">Kind</th><th scope="col">SKUs and prices in {market}</th><th scope="col">Sold here</th></tr>
      </thead>
      <tbody>
        {products.map((p) => (
          <tr key={p.id} data-testid="catalog-product" data-product={p.id}>
            <th scope="row" data-label="Product">
              <Link href={`/catalog/products/${p.id}?market=${market}`} aria-label={`Edit ${p.name}`}>{p.name}</Link>
              <div className="muted">{p.publisher} · <span className="mono">{p.id}</span></div>
            </th>
            <td data-label="Kind">{words(p.kind)}</td>
            <td data-label="SKUs and prices">
              <ul className="plain">
                {p.skus.map((s) => (
                  <li key={s.id} data-testid="catalog-sku" data-sku={s.id}>
                    {s.name}:{' '}
                    {s.prices.length === 0 ? <span className="muted">no price</span>
                      : s.prices.map((price) => `${money(price.unitPrice)}${p.taxIncluded ? ' incl. tax' : ''} (${term(price.term).toLowerCase()})`).join(', ')}
                  </li>
                ))}
              </ul>
            </td>
            <td data-label="Sold here">{p.available ? 'Yes' : unavailableReason(p.unavailableReason)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NewProduct({ market }: { market: string }) {
  const [form, setForm] = useState({ id: '', name: '', kind: PRODUCT_KINDS[0] as ProductKind, publisher: '' });
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.createProduct({ ...form, id: form.id.trim(), name: form.name.trim(), publisher: form.publisher.trim() });
      navigate(`/catalog/products/${created.id}?market=${market}`);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const field = (name: keyof typeof form) => ({
    id: `new-product-${name}`, value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  return (
    <section aria-labelledby="new-product-title" className="card new-product">
      <h2 id="new-product-title">New product</h2>
      <p className="muted">It is sold nowhere until one of its SKUs has a price in a market.</p>
      <form className="choices" onSubmit={create}>
        <div>
          <label htmlFor="new-product-id">Product ID</label>
          <input required pattern="[a-z0-9][a-z0-9\-]{1,62}" title="2 to 63 lower-case letters, digits or dashes" aria-describedby="new-product-id-help" {...field('id')} />
          <p id="new-product-id-help" className="muted">Lower-case letters, digits and dashes; it cannot change.</p>
        </div>
        <div><label htmlFor="new-product-name">Name</label><input required maxLength={200} {...field('name')} /></div>
        <div>
          <label htmlFor="new-product-kind">Kind</label>
          <select {...field('kind')}>{PRODUCT_KINDS.map((k) => <option key={k} value={k}>{words(k)}</option>)}</select>
        </div>
        <div><label htmlFor="new-product-publisher">Publisher</label><input required maxLength={100} {...field('publisher')} /></div>
        <div className="actions"><button type="submit" disabled={busy}>Create product</button></div>
      </form>
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
