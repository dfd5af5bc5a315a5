/**
 * Configured policy versus published text (TC-1, TC-4, RO-3-style consistency): every clause the
 * policy names must be published in the version in force, every reason code must be listed by the
 * clause the policy maps it to, and the numbers a clause states ("3 points", "30 days") must be
 * exactly the numbers the policy applies under that clause — no more, no fewer.
 */
import { statedNumbers, type TermsDocument } from '../terms/terms.js';
import { SEVERITIES, type PenaltyPolicy } from './policy.js';

export interface Mismatch {
  path: string;
  problem: string;
}

export function checkPolicyAgainstTerms(p: PenaltyPolicy, terms: TermsDocument, reasonCodesInUse: readonly string[], now: Date): Mismatch[] {
  const out: Mismatch[] = [];
  const byId = new Map(terms.clauses.map((c) => [c.clause_id, c]));
  if (p.terms_version !== terms.version) out.push({ path: 'terms_version', problem: `policy applies terms ${p.terms_version}, the terms in force are ${terms.version}` });
  if (Date.parse(terms.effective_from) > now.getTime()) out.push({ path: 'terms_version', problem: `terms ${terms.version} are not in force before ${terms.effective_from}` });
  const expected = new Map<string, { points: Set<number>; days: Set<number> }>();
  const need = (path: string, clause: string, points: number[] = [], days: number[] = []) => {
    if (!byId.has(clause)) { out.push({ path, problem: `clause ${clause} is not published in terms ${terms.version}` }); return; }
    const e = expected.get(clause) ?? { points: new Set(), days: new Set() };
    points.forEach((x) => e.points.add(x));
    days.forEach((x) => e.days.add(x));
    expected.set(clause, e);
  };
  for (const s of SEVERITIES) need(`severities/${s}/clause`, p.severities[s].clause, [p.severities[s].points], [p.severities[s].expiry_days]);
  p.ladder.forEach((st, i) => need(`ladder/${i}/clause`, st.clause, [st.at_points], [...(st.days ? [st.days] : []), ...(st.measure === 'warning' ? [p.warning_valid_days] : [])]));
  need('affiliate/clause', p.affiliate.clause);
  need('default_category/clause', p.default_category.clause);
  for (const [cat, rule] of Object.entries(p.categories)) need(`categories/${cat}/clause`, rule.clause);
  for (const code of reasonCodesInUse) {
    const rule = p.categories[code] ?? p.default_category;
    const c = byId.get(rule.clause);
    if (c && !c.reason_codes.includes(code)) out.push({ path: `categories/${code}`, problem: `clause ${rule.clause} does not list reason code ${code}` });
  }
  for (const c of terms.clauses) {
    const stated = statedNumbers(c.text);
    const e = expected.get(c.clause_id);
    const want = { points: [...(e?.points ?? [])].sort((a, b) => a - b), days: [...(e?.days ?? [])].sort((a, b) => a - b) };
    if (!e && stated.points.length === 0) continue; // a clause without penalty numbers the policy does not use
    if (String(stated.points) !== String(want.points)) out.push({ path: `clauses/${c.clause_id}`, problem: `text states points [${stated.points.join(', ')}], the policy applies [${want.points.join(', ')}]` });
    if (e && String(stated.days) !== String(want.days)) out.push({ path: `clauses/${c.clause_id}`, problem: `text states days [${stated.days.join(', ')}], the policy applies [${want.days.join(', ')}]` });
  }
  const steps = new Set(p.ladder.map((s) => s.measure));
  if (!steps.has('warning')) out.push({ path: 'ladder', problem: 'a warning step is required before suspension (Art. 23(1), RO-2)' });
  const susp = p.ladder.find((s) => s.measure === 'suspension');
  if (susp && !(susp.days && susp.days > 0)) out.push({ path: 'ladder', problem: 'a suspension needs a defined period in days (RO-2)' });
  return out;
}
