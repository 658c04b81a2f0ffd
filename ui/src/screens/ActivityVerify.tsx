import { useState } from 'react';
import { api, type ActivityQuery, type Verification } from '../api';
import { dateTime } from '../format';
import { ErrorMessage, Loading } from '../components/Status';

const WHY: Record<string, string> = {
  CONTENT_CHANGED: 'the entry was changed after it was written.',
  BROKEN_LINK: 'the entry does not follow the one before it: an entry was changed, inserted or removed.',
  MISSING_ENTRIES: 'entries before it are missing: they were deleted.',
  CHECKPOINT_MISMATCH: 'a signed checkpoint no longer matches: entries were rewritten together with their hashes.',
  CHECKPOINT_NOT_AUTHENTIC: "a checkpoint's signature does not verify with the platform's key.",
  CHECKPOINT_KEY_UNKNOWN:
    'a checkpoint was signed with a key the platform does not know (a signing key was changed without keeping the old one).',
};

/** "Verify": recomputes the log's hash chain over the period and says whether it is as it was written. */
export function ActivityVerify({ period }: { period: Pick<ActivityQuery, 'from' | 'to'> }) {
  const [state, setState] = useState<{ answer?: Verification; error?: Error; busy?: boolean }>({});
  const verify = async () => {
    setState({ busy: true });
    try {
      setState({ answer: await api.activityLogVerify(period) });
    } catch (e) {
      setState({ error: e as Error });
    }
  };
  return (
    <section aria-labelledby="verify-title" className="card verify">
      <h2 id="verify-title">Verify the log</h2>
      <p className="muted">
        Checks every entry of the period, whatever the filters, against the chain of hashes and the platform's signed
        checkpoints: a changed, inserted or deleted entry shows here.
      </p>
      <button type="button" className="secondary" onClick={verify} disabled={state.busy}>Verify</button>
      {state.busy && <Loading what="the verification" />}
      {state.error && <ErrorMessage error={state.error} retry={verify} />}
      {state.answer && <Verdict answer={state.answer} />}
    </section>
  );
}

function Verdict({ answer }: { answer: Verification }) {
  const counted = `${answer.entriesChecked} ${answer.entriesChecked === 1 ? 'entry' : 'entries'} and ${answer.checkpointsChecked} signed ${answer.checkpointsChecked === 1 ? 'checkpoint' : 'checkpoints'} checked`;
  if (answer.intact) {
    return (
      <p className="verdict ok" role="status" data-testid="verification" data-intact="true">
        <span aria-hidden="true">✓ </span><strong>The log verifies:</strong> it is as it was written ({counted}).
      </p>
    );
  }
  const at = answer.firstBreak;
  return (
    <div className="verdict broken" role="alert" data-testid="verification" data-intact="false" data-reason={at?.reason}>
      <p><span aria-hidden="true">✗ </span><strong>The log does not verify.</strong> {counted} before the first break.</p>
      {at && (
        <p>
          First break at position {at.chainSeq}{at.entryId !== null && <> (entry {at.entryId}{at.occurredAt && <>, {dateTime(at.occurredAt)}</>})</>}:{' '}
          {WHY[at.reason] ?? at.reason}
        </p>
      )}
      <p>Keep this result and contact platform support: the entries from there on cannot be relied on.</p>
    </div>
  );
}
