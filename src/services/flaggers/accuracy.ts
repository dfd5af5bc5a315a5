/**
 * Every trusted flagger's accuracy over a period, for the compliance officer who decides whether a
 * report to the awarding Digital Services Coordinator is due (Art. 22(6), TF-2): notices received
 * in [from, to), how many were decided, how many unfounded (decided without action), the unfounded
 * share, the notices outside the flagger's areas of expertise, the median time from receipt to
 * decision, and whether the configured threshold is crossed. The same counts as the report package
 * (`dsc-report.ts`), for all flaggers in one query.
 */
import { sql } from 'drizzle-orm';
import { DomainError } from '../../core/errors.js';
import { crossesThreshold, unfoundedShare, type FlaggerReportThreshold } from '../../core/flaggers/threshold.js';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';

interface Row {
  id: string;
  name: string;
  awarding_member_state: string;
  status: string;
  expertise_categories: string[];
  notices: number;
  decided: number;
  unfounded: number;
  outside_expertise: number;
  median_seconds: number | string | null;
}

export async function flaggerAccuracy(db: Db, o: { from: Date; to: Date; threshold: FlaggerReportThreshold }) {
  if (!(o.from.getTime() < o.to.getTime())) throw new DomainError('invalid_query', 'the period must end after it starts', [{ path: 'to', problem: 'must be after from' }]);
  // percentile_cont skips the NULL durations of notices not decided yet.
  const rows = (await db.execute(sql`
    SELECT f.id, f.name, f.awarding_member_state, f.status, f.expertise_categories,
      count(n.id)::int AS notices,
      count(n.decided_at)::int AS decided,
      count(*) FILTER (WHERE n.decided_at IS NOT NULL AND n.outcome = 'no_action')::int AS unfounded,
      count(*) FILTER (WHERE n.id IS NOT NULL AND (n.category IS NULL OR NOT f.expertise_categories ? n.category))::int AS outside_expertise,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n.decided_at - n.received_at)) AS median_seconds
    FROM trusted_flagger f
    LEFT JOIN notice n ON n.trusted_flagger_id = f.id AND n.received_at >= ${o.from} AND n.received_at < ${o.to}
    GROUP BY f.id ORDER BY f.id`) as unknown as { rows: Row[] }).rows;
  return {
    period: { from: isoMs(o.from), to: isoMs(o.to) },
    threshold: { min_decided: o.threshold.minDecided, unfounded_share: o.threshold.unfoundedShare },
    items: rows.map((r) => {
      const decided = Number(r.decided);
      const unfounded = Number(r.unfounded);
      return {
        id: r.id, name: r.name, awarding_member_state: r.awarding_member_state, status: r.status, expertise_categories: r.expertise_categories,
        notices: Number(r.notices), decided, pending: Number(r.notices) - decided, unfounded, unfounded_share: unfoundedShare(decided, unfounded),
        outside_expertise: Number(r.outside_expertise),
        median_handling_seconds: r.median_seconds === null ? null : Math.round(Number(r.median_seconds)),
        threshold_crossed: crossesThreshold(decided, unfounded, o.threshold),
      };
    }),
  };
}
