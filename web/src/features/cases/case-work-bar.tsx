import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../api/case-types.js';
import { api } from '../../api/endpoints.js';
import { FormField } from '../../components/form-field.js';
import { ErrorNotice } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { claimText } from './labels.js';

interface WorkBarProps {
  c: CaseDetail;
  userId: string;
  onChanged: () => Promise<void>;
}

/** Claim (a lock that expires), release and escalate; the case is re-read after each. */
export function CaseWorkBar({ c, userId, onChanged }: WorkBarProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [escalating, setEscalating] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const claim = claimText(c.claimed_by, c.claim_expires_at, userId);
  const mine = claim !== null && c.claimed_by === `user:${userId}`;
  const open = c.status !== 'closed';

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      await onChanged();
      setDone(message);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const escalate = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (reason.trim().length < 3) return setReasonError(t('case.escalate.reasonShort'));
    setReasonError(undefined);
    if (await run(() => api.escalate(c.id, reason.trim()), t('case.escalate.done'))) setEscalating(false);
  };

  return (
    <section className="card work-bar" aria-label={t('case.work.label')}>
      <div className="work-bar-row">
        <dl className="work-facts">
          <div><dt>{t('case.work.claim')}</dt><dd>{claim ?? <span className="muted">{t('queue.unclaimed')}</span>}</dd></div>
          <div><dt>{t('queue.col.due')}</dt><dd>{formatDateTime(c.due_at) ?? <span className="muted">{t('common.none')}</span>}</dd></div>
          <div><dt>{t('case.work.knowledge')}</dt><dd>{formatDateTime(c.knowledge_at) ?? <span className="muted">{t('common.none')}</span>}</dd></div>
        </dl>
        {open && (
          <div className="work-actions">
            {!mine && <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(() => api.claim(c.id), t('case.claim.done'))}>{t('case.claim.button')}</button>}
            {mine && <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(() => api.release(c.id), t('case.release.done'))}>{t('case.release.button')}</button>}
            {c.status !== 'escalated' && !escalating && <button type="button" className="button button-secondary" disabled={busy} onClick={() => setEscalating(true)}>{t('case.escalate.button')}</button>}
          </div>
        )}
      </div>
      <p role="status" className="work-status">{done}</p>
      {error !== null && <ErrorNotice error={error} />}
      {escalating && (
        <form className="escalate-form" onSubmit={escalate} noValidate>
          <FormField id="escalate-reason" label={t('case.escalate.reason')} hint={t('case.escalate.hint')} error={reasonError}>
            {(ctl) => <textarea {...ctl} rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>{t('case.escalate.submit')}</button>
            <button type="button" className="button button-secondary" onClick={() => setEscalating(false)}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
