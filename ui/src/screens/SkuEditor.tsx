import { useEffect, useState, type FormEvent } from 'react';
import { api, BILLING_FREQUENCIES, type Market, type Product, type SkuOffer } from '../api';
import { bytes, money, percent, term, words } from '../format';
import { useWrite } from '../components/useWrite';

const TERMS = ['P1M', 'P1Y', 'P3Y', 'P5Y'];

/** One SKU: what it is (name, terms, billing, quantities) and its prices in the market shown. */
export function SkuEditor({ product, sku, market, onDone }: {
  product: Product; sku: SkuOffer; market?: Market; onDone: () => void;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="card sku" aria-labelledby={`sku-${sku.id}`} data-testid="sku" data-sku={sku.id}>
      <h3 id={`sku-${sku.id}`}>{sku.name} <span className="muted mono">{sku.id}</span></h3>
      <p className="muted">
        {sku.terms.length ? sku.terms.map(term).join(', ') : 'Perpetual'} · billed {sku.billingOptions.map((b) => words(b).toLowerCase()).join(' or ')} ·
        {' '}{sku.minQuantity} to {sku.maxQuantity} · {sku.downloads.length ? `${sku.downloads.length} downloads (${bytes(sku.downloads[0].sizeBytes)} each)` : 'no downloads'}
      </p>
      {editing
        ? <SkuDefinitionForm product={product} sku={sku} onDone={() => { setEditing(false); onDone(); }} onCancel={() => setEditing(false)} />
        : <button type="button" className="link" onClick={() => setEditing(true)} aria-label={`Edit SKU ${sku.name}`}>Edit SKU</button>}
      {market && <Prices product={product} sku={sku} market={market} onDone={onDone} />}
    </section>
  );
}

function Prices({ product, sku, market, onDone }: { product: Product; sku: SkuOffer; market: Market; onDone: () => void }) {
  const terms: (string | null)[] = sku.terms.length ? sku.terms : [null];
  const current = (t: string | null) => sku.prices.find((p) => p.term === t)?.unitPrice.amount;
  const shown = () => terms.map((t) => (current(t) === undefined ? '' : String(current(t))));
  const [amounts, setAmounts] = useState(shown);
  const saved = JSON.stringify(sku.prices);
  useEffect(() => setAmounts(shown()), [saved]); // eslint-disable-line react-hooks/exhaustive-deps
  const { busy, write, outcome } = useWrite(onDone);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const prices = terms.flatMap((t, i) => (amounts[i].trim() === '' ? []
      : [{ market: market.code, term: t, unitPrice: { amount: amounts[i].trim(), currency: market.currency } }]));
    void write(() => api.setPrices(product.id, sku.id, prices), (p) => `Prices in ${market.code} saved (revision ${p.revision}).`);
  };
  return (
    <form onSubmit={save} aria-label={`Prices of ${sku.name} in ${market.code}`}>
      <fieldset className="choices">
        <legend>Prices in {market.name} ({market.currency}, {market.taxIncluded ? `tax included${market.taxRate ? `: enter the price with ${market.taxName ?? 'tax'} at ${percent(market.taxRate)}` : ''}` : 'tax excluded'})</legend>
        {terms.map((t, i) => {
          const id = `price-${sku.id}-${t ?? 'perpetual'}`;
          return (
            <div key={id}>
              <label htmlFor={id}>Unit price, {term(t).toLowerCase()} ({market.currency})</label>
              <input id={id} type="number" min="0" step="0.01" inputMode="decimal" value={amounts[i]} aria-describedby={`${id}-now`}
                onChange={(e) => setAmounts(amounts.map((a, j) => (j === i ? e.target.value : a)))} />
              <p id={`${id}-now`} className="muted">Now: {current(t) === undefined ? 'no price' : money({ amount: current(t)!, currency: market.currency })}</p>
            </div>
          );
        })}
        <div className="actions"><button type="submit" disabled={busy || amounts.every((a) => a.trim() === '')}>Save prices</button></div>
      </fieldset>
      {outcome}
    </form>
  );
}

/** Defines a new SKU, or redefines one; perpetual software has no terms and is billed once, the others by term. */
export function SkuDefinitionForm({ product, sku, onDone, onCancel }: {
  product: Product; sku?: SkuOffer; onDone: () => void; onCancel: () => void;
}) {
  const perpetual = product.kind === 'PERPETUAL_SOFTWARE';
  const billing = BILLING_FREQUENCIES.filter((b) => (b === 'ONE_TIME') === perpetual);
  const [form, setForm] = useState({
    id: sku?.id ?? '', name: sku?.name ?? '', terms: sku?.terms ?? (perpetual ? [] : ['P1Y']),
    billingOptions: sku?.billingOptions ?? [billing[0]], minQuantity: sku?.minQuantity ?? 1, maxQuantity: sku?.maxQuantity ?? 100,
  });
  const { busy, write, outcome } = useWrite(onDone);
  const prefix = sku ? `sku-${sku.id}` : 'new-sku';
  const toggle = <T extends string>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const save = (event: FormEvent) => {
    event.preventDefault();
    const { id, ...definition } = form;
    void write(() => api.defineSku(product.id, id.trim(), { ...definition, name: definition.name.trim() }),
      (p) => `SKU ${id} saved (revision ${p.revision}).`);
  };
  return (
    <form className="stack" onSubmit={save}>
      {!sku && (
        <>
          <label htmlFor={`${prefix}-id`}>SKU ID</label>
          <input id={`${prefix}-id`} required pattern="[a-z0-9][a-z0-9\-]{1,62}" title="2 to 63 lower-case letters, digits or dashes"
            value={form.id} onChange={(e) => setForm({ ...form, id: e.target.value })} />
        </>
      )}
      <label htmlFor={`${prefix}-name`}>SKU name</label>
      <input id={`${prefix}-name`} required maxLength={200} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      {!perpetual && (
        <fieldset className="choices">
          <legend>Terms</legend>
          {TERMS.map((t) => (
            <label key={t} className="check"><input type="checkbox" checked={form.terms.includes(t)}
              onChange={(e) => setForm({ ...form, terms: toggle(form.terms, t, e.target.checked) })} />{term(t)}</label>
          ))}
        </fieldset>
      )}
      <fieldset className="choices">
        <legend>Billing</legend>
        {billing.map((b) => (
          <label key={b} className="check"><input type="checkbox" checked={form.billingOptions.includes(b)}
            onChange={(e) => setForm({ ...form, billingOptions: toggle(form.billingOptions, b, e.target.checked) })} />{words(b)}</label>
        ))}
      </fieldset>
      <div className="choices">
        <div><label htmlFor={`${prefix}-min`}>Minimum quantity</label>
          <input id={`${prefix}-min`} type="number" required min={1} max={100000} value={form.minQuantity}
            onChange={(e) => setForm({ ...form, minQuantity: e.target.valueAsNumber })} /></div>
        <div><label htmlFor={`${prefix}-max`}>Maximum quantity</label>
          <input id={`${prefix}-max`} type="number" required min={1} max={100000} value={form.maxQuantity}
            onChange={(e) => setForm({ ...form, maxQuantity: e.target.valueAsNumber })} /></div>
      </div>
      {outcome}
      <div className="actions">
        <button type="submit" disabled={busy}>Save SKU</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
