import type { StatementSubmission } from '../../api/case-types.js';
import { FieldList } from '../../components/field-list.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';

const STATUSES = ['pending', 'submitted', 'rejected', 'not_required'];

/**
 * The statement's submission to the Transparency Database (Art. 24(5), SOR-4). In the demo it goes
 * to a local sandbox emulator: the page says so, so nobody takes it for the EU database.
 */
export function SubmissionView({ s }: { s: StatementSubmission }) {
  const status = STATUSES.includes(s.status) ? t(`statement.submission.status.${s.status}` as MessageKey) : s.status;
  return (
    <section className="card section" aria-labelledby="submission-heading" data-target={s.target}>
      <h2 id="submission-heading">{t('statement.submission.title')}</h2>
      {s.target === 'local_sandbox_emulator' && (
        <p className="notice notice-info" data-testid="sandbox-note"><strong>{t('statement.submission.sandbox')}</strong> {t('statement.submission.sandboxBody')}</p>
      )}
      {s.target === 'not_configured' && s.required && <p className="notice notice-info">{t('statement.submission.notConfigured')}</p>}
      <FieldList fields={[
        [t('statement.submission.state'), <span className={`badge badge-submission-${s.status}`}>{status}</span>],
        [t('statement.submission.at'), formatDateTime(s.submitted_at)],
        [t('statement.submission.uuid'), s.tdb_uuid ? <span className="mono">{s.tdb_uuid}</span> : null],
        [t('statement.submission.attempts'), String(s.attempts)],
        [t('statement.submission.error'), s.last_error],
      ]} />
    </section>
  );
}
