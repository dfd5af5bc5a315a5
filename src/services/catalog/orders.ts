/** Orders, recorded so buyers can be informed of illegal products later (Art. 32, RTI-1). */
import { eq } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { isoMs, appendEvents } from '../../store/ledger.js';
import { listing, order } from '../../store/schema/index.js';
import type { OrderInputT } from './schemas.js';
import type { UpsertStatus } from './listings.js';

export async function upsertOrder(tx: Db, clock: Clock, actor: Actor, id: string, input: OrderInputT): Promise<{ status: UpsertStatus }> {
  const [l] = await tx.select({ id: listing.id }).from(listing).where(eq(listing.id, input.listing_id));
  if (!l) throw new DomainError('unknown_listing', `listing ${input.listing_id} is not known`, [{ path: 'listing_id', problem: 'unknown listing' }]);
  const orderedAt = new Date(input.ordered_at);
  const [cur] = await tx.select().from(order).where(eq(order.id, id)).for('update');
  if (!cur) {
    await tx.insert(order).values({ id, listingId: input.listing_id, buyerRef: input.buyer_ref, orderedAt, createdAt: clock.now() });
    // The buyer reference is pseudonymous personal data: it stays in the order table, not the ledger.
    await appendEvents(tx, clock, [{ type: 'order.recorded', subject: { type: 'order', id }, actor, payload: { listing_id: input.listing_id, ordered_at: isoMs(orderedAt) } }]);
    return { status: 'created' };
  }
  if (cur.listingId === input.listing_id && cur.buyerRef === input.buyer_ref && cur.orderedAt.getTime() === orderedAt.getTime()) return { status: 'unchanged' };
  await tx.update(order).set({ listingId: input.listing_id, buyerRef: input.buyer_ref, orderedAt }).where(eq(order.id, id));
  return { status: 'updated' };
}
