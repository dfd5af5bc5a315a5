import type { CaseDecision } from '../../api/case-types.js';
import { EmptyState } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { actionsLabel, groundLabel } from '../decisions/decision-labels.js';
import { categoryLabel, DecisionStatusBadge } from './labels.js';

/** The decisions taken on this case so far, each with its statement of reasons. */
export function CaseDecisions({ decisions }: { decisions: CaseDecision[] }) {
  return (
    <section className="section card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('case.decisions.title')}</h2>
      {decisions.length === 0 ? <EmptyState>{t('case.decisions.none')}</EmptyState> : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('case.decisions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.decisions.action')}</th>
                <th scope="col">{t('case.decisions.ground')}</th>
                <th scope="col">{t('case.decisions.category')}</th>
                <th scope="col">{t('case.decisions.decided')}</th>
                <th scope="col">{t('case.decisions.status')}</th>
                <th scope="col">{t('case.decisions.statement')}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{actionsLabel(d.action)}</th>
                  <td>{groundLabel(d.ground)}</td>
                  <td>{categoryLabel(d.category)}</td>
                  <td className="nowrap">{formatDateTime(d.decided_at)}</td>
                  <td><DecisionStatusBadge value={d.status} /></td>
                  <td>
                    {d.status === 'pending_approval' && <span className="muted">{t('case.decisions.awaitsApproval')}</span>}
                    {d.status === 'rejected' && (
                      <span className="muted">{t('case.decisions.notApproved', { reason: d.rejection?.reason ?? '' })}</span>
                    )}
                    {d.status !== 'pending_approval' && d.status !== 'rejected' && <Link to={paths.statement(d.id)}>{t('case.decisions.viewStatement')}</Link>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
