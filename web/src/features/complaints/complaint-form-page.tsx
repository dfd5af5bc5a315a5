import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { complaintPublicApi, type ComplaintReceipt, type ComplaintRole } from '../../api/complaints.js';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.js';
import { FieldList } from '../../components/field-list.js';
import { FormField } from '../../components/form-field.js';
import { PageTitle } from '../../components/page-title.js';
import { Loading } from '../../components/status.js';
import { t } from '../../i18n/index.js';
import { formatDateTime } from '../../lib/format.js';
import { useResource } from '../../lib/use-resource.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { EvidenceField } from '../report/evidence-field.js';
import { fileProblem, ids as reportIds, newIdempotencyKey, readBase64 } from '../report/notice-model.js';
import { PublicError } from '../report/public-error.js';

/** The form's limits; the API checks the same (CH-2). */
const EXPLANATION = { min: 20, max: 5000 } as const;
const ids = { explanation: 'complaint-explanation', evidence: reportIds.evidence } as const;

interface LinkParams { decision: string; role: ComplaintRole; token: string; notice?: string }

function linkOf(query: URLSearchParams): LinkParams | null {
  const decision = query.get('decision') ?? '';
  const token = query.get('token') ?? '';
  const notice = query.get('notice') ?? undefined;
  if (!decision || !token) return null;
  return { decision, token, notice, role: notice ? 'notifier' : 'affected' };
}

function Received({ r, lang }: { r: ComplaintReceipt; lang: string }) {
  const href = paths.complaintStatus(r.id, r.status_token, lang);
  return (
    <div className="notice notice-success" role="status">
      <h2>{t('complaint.received.title')}</h2>
      <p>{t('complaint.received.body', { reference: r.reference, date: formatDateTime(r.received_at) ?? r.received_at })}</p>
      <p><Link to={href} className="break">{window.location.origin}{href}</Link></p>
    </div>
  );
}

function ComplaintForm({ link, lang, onReceipt, onClosed }: { link: LinkParams; lang: string; onReceipt: (r: ComplaintReceipt) => void; onClosed: (day: string) => void }) {
  const [explanation, setExplanation] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [key] = useState(newIdempotencyKey);

  const validate = () => {
    const e = new Map<string, string>();
    if (explanation.trim().length < EXPLANATION.min) e.set(ids.explanation, t('complaint.error.explanationShort', { min: EXPLANATION.min }));
    const bad = files.map(fileProblem).find(Boolean);
    if (bad) e.set(ids.evidence, bad);
    return e;
  };

  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    setAttempt((n) => n + 1);
    setFailure(null);
    const e = validate();
    setErrors(e);
    if (e.size > 0) return;
    setSending(true);
    try {
      const evidence = await Promise.all(files.map(async (f) => ({ file_name: f.name.slice(0, 200), data_base64: await readBase64(f) })));
      const r = await complaintPublicApi.submit({ decision_id: link.decision, role: link.role, token: link.token, notice_id: link.notice, explanation: explanation.trim(), language: lang, evidence }, key);
      onReceipt(r);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'complaint_window_closed') {
        onClosed(/\d{4}-\d{2}-\d{2}/.exec(err.details[0]?.problem ?? '')?.[0] ?? '');
      } else if (err instanceof ApiError && err.status === 400 && err.details.length > 0) {
        // The API names each field at fault; place its problems next to the fields.
        const m = new Map<string, string>();
        for (const d of err.details) m.set(d.path.startsWith('evidence') ? ids.evidence : ids.explanation, d.problem);
        setErrors(m);
      } else {
        setFailure(err);
      }
    } finally {
      setSending(false);
    }
  };

  const summary: SummaryItem[] = [...errors].map(([target, message]) => ({ target, message }));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary title={t('complaint.errorsTitle')} items={summary} attempt={attempt} />
      {failure !== null && <PublicError error={failure} />}
      <FormField id={ids.explanation} label={t('complaint.explanation')} hint={t('complaint.explanationHint')} error={errors.get(ids.explanation)}>
        {(c) => <textarea {...c} rows={8} maxLength={EXPLANATION.max} value={explanation} onChange={(e) => setExplanation(e.target.value)} />}
      </FormField>
      <p className="muted small">{t('report.count', { count: explanation.length, max: EXPLANATION.max })}</p>
      <EvidenceField files={files} error={errors.get(ids.evidence)} optional={t('public.optional')} onFiles={setFiles} />
      <p className="hint">{t('complaint.evidenceHint')}</p>
      <div className="form-actions">
        <button type="submit" className="button" disabled={sending}>{sending ? t('complaint.sending') : t('complaint.submit')}</button>
      </div>
    </form>
  );
}

/**
 * The complaint form (Art. 20, CH-2), one click from the trader's statement of reasons or the
 * notifier's status page: the link carries the decision and the token that shows it is theirs.
 */
export function ComplaintFormPage({ query, lang }: { query: URLSearchParams; lang: string }) {
  const link = linkOf(query);
  const res = useResource((signal) => (link ? complaintPublicApi.context({ decision_id: link.decision, role: link.role, token: link.token, notice_id: link.notice }, signal) : Promise.reject(new ApiError(404, 'not_found', 'no link'))), query.toString());
  const [receipt, setReceipt] = useState<ComplaintReceipt | null>(null);
  const [closedOn, setClosedOn] = useState<string | null>(null);
  const badLink = !link || (res.state === 'error' && res.error instanceof ApiError && (res.error.status === 404 || res.error.status === 400));
  const ctx = res.state === 'ready' ? res.data : null;
  const closed = closedOn ?? (ctx && !ctx.window_open ? ctx.window_last_day : null);
  return (
    <section className="card public-card">
      <div className="page-header">
        <PageTitle title={t('complaint.title')} />
        <p className="muted">{t('complaint.intro')}</p>
      </div>
      {badLink && <p className="notice notice-error" role="alert">{t('complaint.badLink')}</p>}
      {link && res.state === 'loading' && <Loading label={t('public.loading')} />}
      {!badLink && res.state === 'error' && <PublicError error={res.error} onRetry={res.retry} />}
      {ctx && (
        <>
          <h2>{t('complaint.about')}</h2>
          <FieldList fields={[
            [t('complaint.decisionRef'), <span className="mono">{ctx.decision.id}</span>],
            [t('complaint.decisionAction'), ctx.decision.action],
            [t('complaint.decidedAt'), formatDateTime(ctx.decision.decided_at)],
            [t('complaint.windowUntil'), <time dateTime={ctx.window_closes_at}>{ctx.window_last_day}</time>],
          ]} />
          <p>{ctx.role === 'affected' ? t('complaint.role.affected') : t('complaint.role.notifier')}</p>
          {closed && <p className="notice notice-error" role="alert">{t('complaint.closed', { date: closed })}</p>}
          {receipt && <Received r={receipt} lang={lang} />}
          {!closed && !receipt && link && <ComplaintForm link={link} lang={lang} onReceipt={setReceipt} onClosed={setClosedOn} />}
        </>
      )}
    </section>
  );
}
