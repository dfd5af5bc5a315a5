import type { DetectionEngine } from '../../detection/engine.js';
import { screen } from '../../detection/screen.js';

export interface FixtureResult {
  rule: string;
  fixture: string;
  ok: boolean;
  problem?: string;
}

/** Runs each rule's fixtures through the whole engine: does the rule fire, is the verdict right? */
export function runRuleFixtures(engine: DetectionEngine): { results: FixtureResult[]; passed: number; failed: number; rulesWithoutFixtures: string[] } {
  const results: FixtureResult[] = [];
  const rulesWithoutFixtures: string[] = [];
  for (const rule of engine.rules.rules) {
    if (!rule.fixtures?.length) { rulesWithoutFixtures.push(rule.id); continue; }
    for (const fx of rule.fixtures) {
      const result = screen(fx.listing, engine);
      const fired = result.rules.some((r) => r.id === rule.id) || result.shadow.some((r) => r.id === rule.id);
      const problems: string[] = [];
      if (fired !== fx.fires) problems.push(fx.fires ? 'rule did not fire' : `rule fired (signals: ${result.signals.filter((s) => s.rule === rule.id).map((s) => s.evidence).join(', ')})`);
      if (fx.verdict && result.verdict !== fx.verdict) problems.push(`verdict ${result.verdict}, expected ${fx.verdict}`);
      results.push({ rule: rule.id, fixture: fx.name, ok: problems.length === 0, ...(problems.length ? { problem: problems.join('; ') } : {}) });
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  return { results, passed: results.length - failed, failed, rulesWithoutFixtures };
}
