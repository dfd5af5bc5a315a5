import { useState } from 'react';
import type { CaseDetail, DecisionResult } from '../../api/case-types.js';
import { api } from '../../api/endpoints.js';
import { TraderStatusBadge } from '../../components/badges.js';
import { FieldList } from '../../components/field-list.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { useRefreshable } from '../../lib/use-refreshable.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { DecisionForm } from '../decisions/decision-form.js';
import { DecisionResultNotice } from '../decisions/decision-result.js';
import { AuthorityReport } from './authority-report.js';
import { CaseDecisions } from './case-decisions.js';
import { CaseNotices } from './case-notices.js';
import { CaseSnapshot } from './case-snapshot.js';
import { CaseWorkBar } from './case-work-bar.js';
import { ReturnedNotice } from './returned-notice.js';
import { CaseStatusBadge, categoryLabel, queueLabel, subjectLabel } from './labels.js';
import { useScreening } from './use-screening.js';

function TraderCard({ c }: { c: CaseDetail }) {
  const tr = c.trader;
  return (
    <section className="card" aria-labelledby="trader-heading">
      <h2 id="trader-heading">{t('case.trader.title')}</h2>
      {!tr ? <p className="muted">{t('case.trader.none')}</p> : (
        <>
          <FieldList fields={[
            [t('trader.field.displayName'), <Link to={paths.trader(tr.id)}>{tr.display_name}</Link>],
            [t('trader.field.legalName'), tr.legal_name],
            [t('trader.field.country'), tr.country],
            [t('trader.field.status'), <TraderStatusBadge value={tr.status} />],
          ]} />
          <p className="small"><Link to={paths.trader(tr.id)}>{t('case.trader.history')}</Link></p>
        </>
      )}
    </section>
  );
}

function CaseView({ c, userId, refresh }: { c: CaseDetail; userId: string; refresh: () => Promise<void> }) {
  const [result, setResult] = useState<DecisionResult | null>(null);
  const signals = useScreening(c.subject.kind === 'listing' ? c.subject.id : null);
  const title = typeof c.snapshots[0]?.content.title === 'string' ? c.snapshots[0].content.title : c.item?.title ?? subjectLabel(c.subject);
  return (
    <>
      <div className="page-header">
        <div className="page-header-row">
          <PageTitle title={title} />
          <CaseStatusBadge value={c.status} />
        </div>
        <p className="muted case-meta">
          {subjectLabel(c.subject)} · {t('case.meta.queue', { queue: queueLabel(c.queue) })}
          {c.category && <> · {categoryLabel(c.category)}</>} · <span className="mono">{c.id}</span>
        </p>
      </div>
      <CaseWorkBar key={c.status} c={c} userId={userId} onChanged={refresh} />
      {result && <DecisionResultNotice result={result} />}
      {c.status !== 'closed' && !result && <ReturnedNotice decisions={c.decisions} userId={userId} />}
      <div className="detail-grid section">
        <CaseSnapshot c={c} signals={signals} />
        <div className="detail-side">
          <CaseNotices caseId={c.id} notices={c.notices} />
          <TraderCard c={c} />
        </div>
      </div>
      <CaseDecisions decisions={c.decisions} />
      {c.status !== 'closed' && (
        <DecisionForm caseId={c.id} category={c.category} cluster={c.subject.kind === 'listing'} onDecided={async (r) => {
          setResult(r);
          await refresh().catch(() => undefined);
          window.scrollTo({ top: 0 });
        }} />
      )}
      <AuthorityReport caseId={c.id} />
    </>
  );
}

/** One case: the item as the buyer saw it, the notices and evidence, the trader, the decisions, the decision form. */
export function CasePage({ id, userId }: { id: string; userId: string }) {
  const { res, refresh } = useRefreshable((signal) => api.case(id, signal), id);
  return (
    <>
      <p className="breadcrumb"><Link to={paths.queue()}>← {t('common.back', { page: t('nav.queue') })}</Link></p>
      {res.state === 'loading' && <Loading />}
      {res.state === 'error' && (
        <>
          <PageTitle title={id} />
          <ErrorNotice error={res.error} onRetry={res.retry} />
        </>
      )}
      {res.state === 'ready' && <CaseView c={res.data} userId={userId} refresh={refresh} />}
    </>
  );
}
