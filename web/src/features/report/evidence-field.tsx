import { useRef } from 'react';
import { FieldError } from '../../components/form-field.js';
import { t } from '../../i18n/index.js';
import { formatBytes } from '../../lib/format.js';
import { EVIDENCE_TYPES, fileProblem, ids } from './notice-model.js';

interface EvidenceFieldProps {
  files: File[];
  error?: string;
  optional: string;
  onFiles: (files: File[]) => void;
}

/** Evidence files: chosen with the browser's own file picker (keyboard and screen-reader friendly), listed with a remove button each. */
export function EvidenceField({ files, error, optional, onFiles }: EvidenceFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const add = (list: FileList | null) => {
    const picked = Array.from(list ?? []);
    const known = new Set(files.map((f) => `${f.name}:${f.size}`));
    onFiles([...files, ...picked.filter((f) => !known.has(`${f.name}:${f.size}`))]);
    if (input.current) input.current.value = '';
  };
  return (
    <div className={error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={ids.evidence}>{t('report.evidence')}<span className="optional"> ({optional})</span></label>
      <p id={`${ids.evidence}-hint`} className="hint">{t('report.evidenceHint')}</p>
      {error && <FieldError id={ids.evidence} message={error} />}
      <input ref={input} id={ids.evidence} type="file" multiple accept={[...EVIDENCE_TYPES, '.jpg', '.jpeg', '.png', '.gif', '.webp', '.pdf', '.txt'].join(',')}
        aria-describedby={[error ? `${ids.evidence}-error` : '', `${ids.evidence}-hint`].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined} onChange={(e) => add(e.target.files)} />
      {files.length > 0 && (
        <ul className="file-list">
          {files.map((f, i) => (
            <li key={`${f.name}:${f.size}`} className={fileProblem(f) ? 'file-bad' : undefined}>
              <span className="file-name break">{f.name}</span>
              <span className="muted small">{formatBytes(f.size)}</span>
              <button type="button" className="button button-secondary button-small" onClick={() => onFiles(files.filter((_, j) => j !== i))}>
                {t('report.evidenceRemove', { name: f.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
