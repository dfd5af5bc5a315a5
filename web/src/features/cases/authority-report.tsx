import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints.js';
import type { AuthorityReportResult } from '../../api/work-types.js';
import { FormField } from '../../components/form-field.js';
import { ErrorNotice } from '../../components/status.js';
import { MEMBER_STATES } from '../../domain/taxonomy.js';
import { t } from '../../i18n/index.js';
import { countryName, formatDateTime } from '../../lib/format.js';

const ids = { authority: 'a18-authority', memberState: 'a18-member-state', reason: 'a18-reason' } as const;

/**
 * Art. 18: a suspicion of a criminal offence threatening life or safety goes to the competent
 * authority at once, with its own record (an escalation row and `escalation.forwarded` in the ledger).
 */
export function AuthorityReport({ caseId }: { caseId: string }) {
  const [open, setOpen] = useState(false);
  const [authority, setAuthority] = useState('');
  const [memberState, setMemberState] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<AuthorityReportResult | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const found = new Map<string, string>();
    if (authority.trim().length < 2) found.set(ids.authority, t('art18.v.authority'));
    if (!memberState) found.set(ids.memberState, t('art18.v.memberState'));
    if (reason.trim().length < 10) found.set(ids.reason, t('art18.v.reason'));
    setErrors(found);
    setFailure(null);
    if (found.size > 0) {
      document.getElementById([...found.keys()][0]!)?.focus();
      return;
    }
    setBusy(true);
    try {
      setDone(await api.reportToAuthority(caseId, { authority: authority.trim(), member_state: memberState, reason: reason.trim() }));
      setOpen(false);
      setAuthority('');
      setMemberState('');
      setReason('');
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section card" aria-labelledby="art18-heading">
      <h2 id="art18-heading">{t('art18.title')}</h2>
      <p className="muted">{t('art18.intro')}</p>
      <p role="status">{done ? t('art18.done', { id: done.id, at: formatDateTime(done.forwarded_at) ?? done.forwarded_at }) : ''}</p>
      {!open && <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>{t('art18.open')}</button>}
      {open && (
        <form noValidate onSubmit={submit} aria-label={t('art18.title')}>
          <div className="form-row">
            <FormField id={ids.authority} label={t('art18.authority')} hint={t('art18.authorityHint')} error={errors.get(ids.authority)}>
              {(c) => <input {...c} aria-required maxLength={300} value={authority} onChange={(e) => setAuthority(e.target.value)} />}
            </FormField>
            <FormField id={ids.memberState} label={t('art18.memberState')} error={errors.get(ids.memberState)}>
              {(c) => (
                <select {...c} aria-required value={memberState} onChange={(e) => setMemberState(e.target.value)}>
                  <option value="">{t('decision.choose')}</option>
                  {MEMBER_STATES.map((m) => <option key={m} value={m}>{m} {countryName(m)}</option>)}
                </select>
              )}
            </FormField>
          </div>
          <FormField id={ids.reason} label={t('art18.reason')} hint={t('art18.reasonHint')} error={errors.get(ids.reason)}>
            {(c) => <textarea {...c} aria-required rows={4} maxLength={5000} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </FormField>
          {failure !== null && <ErrorNotice error={failure} />}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>{busy ? t('art18.submitting') : t('art18.submit')}</button>
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>{t('art18.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
