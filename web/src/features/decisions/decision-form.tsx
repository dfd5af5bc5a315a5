import { useState, type FormEvent } from 'react';
import type { DecisionResult } from '../../api/case-types.js';
import { ApiError } from '../../api/client.js';
import { api } from '../../api/endpoints.js';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.js';
import { ErrorNotice } from '../../components/status.js';
import { t, tn } from '../../i18n/index.js';
import { ClusterFields } from './decision-cluster-fields.js';
import { GroundFields } from './decision-ground-fields.js';
import { decisionServerErrors, emptyDecision, toDecisionInput, validateDecision, type DecisionDraft, type FieldErrors } from './decision-model.js';
import { ScopeFields } from './decision-scope-fields.js';

interface DecisionFormProps {
  caseId: string;
  /** The case's category, offered as the starting choice. */
  category: string | null;
  /** The case is on a listing: offer its cluster (same trader, image, text) for the same decision. */
  cluster?: boolean;
  onDecided: (result: DecisionResult) => Promise<void>;
}

const summaryOf = (errors: FieldErrors): SummaryItem[] => [...errors].map(([target, message]) => ({ target, message }));

/** The decision form: everything the statement of reasons needs, checked before it can be sent. */
export function DecisionForm({ caseId, category, cluster = false, onDecided }: DecisionFormProps) {
  const [draft, setDraft] = useState<DecisionDraft>(() => emptyDecision(category));
  const [attempt, setAttempt] = useState(0);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [server, setServer] = useState<FieldErrors>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof DecisionDraft>(key: K, value: DecisionDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setServer(new Map());
  };
  const errors: FieldErrors = new Map([...(attempt > 0 ? validateDecision(draft) : []), ...server]);
  // The summary lists the problems of the last attempt that are still there.
  const open = summary.filter((i) => errors.has(i.target)).map((i) => ({ target: i.target, message: errors.get(i.target) ?? i.message }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const found = validateDecision(draft);
    setAttempt((n) => n + 1);
    setServer(new Map());
    setFailure(null);
    setSummary(summaryOf(found));
    if (found.size > 0) return;
    setBusy(true);
    try {
      const result = await api.decide(caseId, toDecisionInput(draft));
      await onDecided(result);
    } catch (err) {
      const placed = err instanceof ApiError ? decisionServerErrors(err.details) : { fields: new Map<string, string>(), other: [] };
      setServer(placed.fields);
      setSummary(summaryOf(placed.fields));
      if (placed.fields.size === 0 || placed.other.length > 0) setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section card decision-card" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t('decision.title')}</h2>
      <p className="muted">{t('decision.intro')}</p>
      <form className="decision-form" noValidate onSubmit={submit}>
        <ErrorSummary title={tn('decision.errors', open.length)} items={open} attempt={attempt} />
        <GroundFields d={draft} errors={errors} set={set} />
        <ScopeFields d={draft} errors={errors} set={set} />
        {cluster && <ClusterFields caseId={caseId} d={draft} set={set} />}
        {failure !== null && <ErrorNotice error={failure} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" disabled={busy} aria-busy={busy}>
            {busy ? t('decision.submitting') : t('decision.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
