import { useState, type FormEvent, type ReactNode } from 'react';
import { complaintApi, type ComplaintRole, type Dispute } from '../../api/complaints.js';
import { FormField } from '../../components/form-field.js';
import { ErrorNotice } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { useResource } from '../../lib/use-resource.js';

/** A small form that sends once, shows the API's error (with its field details) and reports back. */
function ActionForm({ title, id, submit, label, children }: { title: string; id: string; submit: () => Promise<unknown>; label: string; children: ReactNode }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await submit();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card section" aria-labelledby={`${id}-heading`} onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 id={`${id}-heading`}>{title}</h2>
      {error !== null && <ErrorNotice error={error} />}
      {children}
      <div className="form-actions"><button type="submit" className="button" disabled={busy}>{label}</button></div>
    </form>
  );
}

/** Registering a dispute a certified body notified (Art. 21): body, its reference, the decision, whose dispute. */
export function RegisterDisputeForm({ onDone }: { onDone: (d: Dispute) => void }) {
  const bodies = useResource((signal) => complaintApi.bodies(signal), 'bodies');
  const [body, setBody] = useState('');
  const [reference, setReference] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [role, setRole] = useState<ComplaintRole>('affected');
  const list = bodies.state === 'ready' ? bodies.data.items : [];
  return (
    <ActionForm title={t('disputes.register.title')} id="register-dispute" label={t('disputes.register.submit')}
      submit={async () => onDone(await complaintApi.registerDispute({ body_id: body || list[0]?.id || '', body_reference: reference.trim(), decision_id: decisionId.trim(), recipient_role: role }))}>
      <FormField id="dispute-body" label={t('disputes.register.body')}>
        {(c) => <select {...c} value={body || list[0]?.id || ''} onChange={(e) => setBody(e.target.value)}>{list.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}</select>}
      </FormField>
      <FormField id="dispute-reference" label={t('disputes.register.reference')}>{(c) => <input {...c} value={reference} onChange={(e) => setReference(e.target.value)} />}</FormField>
      <FormField id="dispute-decision" label={t('disputes.register.decision')}>{(c) => <input {...c} className="mono" value={decisionId} onChange={(e) => setDecisionId(e.target.value)} />}</FormField>
      <FormField id="dispute-role" label={t('disputes.register.role')}>
        {(c) => (
          <select {...c} value={role} onChange={(e) => setRole(e.target.value as ComplaintRole)}>
            <option value="affected">{t('complaints.role.affected')}</option>
            <option value="notifier">{t('complaints.role.notifier')}</option>
          </select>
        )}
      </FormField>
    </ActionForm>
  );
}

const STEPS = ['engaged', 'submission', 'extended', 'refused'] as const;
const OUTCOMES = ['for_recipient', 'partly_for_recipient', 'for_platform', 'withdrawn'] as const;

/** Good-faith steps (ODS-2) and the body's outcome (implemented at once when it favours the recipient). */
export function DisputeActions({ d, onDone }: { d: Dispute; onDone: () => Promise<void> }) {
  const [kind, setKind] = useState<(typeof STEPS)[number]>('engaged');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [same, setSame] = useState('');
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('for_recipient');
  const [summary, setSummary] = useState('');
  const [expenses, setExpenses] = useState('');
  if (d.status !== 'open') return null;
  return (
    <>
      <ActionForm title={t('dispute.step.title')} id="dispute-step" label={t('dispute.step.submit')} submit={async () => {
        await complaintApi.disputeStep(d.id, { kind, note: note.trim(), ...(kind === 'refused' ? { refusal_reason: reason.trim(), same_matter_ref: same.trim() || undefined } : {}) });
        setNote('');
        await onDone();
      }}>
        <FormField id="dispute-step-kind" label={t('dispute.step.kind')}>
          {(c) => <select {...c} value={kind} onChange={(e) => setKind(e.target.value as (typeof STEPS)[number])}>{STEPS.map((s) => <option key={s} value={s}>{t(`dispute.step.${s}`)}</option>)}</select>}
        </FormField>
        <FormField id="dispute-step-note" label={t('dispute.step.note')}>{(c) => <textarea {...c} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}</FormField>
        {kind === 'refused' && (
          <>
            <FormField id="dispute-step-reason" label={t('dispute.step.refusalReason')}>{(c) => <textarea {...c} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}</FormField>
            <FormField id="dispute-step-same" label={t('dispute.step.sameMatter')}>{(c) => <input {...c} className="mono" value={same} onChange={(e) => setSame(e.target.value)} />}</FormField>
          </>
        )}
      </ActionForm>
      <ActionForm title={t('dispute.outcome.title')} id="dispute-outcome" label={t('dispute.outcome.submit')} submit={async () => {
        const cents = Math.round(Number(expenses.replace(',', '.')) * 100);
        await complaintApi.disputeOutcome(d.id, { outcome, summary: summary.trim(), ...(cents > 0 ? { recipient_expenses_cents: cents } : {}) });
        await onDone();
      }}>
        <FormField id="dispute-outcome-outcome" label={t('dispute.outcome.outcome')}>
          {(c) => <select {...c} value={outcome} onChange={(e) => setOutcome(e.target.value as (typeof OUTCOMES)[number])}>{OUTCOMES.map((o) => <option key={o} value={o}>{t(`dispute.outcome.${o}`)}</option>)}</select>}
        </FormField>
        <FormField id="dispute-outcome-summary" label={t('dispute.outcome.summary')}>{(c) => <textarea {...c} rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} />}</FormField>
        <FormField id="dispute-outcome-expenses" label={t('dispute.outcome.expenses')}>{(c) => <input {...c} inputMode="decimal" value={expenses} onChange={(e) => setExpenses(e.target.value)} />}</FormField>
      </ActionForm>
    </>
  );
}
