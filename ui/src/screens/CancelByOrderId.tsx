import { useState, type FormEvent } from 'react';
import { api, type ApiError, type CancellationEligibility, type Customer, type Order } from '../api';
import { Dialog } from '../components/Dialog';
import { ErrorMessage, Loading } from '../components/Status';
import { Eligibility } from './CancelDialog';
import { OrderEffects } from './OrderEffects';

/**
 * Cancel a whole order by its ID, as the document's cancel dialog names orders: type (or pick) the order ID, read
 * whether it can be cancelled, acknowledge, submit. Every line still active is cancelled.
 */
export function CancelByOrderId({ customer, orderId: chosen, onClose, onCancelled }: {
  customer: Customer;
  orderId?: string;
  onClose: () => void;
  onCancelled: () => void;
}) {
  const [orderId, setOrderId] = useState(chosen ?? '');
  const [checked, setChecked] = useState<{ order: Order; answer: CancellationEligibility }>();
  const [acknowledged, setAcknowledged] = useState(false);
  const [state, setState] = useState<{ busy?: boolean; error?: ApiError; cancelled?: Order }>({});
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true });
    setChecked(undefined);
    setAcknowledged(false);
    try {
      const order = await api.order(customer.id, orderId.trim());
      const lineIds = order.lines.filter((l) => l.status === 'ACTIVE').map((l) => l.id);
      setChecked({ order, answer: await api.cancellationEligibility(customer.id, order.id, lineIds) });
      setState({});
    } catch (error) {
      setState({ error: error as ApiError });
    }
  };
  const submit = async () => {
    if (!checked) return;
    setState({ busy: true });
    try {
      const lineIds = checked.order.lines.filter((l) => l.status === 'ACTIVE').map((l) => l.id);
      const cancelled = await api.cancelOrder(customer.id, checked.order.id, lineIds, idempotencyKey);
      setState({ cancelled });
      onCancelled();
    } catch (error) {
      setState({ error: error as ApiError });
    }
  };

  return (
    <Dialog title="Cancel an order" onClose={onClose}>
      {state.cancelled ? (
        <section role="status" className="confirmation">
          <p><strong>Order {state.cancelled.id} is cancelled.</strong> Its keys and download links are being revoked; the
            credit appears on your next monthly invoice.</p>
          <OrderEffects customerId={customer.id} order={state.cancelled} />
          <button type="button" onClick={onClose}>Close</button>
        </section>
      ) : (
        <form className="stack" onSubmit={check}>
          <label htmlFor="cancel-order-id">Order ID</label>
          <input id="cancel-order-id" className="mono" required value={orderId}
            onChange={(e) => { setOrderId(e.target.value); setChecked(undefined); }} />
          <button type="submit" className="secondary" disabled={state.busy}>Check order</button>
          {state.busy && !checked && <Loading what="whether this order can be cancelled" />}
          {checked && (
            <>
              <Eligibility answer={checked.answer} customerId={customer.id} orderId={checked.order.id} />
              <div className="important" role="note">
                <strong>Important:</strong> cancelling revokes every product key and download link of this order, for you
                and for the customer. The customer must stop using and uninstall the software. A credit for the
                cancelled order appears on your next monthly invoice.
              </div>
              <label className="check">
                <input type="checkbox" checked={acknowledged} disabled={!checked.answer.cancellable}
                  onChange={(e) => setAcknowledged(e.target.checked)} />
                I have read the important message about cancelling
              </label>
              <button type="button" disabled={!checked.answer.cancellable || !acknowledged || state.busy} onClick={() => void submit()}>
                Cancel order {checked.order.id}
              </button>
            </>
          )}
          {state.error && <ErrorMessage error={state.error} />}
        </form>
      )}
    </Dialog>
  );
}
