import type { CaseSummary } from '../../api/case-types.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { CaseStatusBadge, categoryLabel, claimText, queueLabel, subjectLabel } from '../cases/labels.js';

function Due({ iso }: { iso: string | null }) {
  if (!iso) return <span className="muted">{t('common.none')}</span>;
  const overdue = new Date(iso).getTime() < Date.now();
  return (
    <>
      <time dateTime={iso}>{formatDateTime(iso)}</time>
      {overdue && <span className="badge badge-overdue">{t('queue.overdue')}</span>}
    </>
  );
}

export function QueueTable({ cases, userId }: { cases: CaseSummary[]; userId: string }) {
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('queue.results')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.col.subject')}</th>
            <th scope="col">{t('queue.col.queue')}</th>
            <th scope="col">{t('queue.col.category')}</th>
            <th scope="col">{t('queue.col.due')}</th>
            <th scope="col">{t('queue.col.opened')}</th>
            <th scope="col">{t('queue.col.claimedBy')}</th>
            <th scope="col">{t('queue.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="cell-main">
                <Link to={paths.case(c.id)}>{subjectLabel(c.subject)}</Link>
                <span className="mono muted">{c.id}</span>
              </th>
              <td>{queueLabel(c.queue)}</td>
              <td>{categoryLabel(c.category) ?? none}</td>
              <td className="nowrap"><Due iso={c.due_at} /></td>
              <td className="nowrap">{formatDateTime(c.opened_at)}</td>
              <td>{claimText(c.claimed_by, c.claim_expires_at, userId) ?? <span className="muted">{t('queue.unclaimed')}</span>}</td>
              <td><CaseStatusBadge value={c.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
