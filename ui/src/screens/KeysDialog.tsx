import { useRef, useState } from 'react';
import { api, ApiError, type DownloadLink, type Entitlement } from '../api';
import { bytes, dateTime } from '../format';
import { Dialog } from '../components/Dialog';
import { CopyButton } from '../components/CopyButton';
import { copyToClipboard } from '../components/clipboard';
import { ErrorMessage } from '../components/Status';
import { LinksMade } from './LinksMade';

/** "Get keys and downloads": choose version, language and bitness; Get Key, Download, Copy Link; the links made, each revocable. */
export function KeysDialog({ entitlement, onClose }: { entitlement: Entitlement; onClose: () => void }) {
  const builds = entitlement.downloads;
  const [wanted, setWanted] = useState({ version: '', language: '', bitness: '' });
  // each choice narrows the next; a choice the narrower list no longer has falls back to its first option
  const versions = unique(builds.map((b) => b.version));
  const version = pick(wanted.version, versions);
  const languages = unique(builds.filter((b) => b.version === version).map((b) => b.language));
  const language = pick(wanted.language, languages);
  const bitnesses = unique(builds.filter((b) => b.version === version && b.language === language).map((b) => b.bitness));
  const bitness = pick(wanted.bitness, bitnesses);
  const build = builds.find((b) => b.version === version && b.language === language && b.bitness === bitness);

  const [key, setKey] = useState<string>();
  // copied: undefined for the link a Download made, true or false for the one Copy Link made
  const [link, setLink] = useState<DownloadLink & { copied?: boolean }>();
  const linkInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  // one Idempotency-Key per link wanted: a click tried again after a failure answers the link the first may have made;
  // a link made, or another build chosen, starts a new key
  const [linkKey, setLinkKey] = useState(() => crypto.randomUUID());

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const choose = (build: typeof wanted) => {
    setWanted(build);
    setLinkKey(crypto.randomUUID());
  };
  const getKey = () => run(async () => setKey((await api.productKey(entitlement.id)).productKey));
  const newLink = async () => {
    const created = await api.downloadLink(entitlement.id, { version, language, bitness }, linkKey);
    setLinkKey(crypto.randomUUID());
    return created;
  };
  const download = () => run(async () => {
    const created = await newLink();
    setLink({ ...created });
    startDownload(created);
  });
  const copyLink = () => run(async () => {
    const creating = newLink();
    // the copy starts within the click and the link follows; it is shown once it is on the clipboard
    const copying = copyToClipboard(creating.then((l) => l.url));
    const created = await creating;
    const copied = await copying;
    setLink({ ...created, copied });
    // not copied: the link is selected, ready for Ctrl+C
    if (!copied) window.setTimeout(() => linkInput.current?.focus());
  });

  return (
    <Dialog title={`Keys and downloads: ${entitlement.productName}`} onClose={onClose}>
      {builds.length > 0 && (
        <fieldset className="choices">
          <legend>Build</legend>
          <Choice id="version" label="Version" value={version} options={versions} onChange={(v) => choose({ ...wanted, version: v })} />
          <Choice id="language" label="Language" value={language} options={languages} onChange={(v) => choose({ ...wanted, language: v })} />
          <Choice id="bitness" label="Bit" value={bitness} options={bitnesses} onChange={(v) => choose({ ...wanted, bitness: v })} />
          {build && <p className="muted">{build.fileName}, {bytes(build.sizeBytes)}</p>}
        </fieldset>
      )}
      <div className="actions">
        <button type="button" onClick={getKey} disabled={busy}>Get Key</button>
        {builds.length > 0 && <button type="button" onClick={download} disabled={busy || !build}>Download</button>}
        {builds.length > 0 && <button type="button" className="secondary" onClick={copyLink} disabled={busy || !build}>Copy Link</button>}
      </div>
      {error && <ErrorMessage error={error} />}
      {key && (
        <section aria-labelledby="key-title" className="result">
          <h3 id="key-title">Product key</h3>
          <output className="key mono" data-testid="product-key">{key}</output>
          <CopyButton text={key} label="Copy key" />
          <p className="muted">Reading a key is recorded in the partner's activity log.</p>
        </section>
      )}
      {link && (
        <section aria-labelledby="link-title" className="result">
          <h3 id="link-title">Download link</h3>
          <label htmlFor="download-link">Link</label>
          <p className="muted" role="status" data-testid="link-status" data-link={link.linkId}>
            {link.copied === true && <strong>Link copied to the clipboard. </strong>}
            {link.copied === false && <strong>The browser did not let us copy: the link is selected, press Ctrl+C (⌘C). </strong>}
            Works without signing in until {dateTime(link.expiresAt)}.
          </p>
          <input id="download-link" ref={linkInput} readOnly value={link.url}
            onFocus={(e) => e.target.select()} />
          <CopyButton text={link.url} label="Copy again" what="Link copied" />
          <p className="muted">SHA-256 <span className="mono">{link.sha256}</span>. Anyone with the link can download until it expires, it is revoked below, or the purchase is cancelled.</p>
        </section>
      )}
      {builds.length > 0 && <LinksMade entitlementId={entitlement.id} latest={link?.linkId} />}
    </Dialog>
  );
}

function Choice({ id, label, value, options, onChange }: {
  id: string; label: string; value: string; options: string[]; onChange: (v: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </div>
  );
}

function pick(wanted: string, options: string[]): string {
  return options.includes(wanted) ? wanted : options[0] ?? '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The link is same-origin (through the gateway), so the browser saves it under the file's name. */
function startDownload(link: DownloadLink) {
  const anchor = document.createElement('a');
  anchor.href = link.url;
  anchor.download = link.fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}
