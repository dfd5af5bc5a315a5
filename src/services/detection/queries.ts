/** Reading screening results for the console: the latest result of a listing with its evidence highlighted. */
import { and, desc, eq } from 'drizzle-orm';
import type { ScreenSignal } from '../../core/detection/screening.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../store/database.js';
import { listing, listingVersion, screening } from '../../store/schema/index.js';

export interface Segment {
  text: string;
  /** the signals whose evidence covers this stretch of text */
  marks?: { rule: string; kind: string; category: string | null; transforms: string[] }[];
}

/** Cuts a field into plain and marked stretches; spans are UTF-16 offsets into the original text. */
export function highlight(text: string, field: string, signals: readonly ScreenSignal[]): Segment[] {
  const spans = signals.filter((s) => s.span?.field === field && s.span.end > s.span.start && s.span.end <= text.length);
  if (spans.length === 0) return [{ text }];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.span!.start, s.span!.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const covering = spans.filter((s) => s.span!.start <= a && s.span!.end >= b);
    const seg: Segment = { text: text.slice(a, b) };
    if (covering.length) seg.marks = covering.map((s) => ({ rule: s.rule, kind: s.kind, category: s.category, transforms: [...new Set(s.transforms.map((t) => t.kind))] }));
    out.push(seg);
  }
  return out;
}

export async function latestScreening(db: Db, listingId: string) {
  const [l] = await db.select({ id: listing.id }).from(listing).where(eq(listing.id, listingId));
  if (!l) throw new DomainError('not_found', `listing ${listingId} not found`);
  const [s] = await db.select().from(screening).where(eq(screening.listingId, listingId)).orderBy(desc(screening.screenedAt)).limit(1);
  if (!s) return null;
  const [v] = await db.select().from(listingVersion).where(and(eq(listingVersion.listingId, listingId), eq(listingVersion.version, s.listingVersion)));
  const signals = s.signals as ScreenSignal[];
  const fields: Record<string, string | null | undefined> = { title: v?.title, description: v?.description, brand: v?.brand };
  const highlights = Object.fromEntries(Object.entries(fields).filter(([, t]) => t).map(([f, t]) => [f, highlight(t!, f, signals)]));
  return {
    listing_id: s.listingId, listing_version: s.listingVersion, screening_id: s.id, screened_at: s.screenedAt.toISOString(), reason: s.reason,
    rule_set_version: s.ruleSetVersion, verdict: s.verdict, score: s.score, categories: s.categories, rules: s.rules, shadow: s.shadow,
    degraded: s.degraded, versions: s.versions, routed: s.routed, case_id: s.caseId, signals, highlights,
  };
}

export async function screeningHistory(db: Db, listingId: string, limit = 20) {
  const rows = await db.select({ id: screening.id, version: screening.listingVersion, reason: screening.reason, verdict: screening.verdict, rules: screening.ruleIds, at: screening.screenedAt, ruleSetVersion: screening.ruleSetVersion })
    .from(screening).where(eq(screening.listingId, listingId)).orderBy(desc(screening.screenedAt)).limit(limit);
  return rows.map((r) => ({ screening_id: r.id, listing_version: r.version, reason: r.reason, verdict: r.verdict, rules: r.rules, rule_set_version: r.ruleSetVersion, screened_at: r.at.toISOString() }));
}
