import { useEffect } from 'react';
import { api } from '../../api/endpoints.js';
import { LoadMore } from '../../components/load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { usePaged } from '../../lib/use-paged.js';
import { QueueFiltersForm, queueFromQuery, queueToQuery, rememberQueues } from './queue-filters.js';
import { QueueTable } from './queue-table.js';

/** The reviewer's work list: cases in the order the API ranks them (urgency, then due date, then age). */
export function QueuePage({ query, userId }: { query: URLSearchParams; userId: string }) {
  const filters = queueFromQuery(query);
  const key = queueToQuery(filters).toString();
  const paged = usePaged((cursor, signal) => api.cases(filters, cursor, signal), key);
  const queues = paged.items.map((c) => c.queue).join('|');
  useEffect(() => rememberQueues(queues ? queues.split('|') : []), [queues]);
  return (
    <>
      <div className="page-header">
        <PageTitle title={t('queue.title')} />
        <p className="muted">{t('queue.intro')}</p>
      </div>
      <QueueFiltersForm key={key} initial={filters} />
      <section className="section" aria-label={t('queue.results')}>
        {paged.items.length === 0 && paged.loading && <Loading />}
        {paged.items.length === 0 && !paged.loading && paged.error !== null && <ErrorNotice error={paged.error} onRetry={paged.retry} />}
        {paged.items.length === 0 && !paged.loading && paged.error === null && <EmptyState>{t('queue.empty')}</EmptyState>}
        {paged.items.length > 0 && <QueueTable cases={paged.items} userId={userId} />}
        {paged.items.length > 0 && <LoadMore paged={paged} />}
      </section>
    </>
  );
}
