import { useState, type FormEvent } from 'react';
import { api, ApiError, PRODUCT_KINDS, REFUND_KINDS, type Money, type PolicyVersion, type ProductKind,
  type RefundKind } from '../api';
import { date, money, words } from '../format';
import { ErrorMessage, Loaded } from '../components/Status';
import { useAsync } from '../components/useAsync';

const today = () => new Date().toISOString().slice(0, 10);

/** The version of each kind in effect today: the latest that has started. */
function inEffect(versions: PolicyVersion[]): PolicyVersion | undefined {
  return versions.filter((v) => v.effectiveFrom <= today()).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).pop();
}

/** Cancellation policies (catalog-admin): every version of each product kind's policy, and a new version. */
export function PoliciesScreen() {
  const policies = useAsync(() => api.policies(), []);
  const currencies = useAsync(async () => [...new Set((await api.markets()).map((m) => m.currency))].sort(), []);
  return (
    <>
      <h1>Cancellation policies</h1>
      <p>A purchase keeps the version in effect on the day it was made; a new version applies to purchases from its first day.</p>
      <Loaded state={policies} what="the cancellation policies">
        {(list) => (
          <>
            {PRODUCT_KINDS.map((kind) => <KindVersions key={kind} kind={kind} versions={list.filter((v) => v.kind === kind)} />)}
            <Loaded state={currencies} what="the billing currencies">
              {(codes) => <NewVersion versions={list} currencies={codes} onPublished={policies.reload} />}
            </Loaded>
          </>
        )}
      </Loaded>
    </>
  );
}

function thresholds(v: PolicyVersion): string {
  if (!v.cancellable) return '–';
  const usd = v.supportRequestAbove.find((m) => m.currency === 'USD') ?? v.supportRequestAbove[0];
  return usd ? `${money(usd)}${v.supportRequestAbove.length > 1 ? ` (and ${v.supportRequestAbove.length - 1} other currencies)` : ''}` : '–';
}

