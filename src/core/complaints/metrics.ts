/**
 * Complaint metrics (Art. 15(1)(d), CH-6): count, basis, outcomes, median time to decide and the
 * reversal rate per category, per detection rule and per reviewer. Pure: rows in, figures out.
 */
export interface ComplaintFact {
  basis: string;
  category: string;
  rule: string | null;
  reviewer: string | null;
  outcome: string | null;
  receivedAt: Date;
  decidedAt: Date | null;
}

export interface RateRow {
  key: string;
  decided: number;
  reversed: number;
  modified: number;
  reversal_rate: number;
}

export interface ComplaintMetrics {
  received: number;
  decided: number;
  open: number;
  by_basis: Record<string, number>;
  outcomes: Record<string, number>;
  median_hours_to_decide: number | null;
  reversed: number;
  by_category: RateRow[];
  by_rule: RateRow[];
  by_reviewer: RateRow[];
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

function rates(facts: ComplaintFact[], key: (f: ComplaintFact) => string | null): RateRow[] {
  const m = new Map<string, RateRow>();
  for (const f of facts) {
    const k = key(f);
    if (k === null || !f.outcome) continue;
    const row = m.get(k) ?? { key: k, decided: 0, reversed: 0, modified: 0, reversal_rate: 0 };
    row.decided += 1;
    if (f.outcome === 'reversed') row.reversed += 1;
    if (f.outcome === 'modified') row.modified += 1;
    m.set(k, row);
  }
  return [...m.values()].map((r) => ({ ...r, reversal_rate: round(r.reversed / r.decided) })).sort((a, b) => b.decided - a.decided || a.key.localeCompare(b.key));
}

export function complaintMetrics(facts: ComplaintFact[]): ComplaintMetrics {
  const decided = facts.filter((f) => f.outcome && f.decidedAt);
  const count = (xs: ComplaintFact[], k: (f: ComplaintFact) => string) => xs.reduce<Record<string, number>>((acc, f) => { acc[k(f)] = (acc[k(f)] ?? 0) + 1; return acc; }, {});
  const hours = decided.map((f) => (f.decidedAt!.getTime() - f.receivedAt.getTime()) / 3_600_000);
  const med = median(hours);
  return {
    received: facts.length,
    decided: decided.length,
    open: facts.length - decided.length,
    by_basis: count(facts, (f) => f.basis),
    outcomes: count(decided, (f) => f.outcome!),
    median_hours_to_decide: med === null ? null : round(med, 2),
    reversed: decided.filter((f) => f.outcome === 'reversed').length,
    by_category: rates(decided, (f) => f.category),
    by_rule: rates(decided, (f) => f.rule),
    by_reviewer: rates(decided, (f) => f.reviewer),
  };
}
