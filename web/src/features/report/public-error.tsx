import { ApiError, NETWORK_ERROR } from '../../api/client.js';
import { t } from '../../i18n/index.js';
import { isRetryable } from '../../lib/errors.js';

/** An error in the public pages' language: the API's own messages are English, so only known cases are translated. */
export function publicErrorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.code === NETWORK_ERROR) return t('public.error.network');
    if (e.status === 429) return t('public.error.rateLimited');
    if (e.status >= 500) return t('public.error.server');
    return t('public.error.other', { message: e.message });
  }
  return t('public.error.other', { message: e instanceof Error ? e.message : String(e) });
}

export function PublicError({ error, details = [], onRetry }: { error: unknown; details?: readonly string[]; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-message">{publicErrorMessage(error)}</p>
      {details.length > 0 && <ul className="notice-details">{details.map((d) => <li key={d}>{d}</li>)}</ul>}
      {onRetry && isRetryable(error) && <button type="button" className="button button-secondary" onClick={onRetry}>{t('public.retry')}</button>}
    </div>
  );
}