function KindVersions({ kind, versions }: { kind: string; versions: PolicyVersion[] }) {
  const current = inEffect(versions);
  return (
    <section aria-labelledby={`policy-${kind}`}>
      <h2 id={`policy-${kind}`}>{words(kind)}</h2>
      {versions.length === 0 ? <p className="empty">No policy yet: purchases of this kind cannot be cancelled.</p> : (
        <table>
          <caption className="visually-hidden">{words(kind)} policy versions</caption>
          <thead>
            <tr><th scope="col">Version</th><th scope="col">From</th><th scope="col">Cancellable</th><th scope="col">Refund</th><th scope="col">Support request above</th></tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version} data-testid="policy-version" data-kind={kind} data-version={v.version}>
                <th scope="row" data-label="Version">
                  {v.version} {v === current ? <span className="badge active">In effect</span>
                    : v.effectiveFrom > today() ? <span className="badge credit">Scheduled</span> : null}
                </th>
                <td data-label="From">{date(v.effectiveFrom)}</td>
                <td data-label="Cancellable">{v.cancellable ? `Within ${v.windowDays} days` : 'No'}</td>
                <td data-label="Refund">{words(v.refundKind)}</td>
                <td data-label="Support request above">{thresholds(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface Draft {
  kind: ProductKind;
  effectiveFrom: string;
  cancellable: boolean;
  windowDays: number;
  refundKind: RefundKind;
  amounts: Record<string, string>;
}

/** A draft that starts from the kind's latest version; thresholds it lacks come from any version that has them. */
function draftFor(kind: ProductKind, versions: PolicyVersion[]): Draft {
  const latest = versions.filter((v) => v.kind === kind).sort((a, b) => a.version - b.version).pop();
  const amounts: Record<string, string> = {};
  for (const v of [...versions.filter((x) => x.kind !== kind), ...(latest ? [latest] : [])]) {
    v.supportRequestAbove.forEach((m: Money) => (amounts[m.currency] = String(m.amount)));
  }
  return {
    kind, effectiveFrom: '', cancellable: latest?.cancellable ?? true, windowDays: latest?.windowDays || 60,
    refundKind: latest && latest.refundKind !== 'NONE' ? latest.refundKind : 'FULL', amounts,
  };
}

function NewVersion({ versions, currencies, onPublished }: { versions: PolicyVersion[]; currencies: string[]; onPublished: () => void }) {
  const [draft, setDraft] = useState(() => draftFor(PRODUCT_KINDS[0], versions));
  const [error, setError] = useState<ApiError>();
  const [published, setPublished] = useState<PolicyVersion>();
  const [busy, setBusy] = useState(false);
  const latest = versions.filter((v) => v.kind === draft.kind).sort((a, b) => a.version - b.version).pop();
  const publish = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setPublished(undefined);
    try {
      setPublished(await api.publishPolicy({
        kind: draft.kind, effectiveFrom: draft.effectiveFrom, cancellable: draft.cancellable,
        windowDays: draft.cancellable ? draft.windowDays : 0, refundKind: draft.cancellable ? draft.refundKind : 'NONE',
        supportRequestAbove: draft.cancellable ? currencies.map((c) => ({ amount: draft.amounts[c] ?? '', currency: c })) : [],
      }));
      onPublished();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="new-policy-title" className="card">
      <h2 id="new-policy-title">Publish a new version</h2>
      <form className="stack narrow" onSubmit={publish}>
        <label htmlFor="policy-kind">Product kind</label>
        <select id="policy-kind" value={draft.kind} onChange={(e) => setDraft(draftFor(e.target.value as ProductKind, versions))}>
          {PRODUCT_KINDS.map((k) => <option key={k} value={k}>{words(k)}</option>)}
        </select>
        <label htmlFor="policy-from">Effective from</label>
        <input id="policy-from" type="date" required value={draft.effectiveFrom} aria-describedby="policy-from-help"
          onChange={(e) => setDraft({ ...draft, effectiveFrom: e.target.value })} />
        <p id="policy-from-help" className="muted">
          Tomorrow at the earliest{latest && <>, and after version {latest.version} ({date(latest.effectiveFrom)})</>}.
        </p>
        <label className="check"><input type="checkbox" checked={draft.cancellable}
          onChange={(e) => setDraft({ ...draft, cancellable: e.target.checked })} />Purchases can be cancelled</label>
        {draft.cancellable && (
          <>
            <label htmlFor="policy-window">Days to cancel</label>
            <input id="policy-window" type="number" required min={1} max={365} value={draft.windowDays}
              onChange={(e) => setDraft({ ...draft, windowDays: e.target.valueAsNumber })} />
            <label htmlFor="policy-refund">Refund</label>
            <select id="policy-refund" value={draft.refundKind} onChange={(e) => setDraft({ ...draft, refundKind: e.target.value as RefundKind })}>
              {REFUND_KINDS.filter((r) => r !== 'NONE').map((r) => <option key={r} value={r}>{words(r)}</option>)}
            </select>
            <details open={currencies.some((c) => !draft.amounts[c]) || undefined}>
              <summary>Support request needed above (one amount in each of {currencies.length} currencies)</summary>
              <div className="choices">
                {currencies.map((c) => (
                  <div key={c}>
                    <label htmlFor={`policy-above-${c}`}>{c}</label>
                    <input id={`policy-above-${c}`} type="number" required min="0" step="0.01" size={10} value={draft.amounts[c] ?? ''}
                      onChange={(e) => setDraft({ ...draft, amounts: { ...draft.amounts, [c]: e.target.value } })} />
                  </div>
                ))}
              </div>
            </details>
          </>
        )}
        {error && <ErrorMessage error={error} />}
        {published && (
          <p className="note" role="status">
            Version {published.version} of the {words(published.kind).toLowerCase()} policy is published, in effect from {date(published.effectiveFrom)}.
          </p>
        )}
        <button type="submit" disabled={busy}>Publish version</button>
      </form>
    </section>
  );
}
