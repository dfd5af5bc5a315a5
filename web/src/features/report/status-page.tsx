import { useEffect } from 'react';
import { ApiError } from '../../api/client.js';
import { publicApi } from '../../api/endpoints.js';
import type { NoticeStatus } from '../../api/notice-types.js';
import { FieldList } from '../../components/field-list.js';
import { PageTitle } from '../../components/page-title.js';
import { Loading } from '../../components/status.js';
import { getLocale, PUBLIC_LANGUAGE_CODES, t } from '../../i18n/index.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { formatDateTime } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { PublicError } from './public-error.js';

interface StatusPageProps {
  id: string;
  query: URLSearchParams;
  /** Called with the notice's own language when the link names none, so the page speaks it. */
  onLanguageHint: (lang: string) => void;
}

const when = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <span className="muted">{t('status.notYet')}</span>);

function StatusDetails({ s, complaint }: { s: NoticeStatus; complaint?: { id: string; token: string } }) {
  const decided = s.status === 'decided';
  return (
    <>
      <p className={decided ? 'state-banner state-decided' : 'state-banner state-open'}>
        <strong>{decided ? t('status.state.decided') : t('status.state.received')}</strong>
        {s.outcome && <> — {t(`status.outcome.${s.outcome}`)}</>}
      </p>
      <FieldList fields={[
        [t('status.reference'), <strong className="mono">{s.reference}</strong>],
        [t('status.received'), when(s.received_at)],
        [t('status.acknowledged'), when(s.acknowledged_at)],
        [t('status.state'), decided ? t('status.state.decided') : t('status.state.received')],
        [t('status.outcome'), s.outcome ? t(`status.outcome.${s.outcome}`) : t('status.outcome.pending')],
        [t('status.decided'), when(s.decided_at)],
        [t('status.items'), s.locations],
      ]} />
      {decided && <p className="notice notice-info">{t('status.redress')}</p>}
      {decided && complaint && (s.decision_ids ?? []).map((d) => (
        // Art. 20: the notifier's complaint form, one click away; the status token shows the notice is theirs.
        <p key={d}><Link to={paths.complaintNew(new URLSearchParams({ decision: d, notice: complaint.id, token: complaint.token, lang: getLocale() }))}>{t('complaint.fromStatus')}</Link></p>
      ))}
    </>
  );
}

/** The notifier's private view of their notice (`/notices/status/:id?token=…`), in their language. */
export function StatusPage({ id, query, onLanguageHint }: StatusPageProps) {
  const token = query.get('token') ?? '';
  const res = useResource((signal) => publicApi.noticeStatus(id, token, signal), `${id}|${token}`);
  const hint = res.state === 'ready' && !query.get('lang') ? res.data.language : null;
  useEffect(() => {
    if (hint && PUBLIC_LANGUAGE_CODES.includes(hint)) onLanguageHint(hint);
  }, [hint, onLanguageHint]);
  const notFound = res.state === 'error' && res.error instanceof ApiError && (res.error.status === 404 || res.error.status === 400);
  return (
    <section className="card public-card">
      <div className="page-header">
        <PageTitle title={t('status.title')} />
      </div>
      {!token && <p className="notice notice-error" role="alert">{t('status.noToken')}</p>}
      {token && res.state === 'loading' && <Loading label={t('public.loading')} />}
      {token && notFound && <p className="notice notice-error" role="alert">{t('status.notFound')}</p>}
      {token && res.state === 'error' && !notFound && <PublicError error={res.error} onRetry={res.retry} />}
      {res.state === 'ready' && <StatusDetails s={res.data} complaint={{ id, token }} />}
    </section>
  );
}
