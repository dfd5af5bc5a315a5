import { useState, type FormEvent } from 'react';
import { complaintApi, evidenceHref, type ComplaintDetail, type ComplaintOutcome, type EvidenceFileRef } from '../../api/complaints.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { FieldList } from '../../components/field-list.js';
import { CheckField, FormField } from '../../components/form-field.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatBytes, formatDateTime } from '../../lib/format.js';
import { useRefreshable } from '../../lib/use-refreshable.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { categoryLabel } from '../cases/labels.js';
import { outcomeLabel } from './complaint-queue-page.js';

const MODIFY_ACTIONS = ['demote', 'age_restrict', 'label', 'disable_access', 'monetary_restriction', 'restrict_features'] as const;

function Files({ files }: { files: EvidenceFileRef[] }) {
  if (files.length === 0) return <p className="muted">{t('complaint.review.noFiles')}</p>;
  return (
    <ul className="file-list">
      {files.map((f) => (
        <li key={f.id}><a href={evidenceHref(f.id)} download>{f.file_name ?? f.sha256.slice(0, 12)}</a> <span className="muted small">{f.content_type} · {formatBytes(f.bytes)}</span></li>
      ))}
    </ul>
  );
}

function Original({ c }: { c: ComplaintDetail }) {
  const d = c.decision;
  if (!d) return null;
  return (
    <section className="card" aria-labelledby="original-heading">
      <h2 id="original-heading">{t('complaint.review.original')}</h2>
      <FieldList fields={[
        [t('dispute.decision'), d.case_id ? <Link to={paths.case(d.case_id)} className="mono">{d.id}</Link> : <span className="mono">{d.id}</span>],
        [t('complaint.decisionAction'), d.action],
        [t('complaints.col.category'), categoryLabel(d.category) ?? d.category],
        [t('complaint.review.decidedBy'), `${d.decided_by}${d.second_reviewer ? ` + ${d.second_reviewer}` : ''}`],
        [t('complaint.decidedAt'), formatDateTime(d.decided_at)],
        [t('complaint.review.redressStatus'), c.statement?.redress_status ?? d.status],
      ]} />
      <p className="pre-wrap">{d.explanation}</p>
      {d.legal_ground && <p className="muted small">{d.legal_ground}</p>}
      {c.statement?.trader_message.text && (
        <details>
          <summary>{t('complaint.review.statement')}</summary>
          <pre className="pre-wrap small">{c.statement.trader_message.text}</pre>
        </details>
      )}
      <p className="small"><Link to={paths.statement(d.id)}>{t('complaint.review.statement')}</Link></p>
    </section>
  );
}

function Sides({ c }: { c: ComplaintDetail }) {
  return (
    <div className="detail-grid section">
      <section className="card" aria-labelledby="complainant-heading">
        <h2 id="complainant-heading">{t('complaint.review.complainantSide')}</h2>
        <p className="muted small">{c.complainant_role === 'affected' ? t('complaints.role.affected') : t('complaints.role.notifier')} · {formatDateTime(c.received_at)}</p>
        <p className="pre-wrap">{c.complainant_side.explanation}</p>
        <Files files={c.complainant_side.files} />
      </section>
      <section className="card" aria-labelledby="decision-side-heading">
        <h2 id="decision-side-heading">{t('complaint.review.decisionSide')}</h2>
        {c.decision_side.notices.length === 0 && <p className="muted">{t('complaint.review.noNotices')}</p>}
        {c.decision_side.notices.map((n) => (
          <div key={n.id} className="section">
            <p className="muted small">{n.source_type} · {formatDateTime(n.received_at)}</p>
            <p className="pre-wrap">{n.explanation}</p>
            <Files files={n.files} />
          </div>
        ))}
        {c.decision_side.snapshots[0] && (
          <details>
            <summary>{String(c.decision_side.snapshots[0].content.title ?? c.decision_side.snapshots[0].sha256.slice(0, 12))}</summary>
            <pre className="pre-wrap small">{JSON.stringify(c.decision_side.snapshots[0].content, null, 2)}</pre>
          </details>
        )}
      </section>
    </div>
  );
}

