import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { publicApi } from '../../api/endpoints.js';
import type { NoticeReceipt } from '../../api/notice-types.js';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.js';
import { CheckField, FormField } from '../../components/form-field.js';
import { CHOSEN_CATEGORIES, isChosenCategory } from '../../domain/taxonomy.js';
import { t, tn } from '../../i18n/index.js';
import { DetailsFields } from './details-fields.js';
import { EvidenceField } from './evidence-field.js';
import { LocationFields } from './location-fields.js';
import { ids, LIMITS, newIdempotencyKey, readBase64, serverErrors, toNoticeInput, validateNotice, type FieldErrors, type NoticeDraft } from './notice-model.js';
import { PublicError } from './public-error.js';

interface NoticeFormProps {
  initial: NoticeDraft;
  lang: string;
  onReceipt: (receipt: NoticeReceipt, email: string | null) => void;
}

const summaryOf = (errors: FieldErrors): SummaryItem[] => [...errors].map(([target, message]) => ({ target, message }));

/** The notice form (Art. 16(2)): one screen, only the statutory elements, checked as the API checks them. */
export function NoticeForm({ initial, lang, onReceipt }: NoticeFormProps) {
  const [draft, setDraft] = useState<NoticeDraft>(initial);
  const [attempt, setAttempt] = useState(0);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [server, setServer] = useState<FieldErrors>(new Map());
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);

  const update = <K extends keyof NoticeDraft>(key: K, value: NoticeDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setServer(new Map());
  };
  // Fields are checked live once the person has tried to send, so a fixed problem disappears at once.
  const errors: FieldErrors = new Map([...(attempt > 0 ? validateNotice(draft) : []), ...server]);
  // The summary lists the problems of the last attempt that are still there.
  const open = summary.filter((i) => errors.has(i.target)).map((i) => ({ target: i.target, message: errors.get(i.target) ?? i.message }));
  const optional = t('public.optional');

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const found = validateNotice(draft);
    setAttempt((n) => n + 1);
    setServer(new Map());
    setFailure(null);
    setSummary(summaryOf(found));
    if (found.size > 0) return;
    setBusy(true);
    let locationIds: string[] = [];
    try {
      const evidence = await Promise.all(draft.files.map(async (f) => ({ file_name: f.name.slice(0, 200), data_base64: await readBase64(f) })));
      const built = toNoticeInput(draft, lang, evidence);
      locationIds = built.locationIds;
      onReceipt(await publicApi.submitNotice(built.input, idempotencyKey), built.input.notifier?.email ?? null);
    } catch (err) {
      const placed = err instanceof ApiError ? serverErrors(err.details, locationIds, draft.files.map((f) => f.name)) : { fields: new Map<string, string>(), other: [] };
      setServer(placed.fields);
      setSummary(summaryOf(placed.fields));
      if (placed.fields.size === 0 || placed.other.length > 0) setFailure({ error: err, details: placed.other });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id={ids.form} className="notice-form" noValidate onSubmit={submit}>
      <ErrorSummary title={tn('report.errors', open.length)} items={open} attempt={attempt} />
      <fieldset className="form-section">
        <legend>{t('report.section.where')}</legend>
        <LocationFields item={draft.item} urls={draft.urls} errors={errors} onUrls={(urls) => update('urls', urls)} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('report.section.why')}</legend>
        <FormField id={ids.category} label={t('report.category')} optional={optional} error={errors.get(ids.category)}>
          {(c) => (
            <select {...c} value={draft.category} onChange={(e) => update('category', isChosenCategory(e.target.value) ? e.target.value : '')}>
              <option value="">{t('report.categoryNone')}</option>
              {CHOSEN_CATEGORIES.map((k) => ({ k, label: t(`category.${k}`) })).sort((a, b) => a.label.localeCompare(b.label)).map(({ k, label }) => (
                <option key={k} value={k}>{label}</option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={ids.explanation} label={t('report.explanation')} hint={t('report.explanationHint')} error={errors.get(ids.explanation)}>
          {(c) => (
            <>
              <textarea {...c} rows={6} aria-required value={draft.explanation} maxLength={LIMITS.explanationMax}
                onChange={(e) => update('explanation', e.target.value)} />
              <p className="hint counter">{t('report.count', { count: draft.explanation.trim().length, max: LIMITS.explanationMax.toLocaleString(lang) })}</p>
            </>
          )}
        </FormField>
        <EvidenceField files={draft.files} error={errors.get(ids.evidence)} optional={optional} onFiles={(files) => update('files', files)} />
        <DetailsFields memberStates={draft.memberStates} legalGround={draft.legalGround} errors={errors} optional={optional}
          onMemberStates={(v) => update('memberStates', v)} onLegalGround={(v) => update('legalGround', v)} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('report.section.you')}</legend>
        <CheckField id={ids.csam} label={t('report.csam')} hint={t('report.csamHint')} checked={draft.csam} onChange={(v) => update('csam', v)} />
        <div className="form-row">
          <FormField id={ids.name} label={t('report.name')} optional={draft.csam ? optional : undefined} error={errors.get(ids.name)}>
            {(c) => <input {...c} autoComplete="name" maxLength={LIMITS.name} aria-required={!draft.csam} value={draft.name} onChange={(e) => update('name', e.target.value)} />}
          </FormField>
          <FormField id={ids.email} label={t('report.email')} optional={draft.csam ? optional : undefined} error={errors.get(ids.email)}>
            {(c) => <input {...c} type="email" autoComplete="email" maxLength={LIMITS.email} aria-required={!draft.csam} value={draft.email} onChange={(e) => update('email', e.target.value)} />}
          </FormField>
        </div>
        <p className="hint">{t('report.contactHint')}</p>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('report.section.confirm')}</legend>
        <CheckField id={ids.goodFaith} label={t('report.goodFaith')} error={errors.get(ids.goodFaith)} checked={draft.goodFaith} onChange={(v) => update('goodFaith', v)} />
        {failure && <PublicError error={failure.error} details={failure.details} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" disabled={busy} aria-busy={busy}>
            {busy ? t('report.submitting') : t('report.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
