/** Reviewed outcomes of one rule's hits, from the feedback loop the service keeps. */
export interface PrecisionStats {
  reviewedHits: number;
  confirmedHits: number;
  /** a compliance officer's recorded decision to let the rule act regardless (with reason) */
  override?: { by: string; reason: string };
}

export const AUTO_ACT_MIN_PRECISION = 0.98;
export const AUTO_ACT_MIN_REVIEWED = 200;

/**
 * A rule may act automatically (block) only while its measured precision is at least 0.98 over at
 * least 200 reviewed hits, unless a compliance officer recorded why it may anyway (DET-6, Art. 15(1)(e)).
 */
export function ruleMayAutoAct(stats: PrecisionStats | undefined): boolean {
  if (!stats) return false;
  if (stats.override && stats.override.reason.trim() !== '') return true;
  if (stats.reviewedHits < AUTO_ACT_MIN_REVIEWED) return false;
  return stats.confirmedHits / stats.reviewedHits >= AUTO_ACT_MIN_PRECISION;
}
