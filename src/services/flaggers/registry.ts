/**
 * The trusted-flagger registry (Art. 22): who was awarded the status by which Digital Services
 * Coordinator, for which areas, and how accurate their notices have been — the share found
 * unfounded is what Art. 22(6) asks the provider to report to the awarding coordinator (TF-2).
 */
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../store/database.js';
import { notice, trustedFlagger } from '../../store/schema/index.js';

export interface FlaggerInput {
  id: string;
  name: string;
  awarding_member_state: string;
  expertise_categories: string[];
  status?: 'active' | 'suspended' | 'revoked';
}

export async function upsertFlagger(db: Db, clock: Clock, f: FlaggerInput) {
  await db.insert(trustedFlagger).values({
    id: f.id, name: f.name, awardingMemberState: f.awarding_member_state, expertiseCategories: f.expertise_categories, status: f.status ?? 'active', createdAt: clock.now(),
  }).onConflictDoUpdate({
    target: trustedFlagger.id,
    set: { name: f.name, awardingMemberState: f.awarding_member_state, expertiseCategories: f.expertise_categories, status: f.status ?? 'active' },
  });
  return getFlagger(db, f.id);
}

export async function getFlagger(db: Db, id: string) {
  const [f] = await db.select().from(trustedFlagger).where(eq(trustedFlagger.id, id));
  if (!f) throw new DomainError('not_found', `trusted flagger ${id} not found`);
  const [s] = await db.select({
    total: sql<number>`count(*)::int`,
    decided: sql<number>`count(*) FILTER (WHERE ${notice.decidedAt} IS NOT NULL)::int`,
    unfounded: sql<number>`count(*) FILTER (WHERE ${notice.outcome} = 'no_action')::int`,
  }).from(notice).where(eq(notice.trustedFlaggerId, id));
  const decided = Number(s?.decided ?? 0);
  const unfounded = Number(s?.unfounded ?? 0);
  return {
    id: f.id, name: f.name, awarding_member_state: f.awardingMemberState, expertise_categories: f.expertiseCategories, status: f.status,
    notices: Number(s?.total ?? 0), decided, unfounded, unfounded_share: decided > 0 ? unfounded / decided : null,
  };
}

export async function listFlaggers(db: Db) {
  const rows = await db.select({ id: trustedFlagger.id }).from(trustedFlagger).orderBy(trustedFlagger.id);
  return Promise.all(rows.map((r) => getFlagger(db, r.id)));
}
