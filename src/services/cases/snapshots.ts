/**
 * Evidence as the buyer saw it: a content-addressed snapshot of the item (text and image URLs),
 * kept because the marketplace's URLs die after removal.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Clock } from '../../core/clock.js';
import type { Db } from '../../store/database.js';
import { itemSnapshot } from '../../store/schema/index.js';
import { getItem, getListing } from '../catalog/queries.js';

export async function snapshotItem(tx: Db, clock: Clock, kind: string, id: string): Promise<string | null> {
  const content = kind === 'listing' ? await getListing(tx, id) : await getItem(tx, kind, id);
  if (!content) return null;
  const { created_at: _c, updated_at: _u, ...visible } = content as Record<string, unknown>;
  const body = canonicalize({ kind, id, content: visible }) ?? '';
  const sha256 = createHash('sha256').update(body).digest('hex');
  await tx.insert(itemSnapshot).values({ sha256, itemKind: kind, itemId: id, content: visible, takenAt: clock.now() }).onConflictDoNothing();
  return sha256;
}
