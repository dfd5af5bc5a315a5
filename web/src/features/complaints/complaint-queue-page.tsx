import { complaintApi, type ComplaintSummary } from '../../api/complaints.js';
import { LoadMore } from '../../components/load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { usePaged } from '../../lib/use-paged.js';
import { Link } from '../../router/link.js';
import { navigate } from '../../router/navigation.js';
import { paths } from '../../router/routes.js';
import { categoryLabel } from '../cases/labels.js';

export const outcomeLabel = (o: string | null) => (o === 'upheld' || o === 'reversed' || o === 'modified' ? t(`complaint.outcome.${o}`) : null);

function Table({ items }: { items: ComplaintSummary[] }) {
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('complaints.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('complaints.col.complaint')}</th>
            <th scope="col">{t('complaints.col.role')}</th>
            <th scope="col">{t('complaints.col.category')}</th>
            <th scope="col">{t('complaints.col.received')}</th>
            <th scope="col">{t('complaints.col.claimedBy')}</th>
            <th scope="col">{t('complaints.col.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="cell-main"><Link to={paths.complaint(c.id)}>{c.reference}</Link><span className="mono muted">{c.decision_id}</span></th>
              <td>{c.complainant_role === 'affected' ? t('complaints.role.affected') : t('complaints.role.notifier')}</td>
              <td>{categoryLabel(c.category) ?? c.category}</td>
              <td className="nowrap">{formatDateTime(c.received_at)}</td>
              <td>{c.claimed_by ?? none}</td>
              <td>{outcomeLabel(c.outcome) ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The complaint queue (Art. 20): open complaints oldest first, with a status filter in the URL. */
export function ComplaintQueuePage({ query }: { query: URLSearchParams }) {
  const status = query.get('status') ?? 'open';
  const paged = usePaged((cursor, signal) => complaintApi.complaints(status === 'all' ? '' : status, cursor, signal), status);
  return (
    <>
      <div className="page-header">
        <PageTitle title={t('complaints.title')} />
        <p className="muted">{t('complaints.intro')}</p>
      </div>
      <div className="filters">
        <label htmlFor="complaint-status">{t('complaints.filter.status')}</label>
        <select id="complaint-status" value={status} onChange={(e) => navigate(paths.complaints(new URLSearchParams({ status: e.target.value })))}>
          <option value="open">{t('complaints.filter.open')}</option>
          <option value="decided">{t('complaints.filter.decided')}</option>
          <option value="all">{t('complaints.filter.all')}</option>
        </select>
      </div>
      {paged.loading && paged.items.length === 0 && <Loading />}
      {paged.error !== null && <ErrorNotice error={paged.error} onRetry={paged.retry} />}
      {paged.items.length > 0 && <Table items={paged.items} />}
      {!paged.loading && paged.error === null && paged.items.length === 0 && <EmptyState>{t('complaints.empty')}</EmptyState>}
      <LoadMore paged={paged} />
    </>
  );
}
