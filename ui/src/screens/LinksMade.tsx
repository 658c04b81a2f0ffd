import { useState } from 'react';
import { api, ApiError, type MadeLink } from '../api';
import { dateTime } from '../format';
import { useAsync } from '../components/useAsync';
import { ErrorMessage, Loaded } from '../components/Status';
import { ColumnHeads } from '../components/ColumnHeads';

/**
 * "Links made" in the keys dialog: every link made for the item, newest first, each with "Revoke link" for the one
 * sent to the wrong person. Revoking asks first, since the person who should have the link loses it too.
 * `latest` is the link this dialog made last, so the list shows it as soon as it exists.
 */
export function LinksMade({ entitlementId, latest }: { entitlementId: string; latest?: string }) {
  const links = useAsync(() => api.downloadLinks(entitlementId), [entitlementId, latest]);
  return (
    <section aria-labelledby="links-made-title" className="links-made">
      <h3 id="links-made-title">Links made</h3>
      <Loaded state={links} what="links" empty={(made) => made.length === 0 && 'No links made yet.'}>
        {(made) => (
          <table>
            <caption className="visually-hidden">Download links made for this item, newest first</caption>
            <ColumnHeads names={['Build', 'Made by', 'Works until', 'State', 'Actions']} />
            <tbody>
              {made.map((link) => (
                <LinkRow key={link.linkId} link={link} onRevoked={links.reload} />
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
      {links.data?.length === 100 && <p className="muted">The newest 100 links are shown.</p>}
    </section>
  );
}

function LinkRow({ link, onRevoked }: { link: MadeLink; onRevoked: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const revoke = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.revokeDownloadLink(link.entitlementId, link.linkId);
      setConfirming(false);
      onRevoked();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr data-testid="made-link" data-link={link.linkId} data-state={link.state}>
      <td data-label="Build">{link.version} {link.language} {link.bitness}</td>
      <td data-label="Made by">{link.createdBy}<div className="muted">{dateTime(link.createdAt)}</div></td>
      <td data-label="Works until">{dateTime(link.expiresAt)}</td>
      <td data-label="State" data-testid="made-link-state"><State link={link} /></td>
      <td data-label="Actions" className="actions">
        {link.state !== 'REVOKED' && !confirming && (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>Revoke link</button>
        )}
        {confirming && (
          <div role="group" aria-label="Confirm revoking this link">
            <p>Revoke this link? Whoever has it can no longer use it; other links and the key keep working.</p>
            <button type="button" className="danger" onClick={revoke} disabled={busy}>Yes, revoke link</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Keep link
            </button>
          </div>
        )}
        {error && <ErrorMessage error={error} />}
      </td>
    </tr>
  );
}

function State({ link }: { link: MadeLink }) {
  if (link.state === 'REVOKED') {
    return (
      <span className="badge cancelled">
        Revoked {dateTime(link.revokedAt)}{link.revokedBy ? ` by ${link.revokedBy}` : ' with the purchase'}
      </span>
    );
  }
  if (link.state === 'EXPIRED') return <span className="badge">Expired</span>;
  return <span className="badge active">Works</span>;
}
