import type { ReactNode } from 'react';
import { t } from '../i18n/index.js';
import { describeError, isRetryable } from '../lib/errors.js';

export function Loading({ label = t('app.loading') }: { label?: string }) {
  return (
    <p className="status status-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error the person should notice: announced at once, with a retry when one makes sense. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { message, details } = describeError(error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-message">{message}</p>
      {details.length > 0 && (
        <ul className="notice-details">
          {details.map((d) => <li key={d}>{d}</li>)}
        </ul>
      )}
      {onRetry && isRetryable(error) && <button type="button" className="button button-secondary" onClick={onRetry}>{t('error.retry')}</button>}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="status status-empty">{children}</p>;
}
