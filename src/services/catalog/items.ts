/**
 * Items other than listings (store pages, reviews and Q&A, ads, affiliate links, livestreams), so
 * notices and detection can target anything a buyer sees (NA-1).
 */
import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { ItemKind } from '../../core/catalog/types.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents } from '../../store/ledger.js';
import { item, listing, trader } from '../../store/schema/index.js';
import type { ItemInputT } from './schemas.js';
import type { UpsertStatus } from './listings.js';

export async function upsertItem(tx: Db, clock: Clock, actor: Actor, kind: ItemKind, id: string, input: ItemInputT): Promise<{ status: UpsertStatus }> {
  if (kind === 'listing') throw new DomainError('invalid_params', 'listings are written with PUT /api/v1/listings/{id}', [{ path: 'kind', problem: 'use the listings endpoint' }]);
  const traderId = input.trader_id ?? null;
  if (traderId) {
    const [t] = await tx.select({ id: trader.id }).from(trader).where(eq(trader.id, traderId));
    if (!t) throw new DomainError('unknown_trader', `trader ${traderId} is not known`, [{ path: 'trader_id', problem: 'unknown trader' }]);
  }
  if (input.parent) {
    // Listings are items too, kept in their own table.
    const [p] = input.parent.kind === 'listing'
      ? await tx.select({ k: listing.id }).from(listing).where(eq(listing.id, input.parent.id))
      : await tx.select({ k: item.kind }).from(item).where(and(eq(item.kind, input.parent.kind), eq(item.externalId, input.parent.id)));
    if (!p) throw new DomainError('unknown_item', `parent ${input.parent.kind} ${input.parent.id} is not known`, [{ path: 'parent', problem: 'unknown item' }]);
  }
  const now = clock.now();
  const next = { url: input.url ?? null, traderId, parentKind: input.parent?.kind ?? null, parentId: input.parent?.id ?? null, text: input.text ?? null, visibility: input.visibility ?? 'visible' };
  const [cur] = await tx.select().from(item).where(and(eq(item.kind, kind), eq(item.externalId, id))).for('update');
  if (!cur) {
    await tx.insert(item).values({ kind, externalId: id, ...next, createdAt: now, updatedAt: now });
    await appendEvents(tx, clock, [{ type: 'item.registered', subject: { type: kind, id }, actor, payload: { kind, trader_id: traderId, parent_kind: next.parentKind, parent_id: next.parentId } }]);
    return { status: 'created' };
  }
  const same = (Object.keys(next) as (keyof typeof next)[]).every((k) => cur[k] === next[k]);
  if (same) return { status: 'unchanged' };
  await tx.update(item).set({ ...next, updatedAt: now }).where(and(eq(item.kind, kind), eq(item.externalId, id)));
  if (cur.visibility !== next.visibility) {
    await appendEvents(tx, clock, [{ type: 'item.visibility_changed', subject: { type: kind, id }, actor, payload: { from: cur.visibility, to: next.visibility, source_version: 0, reported_by: 'marketplace' } }]);
  }
  return { status: 'updated' };
}
