import type { CaseNotice } from '../../api/case-types.js';
import { api } from '../../api/endpoints.js';
import { FieldList } from '../../components/field-list.js';
import { t, tn } from '../../i18n/index.js';
import { formatBytes, formatDateTime, hashPrefix } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { categoryLabel, noticeReference } from './labels.js';

/** A notice's evidence files (names, types, sizes and digests), each downloadable through the case (checked against its digest). */
function NoticeEvidence({ caseId, noticeId }: { caseId: string; noticeId: string }) {
  const res = useResource((signal) => api.notice(noticeId, signal), noticeId);
  if (res.state === 'loading') return <p className="muted small">{t('app.loading')}</p>;
  if (res.state === 'error') return <p className="muted small">{t('case.evidence.unavailable')}</p>;
  const files = res.data.evidence;
  if (files.length === 0) return <p className="muted small">{t('case.evidence.none')}</p>;
  return (
    <ul className="file-list" aria-label={tn('case.evidence.files', files.length)}>
      {files.map((f) => (
        <li key={f.id}>
          <a className="file-name break" href={`/api/v1/cases/${caseId}/evidence/${f.id}`} download={f.file_name} aria-label={t('case.evidence.download', { name: f.file_name })}>{f.file_name}</a>
          <span className="muted small">{f.content_type} · {formatBytes(f.bytes)}</span>
          <span className="mono muted small" title={f.sha256}>{hashPrefix(f.sha256)}</span>
        </li>
      ))}
    </ul>
  );
}

const sourceLabel = (n: CaseNotice) => (n.source_type === 'SOURCE_TRUSTED_FLAGGER' ? t('case.notice.trusted', { id: n.trusted_flagger_id ?? '' }) : t('case.notice.public'));

export function CaseNotices({ caseId, notices }: { caseId: string; notices: CaseNotice[] }) {
  return (
    <section className="card" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{tn('case.notices.title', notices.length)}</h2>
      {notices.length === 0 && <p className="muted">{t('case.notices.none')}</p>}
      {notices.map((n) => (
        <article key={n.id} className="notice-entry" aria-label={noticeReference(n.id)}>
          <h3 className="notice-entry-head">
            <span className="mono">{noticeReference(n.id)}</span>
            <span className="badge badge-source">{sourceLabel(n)}</span>
          </h3>
          <blockquote className="prose explanation" lang={n.language ?? undefined}>{n.explanation}</blockquote>
          <FieldList fields={[
            [t('case.notice.received'), formatDateTime(n.received_at)],
            [t('case.notice.category'), categoryLabel(n.category)],
            [t('case.notice.memberStates'), n.member_states.join(', ')],
            [t('case.notice.legalGround'), n.legal_ground],
            [t('case.notice.language'), n.language],
          ]} />
          <h4 className="evidence-heading">{t('case.evidence.title')}</h4>
          <NoticeEvidence caseId={caseId} noticeId={n.id} />
        </article>
      ))}
    </section>
  );
}
