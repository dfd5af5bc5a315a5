/** Trader upserts (idempotent): a retried PUT with the same body changes nothing. */
import { eq } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents } from '../../store/ledger.js';
import { trader } from '../../store/schema/index.js';
import type { TraderInputT } from './schemas.js';
import type { UpsertStatus } from './listings.js';

const FIELDS = ['displayName', 'legalName', 'country', 'status', 'joinedAt'] as const;

export async function upsertTrader(tx: Db, clock: Clock, actor: Actor, id: string, input: TraderInputT): Promise<{ status: UpsertStatus }> {
  const now = clock.now();
  const next = {
    displayName: input.display_name,
    legalName: input.legal_name ?? null,
    country: input.country ?? null,
    status: input.status ?? 'active',
    joinedAt: input.created_at ? new Date(input.created_at) : null,
  };
  const [cur] = await tx.select().from(trader).where(eq(trader.id, id)).for('update');
  if (!cur) {
    await tx.insert(trader).values({ id, ...next, createdAt: now, updatedAt: now });
    await appendEvents(tx, clock, [{ type: 'trader.registered', subject: { type: 'trader', id }, actor, payload: { status: next.status, country: next.country } }]);
    return { status: 'created' };
  }
  const changed = FIELDS.filter((f) => String(cur[f] instanceof Date ? (cur[f] as Date).getTime() : cur[f]) !== String(next[f] instanceof Date ? next[f].getTime() : next[f]));
  if (changed.length === 0) return { status: 'unchanged' };
  await tx.update(trader).set({ ...next, updatedAt: now }).where(eq(trader.id, id));
  // Field names only: display and legal names of sole traders are personal data and stay out of the ledger.
  const snake = changed.map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  await appendEvents(tx, clock, [{ type: 'trader.updated', subject: { type: 'trader', id }, actor, payload: { changed: snake, status: next.status } }]);
  return { status: 'updated' };
}
