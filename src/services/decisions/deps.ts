import type { Clock } from '../../core/clock.js';
import type { Db } from '../../store/database.js';

/** What the decision services need from the application (built once per request or job). */
export interface DecisionDeps {
  db: Db;
  clock: Clock;
  platformName: string;
  complaintUrlTemplate: string;
  outOfCourtUrl: string;
  effectTimeoutMinutes: number;
  severeActions: string[];
  /** Server secret for the per-decision complaint token in the trader's statement (Art. 20). */
  secret?: Buffer;
  /** Where the console is reached, for links in staff mail (the proposing reviewer's rejection notice). */
  publicUrl?: string;
  /** Art. 20(1): at least six. */
  complaintWindowMonths?: number;
}
