import { CheckField, FieldError, FormField } from '../../components/form-field.js';
import { DECISION_ACTIONS, type DecisionAction } from '../../domain/taxonomy.js';
import { t } from '../../i18n/index.js';
import { did, type DecisionDraft, type FieldErrors } from './decision-model.js';

export interface DraftFieldsProps {
  d: DecisionDraft;
  errors: FieldErrors;
  set: <K extends keyof DecisionDraft>(key: K, value: DecisionDraft[K]) => void;
}

/** What is done (Art. 17(3)(a)) and why: the ground (d) or (e) and the explanation. */
export function GroundFields({ d, errors, set }: DraftFieldsProps) {
  const toggle = (a: DecisionAction, on: boolean) => set('actions', on ? [...d.actions, a] : d.actions.filter((x) => x !== a));
  const actionsError = errors.get(did.action('remove'));
  const groundError = errors.get(did.ground('illegal'));
  return (
    <>
      <fieldset className="form-section" aria-describedby="d-actions-hint">
        <legend>{t('decision.actions')}</legend>
        <p id="d-actions-hint" className="hint">{t('decision.actionsHint')}</p>
        {actionsError && <FieldError id={did.action('remove')} message={actionsError} />}
        <div className="check-grid check-grid-wide">
          {DECISION_ACTIONS.map((a) => (
            <label key={a} className="check-inline">
              <input id={did.action(a)} type="checkbox" checked={d.actions.includes(a)} onChange={(e) => toggle(a, e.target.checked)}
                aria-describedby={actionsError && a === 'remove' ? `${did.action('remove')}-error` : undefined} aria-invalid={actionsError ? true : undefined} />
              {t(`decision.action.${a}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('decision.ground')}</legend>
        {groundError && <FieldError id={did.ground('illegal')} message={groundError} />}
        <div className="radio-stack">
          {(['illegal', 'incompatible'] as const).map((g) => (
            <label key={g} className="check-inline">
              <input id={did.ground(g)} type="radio" name="d-ground" checked={d.ground === g} onChange={() => set('ground', g)}
                aria-describedby={groundError && g === 'illegal' ? `${did.ground('illegal')}-error` : undefined} />
              {t(`decision.ground.${g}Long`)}
            </label>
          ))}
        </div>
        {d.ground === 'illegal' && (
          <FormField id={did.legalGround} label={t('decision.legalGround')} hint={t('decision.legalGroundHint')} error={errors.get(did.legalGround)}>
            {(c) => <input {...c} aria-required maxLength={500} value={d.legalGround} onChange={(e) => set('legalGround', e.target.value)} />}
          </FormField>
        )}
        {d.ground === 'incompatible' && (
          <>
            <FormField id={did.clause} label={t('decision.clause')} hint={t('decision.clauseHint')} error={errors.get(did.clause)}>
              {(c) => <input {...c} aria-required maxLength={500} value={d.clause} onChange={(e) => set('clause', e.target.value)} />}
            </FormField>
            <CheckField id="d-also-illegal" label={t('decision.alsoIllegal')} checked={d.alsoIllegal} onChange={(v) => set('alsoIllegal', v)} />
          </>
        )}
        <FormField id={did.explanation} label={t('decision.explanation')} hint={t('decision.explanationHint')} error={errors.get(did.explanation)}>
          {(c) => (
            <>
              <textarea {...c} rows={4} aria-required maxLength={2000} value={d.explanation} onChange={(e) => set('explanation', e.target.value)} />
              <p className="hint counter">{t('decision.count', { count: d.explanation.trim().length })}</p>
            </>
          )}
        </FormField>
        <FormField id={did.referenceUrl} label={t('decision.referenceUrl')} optional={t('decision.optional')} error={errors.get(did.referenceUrl)}>
          {(c) => <input {...c} type="url" maxLength={500} value={d.referenceUrl} onChange={(e) => set('referenceUrl', e.target.value)} />}
        </FormField>
      </fieldset>
    </>
  );
}
