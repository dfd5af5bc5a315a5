import { api } from '../../api/endpoints.js';
import { TraderStatusBadge } from '../../components/badges.js';
import { LoadMore } from '../../components/load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { usePaged } from '../../lib/use-paged.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { TraderFiltersForm, tradersFromQuery, tradersToQuery } from './trader-filters.js';

export function TradersPage({ query }: { query: URLSearchParams }) {
  const filters = tradersFromQuery(query);
  const key = tradersToQuery(filters).toString();
  const paged = usePaged((cursor, signal) => api.traders(filters, cursor, signal), key);
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <>
      <div className="page-header">
        <PageTitle title={t('traders.title')} />
        <p className="muted">{t('traders.intro')}</p>
      </div>
      <TraderFiltersForm key={key} initial={filters} />
      <section className="section" aria-label={t('traders.results')}>
        {paged.items.length === 0 && paged.loading && <Loading />}
        {paged.items.length === 0 && !paged.loading && paged.error !== null && <ErrorNotice error={paged.error} onRetry={paged.retry} />}
        {paged.items.length === 0 && !paged.loading && paged.error === null && <EmptyState>{t('traders.empty')}</EmptyState>}
        {paged.items.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('traders.results')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trader.field.displayName')}</th>
                  <th scope="col">{t('trader.field.legalName')}</th>
                  <th scope="col">{t('trader.field.country')}</th>
                  <th scope="col">{t('trader.field.status')}</th>
                  <th scope="col">{t('trader.field.updatedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {paged.items.map((tr) => (
                  <tr key={tr.id}>
                    <th scope="row" className="cell-main">
                      <Link to={paths.trader(tr.id)}>{tr.display_name}</Link>
                      <span className="mono muted">{tr.id}</span>
                    </th>
                    <td>{tr.legal_name ?? none}</td>
                    <td>{tr.country ?? none}</td>
                    <td><TraderStatusBadge value={tr.status} /></td>
                    <td className="nowrap">{formatDateTime(tr.updated_at) ?? none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {paged.items.length > 0 && <LoadMore paged={paged} />}
      </section>
    </>
  );
}
