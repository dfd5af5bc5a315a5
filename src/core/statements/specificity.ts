/**
 * The specificity linter of SOR-3 (Art. 17(4): clear and as specific as reasonably possible, so
 * the recipient can challenge the decision). It rejects statements that cite only a generic
 * "policy violation", that name no clause or legal provision, that refer to no concrete item, or
 * whose facts carry too few specific words.
 */
import type { ErrorDetail } from '../errors.js';
import type { TdbStatement } from './types.js';

export interface SpecificityOptions {
  /** The item the decision is about; when given, `decision_facts` must name it. */
  itemId?: string;
  /** Minimum distinct specific words in `decision_facts` (default 12). */
  minSpecificTokens?: number;
}

export interface SpecificityReport {
  ok: boolean;
  problems: ErrorDetail[];
  /** Distinct specific words found in `decision_facts`. */
  specificTokens: number;
}

/** Boilerplate in several languages: phrases that say a rule was broken without saying which or how. */
const GENERIC_PHRASES = [
  /polic(?:y|ies)(?:\s+violations?)?/giu, /violat(?:ion|es|ed|ing)\s+(?:of\s+)?(?:our|the)?\s*(?:terms|rules|polic(?:y|ies)|guidelines|standards)/giu,
  /(?:terms|conditions)\s+(?:of\s+(?:service|use)|and\s+conditions)/giu, /community\s+(?:guidelines|standards)/giu,
  /(?:not\s+allowed|prohibited|inappropriate|unacceptable)\s+(?:content|item|listing)/giu,
  /richtlinienversto(?:ß|ss)|versto(?:ß|ss)\s+gegen\s+(?:unsere\s+)?(?:richtlinien|regeln|agb|nutzungsbedingungen)/giu,
  /violation\s+(?:de\s+)?(?:nos|des)\s+(?:règles|conditions|politiques)/giu, /infracción\s+de\s+(?:nuestras?\s+)?(?:políticas?|normas|condiciones)/giu,
  /violazione\s+delle?\s+(?:nostre\s+)?(?:regole|norme|condizioni|politiche)/giu,
];
const GENERIC_WORDS = new Set([
  // function words
  'the', 'and', 'for', 'with', 'was', 'were', 'this', 'that', 'from', 'has', 'have', 'had', 'not', 'but', 'are', 'its', 'our', 'your', 'their',
  'which', 'after', 'under', 'into', 'been', 'being', 'by', 'of', 'on', 'in', 'at', 'to', 'it', 'they', 'them', 'than', 'then', 'other', 'any',
  // moderation boilerplate and the words of our own template (facts.ts)
  'policy', 'policies', 'violation', 'violations', 'violates', 'violated', 'breach', 'terms', 'conditions', 'rules', 'guidelines', 'standards',
  'content', 'item', 'listing', 'account', 'user', 'seller', 'trader', 'platform', 'provider', 'service', 'decision', 'removed', 'removal',
  'reviewed', 'review', 'reviewer', 'human', 'notice', 'notification', 'submitted', 'article', 'dsa', 'trusted', 'flagger', 'initiative',
  'own', 'found', 'posted', 'titled', 'measures', 'measure', 'apply', 'applies', 'date', 'end', 'ground', 'legal', 'contractual', 'finding',
  'attribute', 'failed', 'automated', 'means', 'screening', 'flagged', 'detected', 'taken', 'prepared', 'confirmed', 'restriction',
  'member', 'states', 'european', 'economic', 'area', 'inappropriate', 'prohibited', 'allowed', 'unacceptable', 'page', 'store',
]);

/** A clause or provision is named when there is a number or a section sign ("section 7.3", "Article 9(2)", "§ 5"). */
const REFERENCE = /[§\d]/u;
/** An identifier: a token with a digit, at least 4 characters, that is not a plain date or year. */
const ID_TOKEN = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}_-]*\d)[\p{L}\p{N}][\p{L}\p{N}_-]{3,}(?![\p{L}\p{N}])/gu;
const DATE = /^\d{4}(?:-\d{2}-\d{2})?$/;

export function specificTokens(text: string): Set<string> {
  let t = text;
  for (const re of GENERIC_PHRASES) t = t.replace(re, ' ');
  const words = t.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w) && !DATE.test(w)));
}

export function lintSpecificity(s: Pick<TdbStatement, 'decision_ground' | 'decision_facts'> & Partial<TdbStatement>, options: SpecificityOptions = {}): SpecificityReport {
  const problems: ErrorDetail[] = [];
  const illegal = s.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
  const groundField = illegal ? 'illegal_content_legal_ground' : 'incompatible_content_ground';
  const explanationField = illegal ? 'illegal_content_explanation' : 'incompatible_content_explanation';
  const ground = s[groundField] ?? '';
  if (!REFERENCE.test(ground)) {
    problems.push({ path: groundField, problem: illegal ? 'names no legal provision (e.g. "Regulation (EU) 2023/988, Article 9")' : 'names no terms clause (e.g. "Seller Terms section 7.3")' });
  }
  const explanation = s[explanationField] ?? '';
  if (specificTokens(explanation).size < 3) problems.push({ path: explanationField, problem: 'cites only a generic policy violation; say what about the item is illegal or breaches the clause' });

  const facts = s.decision_facts ?? '';
  const tokens = specificTokens(facts);
  if (options.itemId !== undefined ? !facts.includes(options.itemId) : ![...facts.matchAll(ID_TOKEN)].some((m) => !DATE.test(m[0]))) {
    problems.push({ path: 'decision_facts', problem: 'refers to no concrete item (listing id, title)' });
  }
  const min = options.minSpecificTokens ?? 12;
  if (tokens.size < min) problems.push({ path: 'decision_facts', problem: `has ${tokens.size} specific word${tokens.size === 1 ? '' : 's'}; at least ${min} are needed (what was found, on which item, which attribute failed)` });
  return { ok: problems.length === 0, problems, specificTokens: tokens.size };
}
