/**
 * Verdicts of specialised third parties and results of test purchases (DET-3): the AliExpress
 * commitments require third-party controls of hidden links and counterfeits. A verdict is stored
 * and the listing re-screened with it in the same transaction, so a `counterfeit` verdict from a
 * brand-protection service reaches the rules (and the queue) at once.
 */
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../store/database.js';
import { thirdPartyVerdict } from '../../store/schema/index.js';
import type { RescanDeps } from './rescan.js';
import { loadListings } from './screen-input.js';
import { screenStoredListings, type ScreenedListing } from './screening.js';

export const VERDICTS = ['counterfeit', 'hidden_link', 'illegal', 'unsafe', 'clean'] as const;

export interface VerdictInput {
  kind: 'verdict' | 'test_purchase';
  source: string;
  verdict: (typeof VERDICTS)[number];
  confidence?: number;
  reference?: string;
}

export async function submitVerdict(deps: RescanDeps, submittedBy: string, listingId: string, v: VerdictInput): Promise<{ id: string; screening: ScreenedListing }> {
  await deps.runtime.refresh();
  const bank = await deps.banks.get(deps.db);
  return deps.db.transaction(async (tx) => {
    const [listing] = await loadListings(tx, [listingId]);
    if (!listing) throw new DomainError('unknown_listing', `listing ${listingId} is not known`);
    const id = randomUUID();
    await tx.insert(thirdPartyVerdict).values({
      id, listingId, kind: v.kind, source: v.source, verdict: v.verdict, confidence: v.confidence ?? null, reference: v.reference ?? null, submittedBy, receivedAt: deps.clock.now(),
    });
    const [screening] = await screenStoredListings(tx, deps, [listing], { reason: 'verdict', bank });
    return { id, screening: screening! };
  });
}

export async function listVerdicts(db: Db, listingId: string) {
  const rows = await db.select().from(thirdPartyVerdict).where(eq(thirdPartyVerdict.listingId, listingId)).orderBy(desc(thirdPartyVerdict.receivedAt));
  return rows.map((r) => ({
    id: r.id, kind: r.kind, source: r.source, verdict: r.verdict, confidence: r.confidence, reference: r.reference, submitted_by: r.submittedBy, received_at: r.receivedAt.toISOString(),
  }));
}
