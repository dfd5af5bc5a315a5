import type { ReactNode } from 'react';
import type { ScreeningSignal } from '../../api/case-types.js';
import { t } from '../../i18n/index.js';
import { categoryLabel } from './labels.js';

interface HighlightedProps {
  text: string;
  field: string;
  signals: readonly ScreeningSignal[];
}

/** The text with the detection hits on `field` marked; spans outside the text or overlapping an earlier one are skipped. */
export function Highlighted({ text, field, signals }: HighlightedProps) {
  const spans = signals
    .filter((s) => s.span?.field === field)
    .map((s) => ({ start: Math.max(0, s.span!.start), end: Math.min(text.length, s.span!.end), rule: s.rule }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    if (s.start > pos) parts.push(text.slice(pos, s.start));
    parts.push(
      <mark key={`${s.start}-${s.end}`} className="hit" title={t('case.hit.title', { rule: s.rule })}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    pos = s.end;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return <>{parts}</>;
}

/** The hits grouped by rule: each rule once, with the distinct evidence it found. */
export function HitList({ signals }: { signals: readonly ScreeningSignal[] }) {
  const byRule = new Map<string, { category: string | null; evidence: Set<string> }>();
  for (const s of signals) {
    const entry = byRule.get(s.rule) ?? { category: s.category, evidence: new Set<string>() };
    if (s.evidence) entry.evidence.add(s.evidence);
    byRule.set(s.rule, entry);
  }
  return (
    <ul className="hit-list">
      {[...byRule].map(([rule, e]) => (
        <li key={rule}>
          <span className="mono">{rule}</span>
          {e.category && <span className="muted"> · {categoryLabel(e.category)}</span>}
          {e.evidence.size > 0 && <> — {[...e.evidence].map((x) => `“${x}”`).join(', ')}</>}
        </li>
      ))}
    </ul>
  );
}
