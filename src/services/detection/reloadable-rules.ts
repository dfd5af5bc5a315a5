import { type DetectionEngine, withRules } from '../../detection/engine.js';
import type { RuleSet } from '../../detection/rules/evaluate.js';

/**
 * Holds the live engine and swaps in a new rule set only once it has loaded and validated; a
 * rule file with an error leaves the previous rules live and reports why.
 */
export class ReloadableEngine {
  constructor(private current: DetectionEngine) {}

  get engine(): DetectionEngine {
    return this.current;
  }

  reload(load: () => RuleSet): { ok: true; version: string } | { ok: false; error: unknown; version: string } {
    try {
      this.current = withRules(this.current, load());
      return { ok: true, version: this.current.rules.version };
    } catch (error) {
      return { ok: false, error, version: this.current.rules.version };
    }
  }
}
