import type { Clock } from '../../core/clock.js';
import type { Db } from '../../store/database.js';
import type { EvidenceStore } from '../../integrations/evidence-store.js';

/** What the complaint and dispute services need from the application (built per request or job). */
export interface ComplaintDeps {
  db: Db;
  clock: Clock;
  secret: Buffer;
  evidence: EvidenceStore;
  publicUrl: string;
  platformName: string;
  outOfCourtUrl: string;
  /** CH-1: at least six. */
  complaintWindowMonths: number;
  /** How long the marketplace has to confirm a restoration before it is re-sent. */
  effectTimeoutMinutes: number;
}
