/**
 * The decision form's state and checks: it cannot be sent without what the statement of reasons
 * needs (Art. 17(3)) — the same rules the API and the statement builder apply, so the reviewer
 * sees them next to the fields instead of as a refused request.
 */
import type { ErrorDetail } from '../../api/client.js';
import type { DecisionInput } from '../../api/case-types.js';
import { isChosenCategory, keywordsOf, type ChosenCategory, type DecisionAction, type Keyword, type MemberState } from '../../domain/taxonomy.js';
import { t, type MessageKey } from '../../i18n/index.js';

export interface DecisionDraft {
  actions: DecisionAction[];
  ground: 'illegal' | 'incompatible' | '';
  legalGround: string;
  clause: string;
  alsoIllegal: boolean;
  explanation: string;
  referenceUrl: string;
  category: ChosenCategory | '';
  keyword: Keyword | '';
  keywordOther: string;
  scope: 'EU' | 'EEA' | 'countries';
  countries: MemberState[];
  endDate: string;
  failedAttribute: string;
  finding: string;
  deceptiveHighVolume: boolean;
  threatToLife: boolean;
  /** Other listings of the cluster, decided the same way (one decision and statement each). */
  alsoItems: string[];
}

export const emptyDecision = (category: string | null): DecisionDraft => ({
  actions: [], ground: '', legalGround: '', clause: '', alsoIllegal: false, explanation: '', referenceUrl: '',
  category: isChosenCategory(category) ? category : '', keyword: '', keywordOther: '', scope: 'EU', countries: [],
  endDate: '', failedAttribute: '', finding: '', deceptiveHighVolume: false, threatToLife: false, alsoItems: [],
});

export const did = {
  action: (a: string) => `d-action-${a}`,
  ground: (g: string) => `d-ground-${g}`,
  legalGround: 'd-legal-ground', clause: 'd-clause', explanation: 'd-explanation', referenceUrl: 'd-reference-url',
  category: 'd-category', keyword: 'd-keyword', keywordOther: 'd-keyword-other', scope: (s: string) => `d-scope-${s}`,
  country: (c: string) => `d-country-${c}`, endDate: 'd-end-date', failedAttribute: 'd-failed-attribute', finding: 'd-finding',
} as const;

export type FieldErrors = Map<string, string>;
/** A clause or provision is named when it carries a number or a section sign ("Article 9(2)", "section 7.3", "§ 5"). */
const REFERENCE = /[§\d]/u;
const today = () => new Date().toISOString().slice(0, 10);

function httpUrl(v: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

export function validateDecision(d: DecisionDraft): FieldErrors {
  const e: FieldErrors = new Map();
  const set = (id: string, key: MessageKey) => e.has(id) || e.set(id, t(key));
  const first = did.action('remove');
  if (d.actions.length === 0) set(first, 'decision.v.actions');
  else if (d.actions.includes('no_action') && d.actions.length > 1) set(first, 'decision.v.noActionAlone');
  else if (d.actions.length > 5) set(first, 'decision.v.tooManyActions');
  if (d.ground === '') set(did.ground('illegal'), 'decision.v.ground');
  if (d.ground === 'illegal') {
    if (d.legalGround.trim().length < 5) set(did.legalGround, 'decision.v.legalGround');
    else if (!REFERENCE.test(d.legalGround)) set(did.legalGround, 'decision.v.legalGroundProvision');
  }
  if (d.ground === 'incompatible') {
    if (d.clause.trim().length < 3) set(did.clause, 'decision.v.clause');
    else if (!REFERENCE.test(d.clause)) set(did.clause, 'decision.v.clauseReference');
  }
  if (d.explanation.trim().length < 20) set(did.explanation, 'decision.v.explanation');
  if (d.referenceUrl.trim() && !httpUrl(d.referenceUrl.trim())) set(did.referenceUrl, 'decision.v.url');
  if (d.category === '') set(did.category, 'decision.v.category');
  if (d.keyword === '' || (d.category !== '' && !keywordsOf(d.category).includes(d.keyword))) set(did.keyword, 'decision.v.keyword');
  if (d.keyword === 'KEYWORD_OTHER' && d.keywordOther.trim().length < 3) set(did.keywordOther, 'decision.v.keywordOther');
  if (d.scope === 'countries' && d.countries.length === 0) set(did.scope('countries'), 'decision.v.countries');
  if (d.endDate && d.endDate < today()) set(did.endDate, 'decision.v.endDate');
  if (d.failedAttribute.trim() && d.failedAttribute.trim().length < 3) set(did.failedAttribute, 'decision.v.failedAttribute');
  if (d.finding.trim() && d.finding.trim().length < 10) set(did.finding, 'decision.v.finding');
  return e;
}

const opt = (v: string) => v.trim() || undefined;

export function toDecisionInput(d: DecisionDraft): DecisionInput {
  if (d.ground === '' || d.category === '' || d.keyword === '') throw new Error('validate the decision before sending it');
  const input: DecisionInput = {
    actions: d.actions, ground: d.ground, explanation: d.explanation.trim(), category: d.category, keyword: d.keyword,
    territorial_scope: d.scope === 'countries' ? d.countries : d.scope,
    legal_ground: d.ground === 'illegal' ? opt(d.legalGround) : undefined,
    clause: d.ground === 'incompatible' ? opt(d.clause) : undefined,
    also_illegal: d.ground === 'incompatible' && d.alsoIllegal ? true : undefined,
    reference_url: opt(d.referenceUrl), keyword_other: d.keyword === 'KEYWORD_OTHER' ? opt(d.keywordOther) : undefined,
    end_date: d.endDate || undefined, failed_attribute: opt(d.failedAttribute), finding: opt(d.finding),
    deceptive_high_volume: d.deceptiveHighVolume || undefined, threat_to_life_or_safety: d.threatToLife || undefined,
    also_items: d.alsoItems.length > 0 ? d.alsoItems.map((id) => ({ kind: 'listing' as const, id })) : undefined,
  };
  return JSON.parse(JSON.stringify(input)) as DecisionInput; // drops the undefined fields
}

/** API paths (the form's and the statement builder's) → the control that fixes them. */
const SERVER_FIELDS: Record<string, string> = {
  actions: did.action('remove'), ground: did.ground('illegal'), legal_ground: did.legalGround, illegal_content_legal_ground: did.legalGround,
  clause: did.clause, incompatible_content_ground: did.clause, explanation: did.explanation, illegal_content_explanation: did.explanation,
  incompatible_content_explanation: did.explanation, reference_url: did.referenceUrl, decision_ground_reference_url: did.referenceUrl,
  category: did.category, keyword: did.keyword, primaryKeyword: did.keyword, category_specification: did.keyword,
  keyword_other: did.keywordOther, category_specification_other: did.keywordOther, territorial_scope: did.scope('countries'),
  end_date: did.endDate, failed_attribute: did.failedAttribute, finding: did.finding, decision_facts: did.finding,
};

export function decisionServerErrors(details: readonly ErrorDetail[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = new Map();
  const other: string[] = [];
  for (const { path, problem } of details) {
    const target = SERVER_FIELDS[path] ?? SERVER_FIELDS[path.split('.')[0] ?? ''];
    if (target && !fields.has(target)) fields.set(target, t('decision.v.server', { problem: problem.replace(/\.$/, '') }));
    else if (!target) other.push(`${path}: ${problem}`);
  }
  return { fields, other };
}
