import { t, tn } from '../i18n/index.js';
import type { Paged } from '../lib/use-paged.js';
import { ErrorNotice } from './status.js';

/** The count of shown rows, a "Load more" button while the cursor has more, and paging errors. */
export function LoadMore<T>({ paged }: { paged: Paged<T> }) {
  const { items, loading, error, hasMore, loadMore, retry } = paged;
  return (
    <div className="load-more">
      <p className="muted" role="status">
        {items.length > 0 && tn(hasMore || loading ? 'common.showing' : 'common.showingAll', items.length)}
      </p>
      {error !== null && items.length > 0 && <ErrorNotice error={error} onRetry={retry} />}
      {hasMore && error === null && (
        <button type="button" className="button button-secondary" onClick={loadMore} disabled={loading} aria-busy={loading}>
          {loading ? t('common.loadingMore') : t('common.loadMore')}
        </button>
      )}
    </div>
  );
}
