import { ApiError } from '../../api/client.js';
import { api } from '../../api/endpoints.js';
import { FieldList } from '../../components/field-list.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { categoryLabel, DecisionStatusBadge, subjectLabel } from '../cases/labels.js';
import { actionsLabel, groundLabel, scopeLabel } from '../decisions/decision-labels.js';
import { TdbStatementView, TraderStatementView } from './statement-view.js';
import { SubmissionView } from './submission-view.js';

/** No statement is owed for some decisions (no action, Art. 9 orders, Art. 17(2)): that is an answer, not a failure. */
const orNull = <T,>(p: Promise<T>): Promise<T | null> => p.catch((e: unknown) => {
  if (e instanceof ApiError && e.status === 404) return null;
  throw e;
});

/** One decision with its statement of reasons, as the trader gets it and as the Transparency Database gets it. */
export function StatementPage({ decisionId }: { decisionId: string }) {
  const res = useResource((signal) => Promise.all([
    api.decision(decisionId, signal), orNull(api.traderStatement(decisionId, signal)), orNull(api.statement(decisionId, signal)),
    orNull(api.statementSubmission(decisionId, signal)),
  ]), decisionId);
  if (res.state === 'loading') return <Loading />;
  if (res.state === 'error') return <><PageTitle title={t('statement.title')} /><ErrorNotice error={res.error} onRetry={res.retry} /></>;
  const [d, trader, tdb, submission] = res.data;
  return (
    <>
      {d.case_id && <p className="breadcrumb"><Link to={paths.case(d.case_id)}>← {t('statement.backToCase')}</Link></p>}
      <div className="page-header">
        <div className="page-header-row">
          <PageTitle title={t('statement.title')} />
          <DecisionStatusBadge value={d.status} />
        </div>
        <p className="muted">{subjectLabel(d.subject)} · {t('statement.puid')} <span className="mono">{d.id}</span></p>
      </div>
      <section className="card" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('statement.decision')}</h2>
        <FieldList fields={[
          [t('case.decisions.action'), actionsLabel(d.action)],
          [t('case.decisions.ground'), groundLabel(d.ground)],
          [t('case.decisions.category'), categoryLabel(d.category)],
          [t('decision.scope'), scopeLabel(d.territorial_scope)],
          [t('case.decisions.decided'), formatDateTime(d.decided_at)],
          [t('statement.endsAt'), formatDateTime(d.ends_at) ?? t('statement.indefinite')],
          [t('statement.effectConfirmed'), formatDateTime(d.effect_confirmed_at) ?? (d.effect_due_at ? t('statement.effectDue', { due: formatDateTime(d.effect_due_at) ?? '' }) : null)],
        ]} />
      </section>
      {!trader && !tdb && <p className="notice notice-info section">{t('statement.none')}</p>}
      {submission && <SubmissionView s={submission} />}
      <div className="detail-grid section">
        {trader && <TraderStatementView s={trader} />}
        {tdb && <TdbStatementView s={tdb} />}
      </div>
    </>
  );
}
