/** What a case's decision rests on: an order, a trusted flagger's notice, an Art. 16 notice, or own initiative. */
import { eq, inArray } from 'drizzle-orm';
import type { DecisionSource } from '../../core/decisions/sources.js';
import type { Db } from '../../store/database.js';
import { authorityOrder, caseLink, notice } from '../../store/schema/index.js';

export interface CaseSources {
  source: DecisionSource;
  notices: (typeof notice.$inferSelect)[];
  orderId: string | null;
  detection: boolean;
  receivedAt: Date | null;
}

export async function caseSources(tx: Db, caseId: string): Promise<CaseSources> {
  const links = await tx.select().from(caseLink).where(eq(caseLink.caseId, caseId));
  const noticeIds = links.filter((l) => l.kind === 'notice').map((l) => l.refId);
  const notices = noticeIds.length ? await tx.select().from(notice).where(inArray(notice.id, noticeIds)) : [];
  const orderIds = links.filter((l) => l.kind === 'order').map((l) => l.refId);
  const orders = orderIds.length ? await tx.select().from(authorityOrder).where(inArray(authorityOrder.id, orderIds)) : [];
  const detection = links.some((l) => l.kind === 'detection');
  const earliest = (dates: Date[]) => (dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null);
  // An order governs the decision (Art. 9; Art. 17(5)); then a trusted flagger's notice; then any notice.
  const order = orders[0];
  const source: DecisionSource = order ? (order.gpsr ? 'gpsr_order' : 'art9_order')
    : notices.some((n) => n.sourceType === 'SOURCE_TRUSTED_FLAGGER') ? 'trusted_flagger_notice'
      : notices.length > 0 ? 'art16_notice' : 'own_initiative';
  return { source, notices, orderId: order?.id ?? null, detection, receivedAt: earliest([...notices.map((n) => n.receivedAt), ...orders.map((o) => o.receivedAt)]) };
}
