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
}
