import { complaintApi, type Dispute } from '../../api/complaints.js';
import { FieldList } from '../../components/field-list.js';
import { PageTitle } from '../../components/page-title.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime, safeHref } from '../../lib/format.js';
import { useRefreshable } from '../../lib/use-refreshable.js';
import { useResource } from '../../lib/use-resource.js';
import { navigate } from '../../router/navigation.js';
import { DisputeActions, RegisterDisputeForm } from './dispute-forms.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';

const ref = (d: Dispute) => `${d.body_id} ${d.body_reference}`;
const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency}`;

/** Out-of-court disputes (Art. 21): soonest due first, overdue ones marked. */
export function DisputesPage() {
  const res = useResource((signal) => complaintApi.disputes('', signal), 'all');
  return (
    <>
      <div className="page-header">
        <PageTitle title={t('disputes.title')} />
        <p className="muted">{t('disputes.intro')}</p>
      </div>
      {res.state === 'loading' && <Loading />}
      {res.state === 'error' && <ErrorNotice error={res.error} onRetry={res.retry} />}
      {res.state === 'ready' && res.data.items.length === 0 && <EmptyState>{t('disputes.empty')}</EmptyState>}
      {res.state === 'ready' && res.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('disputes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('disputes.col.dispute')}</th>
                <th scope="col">{t('disputes.col.body')}</th>
                <th scope="col">{t('disputes.col.due')}</th>
                <th scope="col">{t('disputes.col.status')}</th>
                <th scope="col">{t('disputes.col.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {res.data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="cell-main"><Link to={paths.dispute(d.id)}>{d.body_reference}</Link><span className="mono muted">{d.decision_id}</span></th>
                  <td>{d.body_id}</td>
                  <td className="nowrap">{formatDateTime(d.due_at)}{d.overdue && <span className="badge badge-overdue">{t('disputes.overdue')}</span>}</td>
                  <td>{d.status}</td>
                  <td>{d.outcome ?? <span className="muted">{t('common.none')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RegisterDisputeForm onDone={(d) => navigate(paths.dispute(d.id))} />
    </>
  );
}

/** One dispute: its body, deadline, good-faith steps, outcome and implementation, fees (Art. 21(5)). */
export function DisputePage({ id }: { id: string }) {
  const { res, refresh } = useRefreshable((signal) => complaintApi.dispute(id, signal), id);
  if (res.state === 'loading') return <Loading />;
  if (res.state === 'error') return <ErrorNotice error={res.error} onRetry={res.retry} />;
  const d = res.data;
  return (
    <>
      <div className="page-header"><PageTitle title={t('dispute.title', { reference: ref(d) })} /></div>
      <section className="card">
        <FieldList fields={[
          [t('disputes.col.body'), d.body ? <a href={safeHref(d.body.url) ?? '#'} rel="noopener noreferrer" target="_blank">{d.body.name}</a> : d.body_id],
          [t('dispute.decision'), <Link to={paths.statement(d.decision_id)} className="mono">{d.decision_id}</Link>],
          [t('complaints.col.received'), formatDateTime(d.received_at)],
          [t('disputes.col.due'), <>{formatDateTime(d.due_at)}{d.extended ? ' (180)' : ' (90)'}{d.overdue && <span className="badge badge-overdue">{t('disputes.overdue')}</span>}</>],
          [t('disputes.col.status'), d.status],
          [t('disputes.col.outcome'), d.outcome ?? t('common.none')],
          [t('dispute.implemented'), d.implemented === null ? t('common.none') : d.implemented ? formatDateTime(d.implemented_at) : 'no'],
        ]} />
        {d.outcome_summary && <p className="pre-wrap">{d.outcome_summary}</p>}
        {d.refusal_reason && <p className="pre-wrap">{d.refusal_reason}</p>}
      </section>
      <section className="card section" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('dispute.steps')}</h2>
        <ul className="plain-list">
          {d.engagement_steps.map((s, i) => <li key={i}><strong>{s.kind}</strong> · {formatDateTime(s.at)} · {s.by}<br />{s.note}</li>)}
        </ul>
      </section>
      <DisputeActions d={d} onDone={refresh} />
      <section className="card section" aria-labelledby="payments-heading">
        <h2 id="payments-heading">{t('dispute.payments')}</h2>
        <ul className="plain-list">
          {d.payments.map((p) => <li key={p.id}>{p.kind}: {p.payer} → {p.payee}, {money(p.amount_cents, p.currency)} · {p.status}{p.paid_at ? ` ${formatDateTime(p.paid_at)}` : ''}</li>)}
        </ul>
      </section>
    </>
  );
}
