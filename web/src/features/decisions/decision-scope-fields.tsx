import { CheckField, FieldError, FormField } from '../../components/form-field.js';
import { CHOSEN_CATEGORIES, isChosenCategory, keywordsOf, MEMBER_STATES, type Keyword, type MemberState } from '../../domain/taxonomy.js';
import { t } from '../../i18n/index.js';
import { countryName } from '../../lib/format.js';
import type { DraftFieldsProps } from './decision-ground-fields.js';
import { did } from './decision-model.js';

/** Category and exactly one keyword of it, where the measure applies, until when, the facts, and the Art. 17(2)/18 flags. */
export function ScopeFields({ d, errors, set }: DraftFieldsProps) {
  const keywords: Keyword[] = d.category ? keywordsOf(d.category) : [];
  const toggleCountry = (c: MemberState, on: boolean) => set('countries', on ? [...d.countries, c] : d.countries.filter((x) => x !== c));
  const countriesError = errors.get(did.scope('countries'));
  const optional = t('decision.optional');
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('decision.classification')}</legend>
        <div className="form-row">
          <FormField id={did.category} label={t('decision.category')} error={errors.get(did.category)}>
            {(c) => (
              <select {...c} aria-required value={d.category} onChange={(e) => {
                set('category', isChosenCategory(e.target.value) ? e.target.value : '');
                set('keyword', '');
              }}>
                <option value="">{t('decision.choose')}</option>
                {CHOSEN_CATEGORIES.map((k) => <option key={k} value={k}>{t(`category.${k}`)}</option>)}
              </select>
            )}
          </FormField>
          <FormField id={did.keyword} label={t('decision.keyword')} hint={t('decision.keywordHint')} error={errors.get(did.keyword)}>
            {(c) => (
              <select {...c} aria-required value={d.keyword} disabled={!d.category} onChange={(e) => set('keyword', keywords.find((k) => k === e.target.value) ?? '')}>
                <option value="">{d.category ? t('decision.choose') : t('decision.keywordFirst')}</option>
                {keywords.map((k) => <option key={k} value={k}>{t(`keyword.${k}`)}</option>)}
              </select>
            )}
          </FormField>
        </div>
        {d.keyword === 'KEYWORD_OTHER' && (
          <FormField id={did.keywordOther} label={t('decision.keywordOther')} error={errors.get(did.keywordOther)}>
            {(c) => <input {...c} aria-required maxLength={500} value={d.keywordOther} onChange={(e) => set('keywordOther', e.target.value)} />}
          </FormField>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('decision.scope')}</legend>
        <div className="radio-row">
          {(['EU', 'EEA', 'countries'] as const).map((s) => (
            <label key={s} className="check-inline">
              <input id={did.scope(s)} type="radio" name="d-scope" checked={d.scope === s} onChange={() => set('scope', s)}
                aria-describedby={countriesError && s === 'countries' ? `${did.scope('countries')}-error` : undefined} />
              {t(`decision.scope.${s}`)}
            </label>
          ))}
        </div>
        {countriesError && <FieldError id={did.scope('countries')} message={countriesError} />}
        {d.scope === 'countries' && (
          <div className="check-grid" role="group" aria-label={t('decision.scope.countries')}>
            {MEMBER_STATES.map((c) => (
              <label key={c} className="check-inline">
                <input id={did.country(c)} type="checkbox" checked={d.countries.includes(c)} onChange={(e) => toggleCountry(c, e.target.checked)} />
                <span><span className="mono">{c}</span> {countryName(c)}</span>
              </label>
            ))}
          </div>
        )}
        <div className="form-row">
          <FormField id={did.endDate} label={t('decision.endDate')} hint={t('decision.endDateHint')} optional={optional} error={errors.get(did.endDate)}>
            {(c) => <input {...c} type="date" value={d.endDate} onChange={(e) => set('endDate', e.target.value)} />}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('decision.facts')}</legend>
        <FormField id={did.failedAttribute} label={t('decision.failedAttribute')} hint={t('decision.failedAttributeHint')} optional={optional} error={errors.get(did.failedAttribute)}>
          {(c) => <input {...c} maxLength={200} value={d.failedAttribute} onChange={(e) => set('failedAttribute', e.target.value)} />}
        </FormField>
        <FormField id={did.finding} label={t('decision.finding')} hint={t('decision.findingHint')} optional={optional} error={errors.get(did.finding)}>
          {(c) => <textarea {...c} rows={2} maxLength={1000} value={d.finding} onChange={(e) => set('finding', e.target.value)} />}
        </FormField>
        <CheckField id="d-deceptive" label={t('decision.deceptive')} hint={t('decision.deceptiveHint')} checked={d.deceptiveHighVolume} onChange={(v) => set('deceptiveHighVolume', v)} />
        <CheckField id="d-threat" label={t('decision.threat')} hint={t('decision.threatHint')} checked={d.threatToLife} onChange={(v) => set('threatToLife', v)} />
      </fieldset>
    </>
  );
}
