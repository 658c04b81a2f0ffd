import { useState, type FormEvent } from 'react';
import { api, type Product } from '../api';
import { words } from '../format';
import { Link } from '../router';
import { Loaded } from '../components/Status';
import { useWrite } from '../components/useWrite';
import { useAsync } from '../components/useAsync';
import { unavailableReason } from './AddProducts';
import { MarketPicker, useMarket } from './CatalogScreen';
import { SkuEditor, SkuDefinitionForm } from './SkuEditor';

/** One product for a catalog-admin: its name and publisher, whether it is sold, its SKUs and their prices in a market. */
export function ProductAdminScreen({ productId }: { productId: string }) {
  const market = useMarket();
  const markets = useAsync(() => api.markets(), []);
  const product = useAsync(() => api.product(productId, market), [productId, market]);
  const inMarket = markets.data?.find((m) => m.code === market);
  return (
    <>
      <p className="breadcrumb"><Link href={`/catalog?market=${market}`}>Catalog</Link> › {product.data?.name ?? productId}</p>
      <Loaded state={product} what="the product">
        {(p) => (
          <>
            <h1>{p.name}</h1>
            <dl className="facts">
              <div><dt>Product ID</dt><dd className="mono">{p.id}</dd></div>
              <div><dt>Kind</dt><dd>{words(p.kind)}</dd></div>
              <div><dt>Revision</dt><dd data-testid="revision">{p.revision ?? '–'}</dd></div>
              <div><dt>In {market}</dt><dd data-testid="sold-here">{p.available ? 'Sold' : unavailableReason(p.unavailableReason)}</dd></div>
            </dl>
            <div className="filters"><MarketPicker markets={markets.data} market={market} path={`/catalog/products/${p.id}`} /></div>
            <Describe product={p} onDone={product.reload} />
            <Availability product={p} market={market} onDone={product.reload} />
            <h2>SKUs</h2>
            {p.skus.length === 0 && <p className="empty">No SKU yet: add one below, then price it.</p>}
            {p.skus.map((s) => <SkuEditor key={`${s.id}-${market}`} product={p} sku={s} market={inMarket} onDone={product.reload} />)}
            <NewSku product={p} onDone={product.reload} />
          </>
        )}
      </Loaded>
    </>
  );
}

function Describe({ product, onDone }: { product: Product; onDone: () => void }) {
  const [form, setForm] = useState({ name: product.name, publisher: product.publisher, active: product.unavailableReason !== 'product-not-sold' });
  const { busy, write, outcome } = useWrite(onDone);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void write(() => api.describeProduct(product.id, { ...form, name: form.name.trim(), publisher: form.publisher.trim() }),
      (p) => `Saved (revision ${p.revision}): ${p.active ? 'sold wherever it is priced and not withdrawn' : 'no longer sold anywhere'}.`);
  };
  return (
    <section aria-labelledby="describe-title">
      <h2 id="describe-title">Details</h2>
      <form className="choices" onSubmit={save}>
        <div><label htmlFor="product-name">Name</label><input id="product-name" required maxLength={200} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} /></div>
        <div><label htmlFor="product-publisher">Publisher</label><input id="product-publisher" required maxLength={100} value={form.publisher} onChange={(e) => setForm({ ...form, publisher: e.target.value })} /></div>
        <label className="check"><input type="checkbox" checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} />Sold (active)</label>
        <div className="actions"><button type="submit" disabled={busy}>Save details</button></div>
      </form>
      {outcome}
    </section>
  );
}

function Availability({ product, market, onDone }: { product: Product; market: string; onDone: () => void }) {
  const { busy, write, outcome } = useWrite(onDone);
  const withdrawn = product.unavailableReason === 'withdrawn-from-market';
  const offer = (available: boolean) => write(() => api.offerInMarket(product.id, market, available),
    () => (available ? `Offered in ${market} again.` : `Withdrawn from ${market}: partners there can no longer buy it.`));
  return (
    <section aria-labelledby="availability-title">
      <h2 id="availability-title">Market {market}</h2>
      <p>{product.available ? `Partners can buy it for customers in ${market}.` : unavailableReason(product.unavailableReason)}</p>
      {withdrawn
        ? <button type="button" className="secondary" disabled={busy} onClick={() => offer(true)}>Offer in {market} again</button>
        : <button type="button" className="secondary" disabled={busy} onClick={() => offer(false)}>Withdraw from {market}</button>}
      {outcome}
    </section>
  );
}

function NewSku({ product, onDone }: { product: Product; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  if (!open) return <button type="button" className="secondary" onClick={() => setOpen(true)}>Add a SKU</button>;
  return (
    <section aria-labelledby="new-sku-title" className="card">
      <h3 id="new-sku-title">New SKU</h3>
      <SkuDefinitionForm product={product} onDone={() => { setOpen(false); onDone(); }} onCancel={() => setOpen(false)} />
    </section>
  );
}
