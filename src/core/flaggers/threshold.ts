/**
 * When a trusted flagger's notices call for a report to the Digital Services Coordinator that
 * awarded the status (Art. 22(6), TF-2): over a period, at least `minDecided` of its notices were
 * decided and at least `unfoundedShare` of those were found unfounded (no action taken). The
 * numbers are configuration (VIGIL_FLAGGER_REPORT_MIN_DECIDED, VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE);
 * crossing them is a trigger for a human review, not an automatic report.
 */
export interface FlaggerReportThreshold {
  minDecided: number;
  /** A share in (0, 1]: 0.3 is 30 %. */
  unfoundedShare: number;
}

export const unfoundedShare = (decided: number, unfounded: number): number | null => (decided > 0 ? unfounded / decided : null);

export function crossesThreshold(decided: number, unfounded: number, t: FlaggerReportThreshold): boolean {
  const share = unfoundedShare(decided, unfounded);
  return decided >= t.minDecided && share !== null && share >= t.unfoundedShare;
}
