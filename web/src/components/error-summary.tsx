import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the control to jump to. */
  target: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  items: readonly SummaryItem[];
  /** Changes on every submit attempt, so the summary takes focus again. */
  attempt: number;
}

/**
 * The problems of a submitted form, announced at once (`role="alert"`) and focused, each linking
 * to its field; the same messages also stand next to the fields.
 */
export function ErrorSummary({ title, items, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [attempt, shown]);
  return (
    <div aria-live="assertive" className="error-summary-region">
      {shown && (
        <div ref={ref} tabIndex={-1} role="alert" className="notice notice-error error-summary">
          <p className="notice-message">{title}</p>
          <ul className="notice-details">
            {items.map((i) => (
              <li key={`${i.target}:${i.message}`}>
                <a href={`#${i.target}`} onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(i.target)?.focus();
                }}>{i.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
