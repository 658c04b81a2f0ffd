import { useState } from 'react';

/** Copies `text` to the clipboard and says so, also to screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied to the clipboard.');
    } catch {
      setSaid('Copying is blocked by the browser: select the text and copy it by hand.');
    }
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
