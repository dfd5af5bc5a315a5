import { ApiError } from '../../api/client.js';
import { complaintPublicApi, type ComplaintStatus } from '../../api/complaints.js';
import { FieldList } from '../../components/field-list.js';
import { PageTitle } from '../../components/page-title.js';
import { Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime, safeHref } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { PublicError } from '../report/public-error.js';

/** ODS-1: certified out-of-court bodies, easy to reach from every complaint outcome. */
export function OutOfCourt({ info }: { info: ComplaintStatus['out_of_court'] }) {
  return (
    <section aria-labelledby="ods-heading" className="section">
      <h2 id="ods-heading">{t('complaint.ods.title')}</h2>
      <p>{t('complaint.ods.intro')}</p>
      <p><a href={safeHref(info.url) ?? '#'} rel="noopener noreferrer" target="_blank">{t('complaint.ods.list')}</a></p>
      {info.bodies.length > 0 && (
        <ul className="plain-list">
          {info.bodies.map((b) => (
            <li key={b.id}>
              <a href={safeHref(b.url) ?? '#'} rel="noopener noreferrer" target="_blank">{b.name}</a>
              <span className="muted small"> · {b.member_states.join(', ')} · {t('complaint.ods.languages', { languages: b.languages.join(', ') })} · {b.fee_note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The complainant's private view (`/complaints/status/:id?token=…`): status, reasoned outcome, out-of-court bodies. */
export function ComplaintStatusPage({ id, query }: { id: string; query: URLSearchParams }) {
  const token = query.get('token') ?? '';
  const res = useResource((signal) => complaintPublicApi.status(id, token, signal), `${id}|${token}`);
  const notFound = !token || (res.state === 'error' && res.error instanceof ApiError && (res.error.status === 404 || res.error.status === 400));
  const s = res.state === 'ready' ? res.data : null;
  return (
    <section className="card public-card">
      <div className="page-header"><PageTitle title={t('complaint.status.title')} /></div>
      {notFound && <p className="notice notice-error" role="alert">{t('complaint.status.notFound')}</p>}
      {token && res.state === 'loading' && <Loading label={t('public.loading')} />}
      {!notFound && res.state === 'error' && <PublicError error={res.error} onRetry={res.retry} />}
      {s && (
        <>
          <p className={s.status === 'decided' ? 'state-banner state-decided' : 'state-banner state-open'}>
            <strong>{s.status === 'decided' ? t('complaint.status.decided') : t('complaint.status.open')}</strong>
            {s.outcome && <> — {t(`complaint.status.outcome.${s.outcome}`)}</>}
          </p>
          <FieldList fields={[
            [t('complaint.status.reference'), <strong className="mono">{s.reference}</strong>],
            [t('complaint.status.received'), formatDateTime(s.received_at)],
            [t('complaint.status.state'), s.status === 'decided' ? t('complaint.status.decided') : t('complaint.status.open')],
          ]} />
          {s.reasons && (
            <section aria-labelledby="reasons-heading">
              <h2 id="reasons-heading">{t('complaint.status.reasons')}</h2>
              <p className="pre-wrap">{s.reasons}</p>
            </section>
          )}
          <OutOfCourt info={s.out_of_court} />
        </>
      )}
    </section>
  );
}
