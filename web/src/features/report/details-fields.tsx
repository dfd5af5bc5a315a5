import { useState } from 'react';
import { FormField } from '../../components/form-field.js';
import { MEMBER_STATES, type MemberState } from '../../domain/taxonomy.js';
import { t } from '../../i18n/index.js';
import { countryName } from '../../lib/format.js';
import { ids, LIMITS } from './notice-model.js';

interface DetailsFieldsProps {
  memberStates: MemberState[];
  legalGround: string;
  errors: Map<string, string>;
  optional: string;
  onMemberStates: (v: MemberState[]) => void;
  onLegalGround: (v: string) => void;
}

/** The optional member state(s) and legal ground, folded away so they do not slow anyone down. */
export function DetailsFields({ memberStates, legalGround, errors, optional, onMemberStates, onLegalGround }: DetailsFieldsProps) {
  const [expanded, setExpanded] = useState(memberStates.length > 0 || legalGround !== '');
  const open = expanded || errors.has(ids.memberStates) || errors.has(ids.legalGround);
  const states = [...MEMBER_STATES].map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
  const toggle = (code: MemberState, on: boolean) => onMemberStates(on ? [...memberStates, code] : memberStates.filter((c) => c !== code));
  return (
    <details className="disclosure" open={open} onToggle={(e) => setExpanded(e.currentTarget.open)}>
      <summary id={ids.memberStates}>{t('report.details')} <span className="optional">({optional})</span></summary>
      <fieldset className="check-grid-fieldset" aria-describedby={`${ids.memberStates}-hint`}>
        <legend>{t('report.memberStates')}</legend>
        <p id={`${ids.memberStates}-hint`} className="hint">{t('report.memberStatesHint')}</p>
        {errors.has(ids.memberStates) && <p className="field-error">{errors.get(ids.memberStates)}</p>}
        <div className="check-grid">
          {states.map((s) => (
            <label key={s.code} className="check-inline">
              <input type="checkbox" checked={memberStates.includes(s.code)} onChange={(e) => toggle(s.code, e.target.checked)} />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField id={ids.legalGround} label={t('report.legalGround')} hint={t('report.legalGroundHint')} error={errors.get(ids.legalGround)}>
        {(c) => <input {...c} value={legalGround} maxLength={LIMITS.legalGround} onChange={(e) => onLegalGround(e.target.value)} />}
      </FormField>
    </details>
  );
}
