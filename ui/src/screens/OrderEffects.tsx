import { useEffect, useState } from 'react';
import { api, type Effects, type Order } from '../api';
import { money } from '../format';

const POLL_MS = 2000;
const POLL_FOR_MS = 120_000;

/** Settled, or changed so long ago that what has not happened will not happen by waiting here. */
function settled(order: Order): boolean {
  const changedAt = Date.parse(order.cancelledAt ?? order.placedAt);
  return effectsDone(order) || Date.now() - changedAt > 10 * 60_000;
}

function effectsDone(order: Order): boolean {
  const e = order.effects;
  if (!e) return false;
  const cancelled = order.status !== 'PLACED';
  return cancelled ? e.keysRevoked && !!e.creditIssued : e.keysGranted && !!e.chargeRecorded;
}

/** Where the order's effects stand (keys, charge, revocation, credit), refreshed as they happen. */
export function OrderEffects({ customerId, order: initial }: { customerId: string; order: Order }) {
  const [order, setOrder] = useState(initial);
  useEffect(() => setOrder(initial), [initial]);
  useEffect(() => {
    if (settled(order)) return;
    const started = Date.now();
    const timer = window.setInterval(async () => {
      if (Date.now() - started > POLL_FOR_MS) return window.clearInterval(timer);
      try {
        const fresh = await api.order(customerId, order.id);
        setOrder(fresh);
        if (settled(fresh)) window.clearInterval(timer);
      } catch {
        // a passing failure: the next round asks again
      }
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [customerId, order.id, order.status]); // eslint-disable-line react-hooks/exhaustive-deps
  return <EffectList effects={order.effects} cancelled={order.status !== 'PLACED'} />;
}

export function EffectList({ effects, cancelled }: { effects: Effects | null; cancelled: boolean }) {
  const e = effects ?? { keysGranted: false, chargeRecorded: null, keysRevoked: false, creditIssued: null };
  return (
    <ul className="effects" aria-label="Effects of the order" aria-live="polite">
      <Effect done={e.keysGranted} text={e.keysGranted ? 'Keys granted' : 'Granting keys…'} />
      <Effect done={!!e.chargeRecorded} text={e.chargeRecorded ? `Charge recorded: ${money(e.chargeRecorded)}` : 'Recording the charge…'} />
      {cancelled && <Effect done={e.keysRevoked} text={e.keysRevoked ? 'Keys revoked' : 'Revoking keys…'} />}
      {cancelled && <Effect done={!!e.creditIssued} text={e.creditIssued ? `Credit issued: ${money(e.creditIssued)}` : 'Issuing the credit…'} />}
    </ul>
  );
}

function Effect({ done, text }: { done: boolean; text: string }) {
  return (
    <li className={done ? 'done' : 'pending'}>
      <span aria-hidden="true">{done ? '✓' : '…'}</span> {text}
    </li>
  );
}
