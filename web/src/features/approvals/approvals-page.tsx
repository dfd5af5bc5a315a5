import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { api } from '../../api/endpoints.js';
import type { PendingApproval } from '../../api/work-types.js';
import { FieldList } from '../../components/field-list.js';
import { FormField } from '../../components/form-field.js';
import { PageTitle } from '../../components/page-title.js';
import { EmptyState, ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { useRefreshable } from '../../lib/use-refreshable.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { categoryLabel } from '../cases/labels.js';

const actionLabel = (a: string) => a.split('+').map((x) => t(`decision.action.${x}` as Parameters<typeof t>[0])).join(', ');
const groundLabel = (d: PendingApproval) => (d.ground === 'DECISION_GROUND_ILLEGAL_CONTENT' ? `${t('decision.ground.illegal')}: ${d.legal_ground ?? ''}` : `${t('decision.ground.incompatible')}: ${d.clause ?? ''}`);

function ApprovalCard({ d, onDone }: { d: PendingApproval; onDone: (message: string) => Promise<void> }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const reasonId = `reject-reason-${d.id}`;

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      await onDone(message);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const reject = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (reason.trim().length < 10) {
      setReasonError(t('approvals.v.reason'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setReasonError(undefined);
    await run(() => api.rejectDecision(d.id, reason.trim()), t('approvals.rejected', { id: d.id }));
  };

  return (
    <article className="card section approval" aria-label={`${actionLabel(d.action)} — ${d.subject.id}`}>
      <h2 className="notice-entry-head">
        <span>{actionLabel(d.action)}</span>
        <span className="mono muted small">{d.id}</span>
      </h2>
      <FieldList fields={[
        [t('approvals.item'), d.subject.kind === 'listing' ? <Link to={paths.listing(d.subject.id)}>{d.subject.id}</Link> : `${d.subject.kind}:${d.subject.id}`],
        [t('approvals.case'), d.case_id ? <Link to={paths.case(d.case_id)}>{t('approvals.openCase')}</Link> : null],
        [t('approvals.ground'), groundLabel(d)],
        [t('case.notice.category'), categoryLabel(d.category)],
        [t('approvals.scope'), d.territorial_scope.join(', ')],
        [t('approvals.until'), formatDateTime(d.ends_at)],
        [t('approvals.decidedBy'), d.decided_by],
        [t('approvals.decidedAt'), formatDateTime(d.decided_at)],
      ]} />
      <h3 className="evidence-heading">{t('approvals.explanation')}</h3>
      <blockquote className="prose explanation">{d.explanation}</blockquote>
      {failure !== null && <ErrorNotice error={failure} />}
      {!rejecting && (
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(() => api.approveDecision(d.id), t('approvals.approved', { id: d.id }))}>{t('approvals.approve')}</button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => setRejecting(true)}>{t('approvals.reject')}</button>
        </div>
      )}
      {rejecting && (
        <form noValidate onSubmit={reject}>
          <FormField id={reasonId} label={t('approvals.rejectReason')} hint={t('approvals.rejectHint')} error={reasonError}>
            {(c) => <textarea {...c} aria-required rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>{t('approvals.rejectConfirm')}</button>
            <button type="button" className="button button-secondary" onClick={() => setRejecting(false)}>{t('approvals.cancel')}</button>
          </div>
        </form>
      )}
    </article>
  );
}

/** The second reviewer's work list: severe decisions waiting for approval (four-eyes principle). */
export function ApprovalsPage() {
  const { res, refresh } = useRefreshable((signal) => api.pendingApprovals(signal), 'approvals');
  const [message, setMessage] = useState<string | null>(null);
  const forbidden = res.state === 'error' && res.error instanceof ApiError && res.error.status === 403;
  return (
    <>
      <PageTitle title={t('approvals.title')} />
      <p className="muted">{t('approvals.intro')}</p>
      <p role="status" className="work-status">{message}</p>
      {res.state === 'loading' && <Loading />}
      {forbidden && <EmptyState>{t('approvals.forbidden')}</EmptyState>}
      {res.state === 'error' && !forbidden && <ErrorNotice error={res.error} onRetry={res.retry} />}
      {res.state === 'ready' && res.data.items.length === 0 && <EmptyState>{t('approvals.none')}</EmptyState>}
      {res.state === 'ready' && res.data.items.map((d) => (
        <ApprovalCard key={d.id} d={d} onDone={async (m) => {
          setMessage(m);
          await refresh().catch(() => undefined);
        }} />
      ))}
    </>
  );
}
