import type { ScreenResult } from '../../core/detection/screening.js';
import type { RuleSet } from './evaluate.js';
import type { RuleFamily } from './types.js';

/** Builds the immutable rule set the engine uses, with a content version for the ledger. */
export function compileRuleSet(families: readonly RuleFamily[]): RuleSet {
  const rules = families.flatMap((f) => f.rules);
  return { families, rules, version: contentVersion(rules.map((r) => `${r.id}@${r.version}`).sort().join(',')) };
}

/** FNV-1a over the rule ids and versions: two sets with the same rules have the same version. */
function contentVersion(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `rs-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

export interface ResultChange {
  id: string;
  before: ScreenResult['verdict'];
  after: ScreenResult['verdict'];
  rulesAdded: string[];
  rulesRemoved: string[];
}

/**
 * What a new rule version would change (backtests): listings whose verdict or fired rules differ.
 * `before` and `after` are results for the same listings, matched by id.
 */
export function diffResults(before: readonly ScreenResult[], after: readonly ScreenResult[]): ResultChange[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const changes: ResultChange[] = [];
  for (const a of after) {
    const b = old.get(a.id);
    const beforeRules = new Set(b?.rules.map((r) => r.id) ?? []);
    const afterRules = new Set(a.rules.map((r) => r.id));
    const rulesAdded = [...afterRules].filter((r) => !beforeRules.has(r));
    const rulesRemoved = [...beforeRules].filter((r) => !afterRules.has(r));
    const beforeVerdict = b?.verdict ?? 'allow';
    if (beforeVerdict !== a.verdict || rulesAdded.length || rulesRemoved.length) {
      changes.push({ id: a.id, before: beforeVerdict, after: a.verdict, rulesAdded, rulesRemoved });
    }
  }
  return changes;
}
