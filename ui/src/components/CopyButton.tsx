import { useState } from 'react';
import { copyToClipboard } from './clipboard';

/** Copies `text` to the clipboard and says so, also to screen readers. */
export function CopyButton({ text, label, what = 'Copied' }: { text: string; label: string; what?: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    setSaid('');
    setSaid((await copyToClipboard(text))
      ? `${what} to the clipboard.`
      : 'Copying is blocked by the browser: select the text and copy it by hand.');
  };
  return (
    <>
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span className="copied" role="status" aria-live="polite">
        {said}
      </span>
    </>
  );
}