function History({ c }: { c: ComplaintDetail }) {
  return (
    <section className="card section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('complaint.review.history')}</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('complaint.review.history')}</caption>
          <tbody>
            {c.history.map((e) => (
              <tr key={e.seq}>
                <td className="nowrap">{formatDateTime(e.at)}</td>
                <th scope="row" className="mono">{e.type}</th>
                <td className="mono small">{e.subject}</td>
                <td className="small">{e.actor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DecideForm({ c, onDone }: { c: ComplaintDetail; onDone: (outcome: ComplaintOutcome) => Promise<void> }) {
  const [outcome, setOutcome] = useState<ComplaintOutcome>('upheld');
  const [reasons, setReasons] = useState('');
  const [actions, setActions] = useState<string[]>([]);
  const [unfounded, setUnfounded] = useState(false);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const errs = new Map<string, string>();
    if (reasons.trim().length < 20) errs.set('complaint-reasons', t('complaint.error.explanationShort', { min: 20 }));
    if (outcome === 'modified' && actions.length === 0) errs.set('complaint-actions', t('complaint.decide.actions'));
    setErrors(errs);
    if (errs.size) return;
    setBusy(true);
    setFailure(null);
    try {
      await complaintApi.decide(c.id, {
        outcome, reasons: reasons.trim(), ...(outcome === 'modified' ? { modification: { actions } } : {}),
        ...(unfounded && outcome === 'upheld' ? { manifestly_unfounded: { gravity: 'low', intent: 'none_identified', note: reasons.trim() } } : {}),
      });
      await onDone(outcome);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card section" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t('complaint.decide.title')}</h2>
      <ErrorSummary title={t('complaint.errorsTitle')} items={[...errors].map(([target, message]) => ({ target, message }))} attempt={attempt} />
      {failure !== null && <ErrorNotice error={failure} />}
      <fieldset>
        <legend>{t('complaint.decide.outcome')}</legend>
        {(['upheld', 'reversed', 'modified'] as const).map((o) => (
          <label key={o} className="radio">
            <input type="radio" name="complaint-outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`complaint.decide.${o}`)}
          </label>
        ))}
      </fieldset>
      {outcome === 'modified' && (
        <fieldset id="complaint-actions">
          <legend>{t('complaint.decide.actions')}</legend>
          {MODIFY_ACTIONS.map((a) => (
            <label key={a} className="checkbox">
              <input type="checkbox" checked={actions.includes(a)} onChange={(e) => setActions(e.target.checked ? [...actions, a] : actions.filter((x) => x !== a))} /> {a}
            </label>
          ))}
        </fieldset>
      )}
      <FormField id="complaint-reasons" label={t('complaint.decide.reasons')} error={errors.get('complaint-reasons')}>
        {(ctl) => <textarea {...ctl} rows={6} maxLength={5000} value={reasons} onChange={(e) => setReasons(e.target.value)} />}
      </FormField>
      {outcome === 'upheld' && <CheckField id="complaint-unfounded" label={t('complaint.decide.unfounded')} checked={unfounded} onChange={setUnfounded} />}
      <div className="form-actions"><button type="submit" className="button" disabled={busy}>{t('complaint.decide.submit')}</button></div>
    </form>
  );
}

function WorkBar({ c, userId, onChanged }: { c: ComplaintDetail; userId: string; onChanged: () => Promise<void> }) {
  const [error, setError] = useState<unknown>(null);
  const me = `user:${userId}`;
  const run = async (f: () => Promise<unknown>) => {
    setError(null);
    try {
      await f();
      await onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const held = c.claimed_by && c.claim_expires_at && new Date(c.claim_expires_at).getTime() > Date.now();
  return (
    <section className="card work-bar" aria-label={t('complaint.review.claim')}>
      {error !== null && <ErrorNotice error={error} />}
      {c.original_decider === me && <p className="notice notice-info">{t('complaint.review.ownDecision')}</p>}
      {held && c.claimed_by === me && <p>{t('complaint.review.claimedByYou', { time: formatDateTime(c.claim_expires_at) ?? '' })}</p>}
      {held && c.claimed_by !== me && <p>{t('complaint.review.claimedByOther', { who: c.claimed_by ?? '', time: formatDateTime(c.claim_expires_at) ?? '' })}</p>}
      <div className="form-actions">
        {!(held && c.claimed_by === me) && <button type="button" className="button button-secondary" onClick={() => void run(() => complaintApi.claim(c.id))}>{t('complaint.review.claim')}</button>}
        {held && c.claimed_by === me && <button type="button" className="button button-secondary" onClick={() => void run(() => complaintApi.release(c.id))}>{t('complaint.review.release')}</button>}
      </div>
    </section>
  );
}

/** The complaint review screen: original decision and statement, evidence from both sides, history, and the decision. */
export function ComplaintPage({ id, userId }: { id: string; userId: string }) {
  const { res, refresh } = useRefreshable((signal) => complaintApi.complaint(id, signal), id);
  const [done, setDone] = useState<ComplaintOutcome | null>(null);
  if (res.state === 'loading') return <Loading />;
  if (res.state === 'error') return <ErrorNotice error={res.error} onRetry={res.retry} />;
  const c = res.data;
  return (
    <>
      <div className="page-header">
        <PageTitle title={t('complaint.review.title', { reference: c.reference })} />
        <p className="muted">
          {c.complainant_role === 'affected' ? t('complaints.role.affected') : t('complaints.role.notifier')} · {c.basis} · {categoryLabel(c.category) ?? c.category}
          {c.outcome && <> · <strong>{outcomeLabel(c.outcome)}</strong></>}
        </p>
      </div>
      {done && <p className="notice notice-success" role="status">{t('complaint.decide.done', { outcome: outcomeLabel(done) ?? done })}</p>}
      {c.status === 'open' && <WorkBar c={c} userId={userId} onChanged={refresh} />}
      <Original c={c} />
      <Sides c={c} />
      {c.status === 'decided' && c.reasons && (
        <section className="card section">
          <h2>{t('complaint.status.reasons')}</h2>
          <p className="muted small">{c.decided_by} · {formatDateTime(c.decided_at)}</p>
          <p className="pre-wrap">{c.reasons}</p>
        </section>
      )}
      {c.status === 'open' && c.original_decider !== `user:${userId}` && <DecideForm c={c} onDone={async (o) => {
        setDone(o);
        await refresh().catch(() => undefined);
      }} />}
      <History c={c} />
    </>
  );
}
