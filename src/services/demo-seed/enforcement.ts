/**
 * The demo's published terms and penalty policy (Art. 14, Art. 23(1)): published before the demo's
 * decisions are taken, so every decision's strike names a clause in force and the console shows
 * warned and suspended traders with the clauses behind them.
 */
import { SYSTEM_ACTOR } from '../../core/events.js';
import type { AppContext } from '../../context.js';
import { ensureDefaultTermsAndPolicy } from '../enforcement/terms.js';

export async function seedTermsAndPolicy(ctx: AppContext): Promise<void> {
  await ensureDefaultTermsAndPolicy(ctx.store.db, ctx.clock, SYSTEM_ACTOR);
}

export interface EnforcementCounts {
  strikes: number;
  warned: number;
  suspended: number;
  terminated: number;
}

export async function enforcementCounts(ctx: AppContext): Promise<EnforcementCounts> {
  const r = await ctx.store.query<{ strikes: number; warned: number; suspended: number; terminated: number }>(`SELECT
    (SELECT count(*)::int FROM strike) AS strikes,
    (SELECT count(DISTINCT actor_id)::int FROM enforcement_action WHERE measure = 'warning' AND status = 'active') AS warned,
    (SELECT count(DISTINCT actor_id)::int FROM enforcement_action WHERE measure = 'suspension' AND status = 'active') AS suspended,
    (SELECT count(DISTINCT actor_id)::int FROM enforcement_action WHERE measure = 'termination' AND status = 'active') AS terminated`);
  return r.rows[0]!;
}
