import { useRef, useState } from 'react';
import { bytes } from '../format';

export const MAX_FILES = 3;
export const MAX_BYTES = 2 * 1024 * 1024;
const TYPES: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', txt: 'text/plain', log: 'text/plain',
};
const ACCEPT = ['.pdf', '.png', '.jpg', '.jpeg', '.txt', ...new Set(Object.values(TYPES))].join(',');

/** The type order-service accepts for the file (by its type, else its extension), or undefined. */
function typeOf(file: File): string | undefined {
  if (Object.values(TYPES).includes(file.type)) return file.type;
  return file.type ? undefined : TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''];
}

/** Files for a support request, checked as order-service checks them: PDF, PNG, JPEG or text, 2 MiB each, three at most. */
export function Attachments({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const add = (chosen: FileList | null) => {
    const refused: string[] = [];
    const accepted: File[] = [];
    for (const file of Array.from(chosen ?? [])) {
      const type = typeOf(file);
      if (!type) refused.push(`${file.name} is not a PDF, PNG, JPEG or text file.`);
      else if (file.size > MAX_BYTES) refused.push(`${file.name} is ${bytes(file.size)}: a file may be 2 MB at most.`);
      else if (file.size === 0) refused.push(`${file.name} is empty.`);
      else if (files.length + accepted.length >= MAX_FILES) refused.push(`${file.name} was not added: ${MAX_FILES} files at most.`);
      // a file without a type (some systems give .txt none) is sent with the one its extension names
      else accepted.push(file.type === type ? file : new File([file], file.name, { type }));
    }
    setProblems(refused);
    onChange([...files, ...accepted]);
    if (input.current) input.current.value = ''; // the same file may be chosen again after removing it
  };
  return (
    <fieldset>
      <legend>Attachments (optional)</legend>
      <p id="attachments-help" className="muted">Up to {MAX_FILES} files: PDF, PNG, JPEG or plain text, 2 MB each.</p>
      <label htmlFor="support-attachments">Add files</label>
      <input id="support-attachments" ref={input} type="file" multiple accept={ACCEPT} aria-describedby="attachments-help"
        disabled={files.length >= MAX_FILES} onChange={(e) => add(e.target.files)} />
      {problems.length > 0 && (
        <ul className="field-error" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
      )}
      {files.length > 0 && (
        <ul className="files" aria-label="Files to send">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} data-testid="attachment">
              {f.name} <span className="muted">({bytes(f.size)})</span>{' '}
              <button type="button" className="link" aria-label={`Remove ${f.name}`}
                onClick={() => onChange(files.filter((_, j) => j !== i))}>Remove</button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
