import { useState, type FormEvent } from 'react';
import type { BillingFrequency, OfferedProduct, OfferedSku } from '../api';
import { money, taxLabel, term, words } from '../format';
import { Dialog } from '../components/Dialog';
import type { CartLine } from './AddProducts';

/** Choose the SKU, quantity, term and billing of one product, with the price that follows. */
export function ProductChooser({ product, onAdd, onClose }: {
  product: OfferedProduct;
  onAdd: (line: CartLine) => void;
  onClose: () => void;
}) {
  const skus = product.skus.filter((s) => s.prices.length > 0);
  const [skuId, setSkuId] = useState(skus[0]?.id ?? '');
  const sku = skus.find((s) => s.id === skuId);
  return (
    <Dialog title={product.name} onClose={onClose}>
      {sku ? (
        <SkuForm key={sku.id} product={product} sku={sku} skus={skus} onSku={setSkuId} onAdd={onAdd} />
      ) : (
        <p className="empty">This product has no SKU priced in market {product.market}.</p>
      )}
    </Dialog>
  );
}

function SkuForm({ product, sku, skus, onSku, onAdd }: {
  product: OfferedProduct;
  sku: OfferedSku;
  skus: OfferedSku[];
  onSku: (id: string) => void;
  onAdd: (line: CartLine) => void;
}) {
  const terms = sku.prices.map((p) => p.term);
  const [chosenTerm, setTerm] = useState<string | null>(terms[0] ?? null);
  const [billing, setBilling] = useState(sku.billingOptions[0] ?? '');
  const [quantity, setQuantity] = useState(sku.minQuantity);
  const priceEntry = sku.prices.find((p) => p.term === chosenTerm);
  const price = priceEntry?.unitPrice;
  const validQuantity = Number.isInteger(quantity) && quantity >= sku.minQuantity && quantity <= sku.maxQuantity;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!price || !validQuantity) return;
    // a perpetual term and no billing choice are left out (the order's line has none)
    onAdd({ skuId: sku.id, quantity, term: chosenTerm ?? undefined, billing: billing || undefined, productName: product.name,
      skuName: sku.name, price: { amount: Number(price.amount), currency: price.currency } });
  };
  return (
    <form onSubmit={add} className="stack">
      <label htmlFor="sku">SKU</label>
      <select id="sku" value={sku.id} onChange={(e) => onSku(e.target.value)}>
        {skus.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
      <label htmlFor="quantity">Quantity ({sku.minQuantity} to {sku.maxQuantity})</label>
      <input id="quantity" type="number" inputMode="numeric" min={sku.minQuantity} max={sku.maxQuantity} value={quantity}
        aria-invalid={!validQuantity} aria-describedby="quantity-help" onChange={(e) => setQuantity(e.target.valueAsNumber)} />
      <p id="quantity-help" className={validQuantity ? 'muted' : 'field-error'}>
        {validQuantity ? 'Licences to buy.' : `Enter a whole number from ${sku.minQuantity} to ${sku.maxQuantity}.`}
      </p>
      <label htmlFor="term">Term</label>
      <select id="term" value={chosenTerm ?? ''} onChange={(e) => setTerm(e.target.value || null)}>
        {terms.map((t) => <option key={t ?? ''} value={t ?? ''}>{term(t)}</option>)}
      </select>
      <label htmlFor="billing">Billing</label>
      <select id="billing" value={billing} onChange={(e) => setBilling(e.target.value as BillingFrequency)}>
        {sku.billingOptions.map((b) => <option key={b} value={b}>{words(b)}</option>)}
      </select>
      <p>
        Price for the term: <strong>{money(price)}</strong> each
        {product.taxIncluded
          ? <span data-testid="price-tax">, {taxLabel({ ...product, tax: priceEntry?.tax })}</span>
          : ' (tax excluded)'}
        {validQuantity && price && <>; {money({ amount: Number(price.amount) * quantity, currency: price.currency })} in all</>}.
      </p>
      {product.cancellable
        ? <p className="muted">Can be cancelled within {product.cancellationWindowDays} days of purchase.</p>
        : <p className="muted">This purchase cannot be cancelled.</p>}
      <button type="submit" disabled={!price || !validQuantity}>Add to order</button>
    </form>
  );
}
