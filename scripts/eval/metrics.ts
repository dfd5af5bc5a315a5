import type { ScreenResult } from '../../src/core/detection/screening.js';
import type { LabelledListing } from './corpus.js';

export interface Scored {
  item: LabelledListing;
  result: ScreenResult;
  flagged: boolean;
  correct: boolean;
}

/** A positive counts as found when it is not allowed and its category is among the result's categories. */
export function score(item: LabelledListing, result: ScreenResult): Scored {
  const flagged = result.verdict !== 'allow';
  const categories = new Set(result.categories);
  const hit = item.label === 'adult' ? categories.has('adult') || categories.has('child_safety') : categories.has(item.label);
  return { item, result, flagged, correct: item.label === 'legit' ? !flagged : flagged && hit };
}

export interface Row {
  name: string;
  positives: number;
  found: number;
  falsePositives: number;
  predicted: number;
  legit: number;
  legitFlagged: number;
}

const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

export function formatTable(title: string, rows: Row[]): string {
  const lines = [`\n${title}`, `${'name'.padEnd(22)} ${'n+'.padStart(5)} ${'recall'.padStart(7)} ${'precision'.padStart(9)} ${'n-'.padStart(5)} ${'FPR'.padStart(7)}`];
  for (const r of rows) {
    lines.push(`${r.name.padEnd(22)} ${String(r.positives).padStart(5)} ${pct(r.found, r.positives).padStart(7)} ${pct(r.predicted - r.falsePositives, r.predicted).padStart(9)} ${String(r.legit).padStart(5)} ${pct(r.legitFlagged, r.legit).padStart(7)}`);
  }
  return lines.join('\n');
}

/** Rows grouped by a key: recall over positives, precision over predictions of the category, FPR over legit listings. */
export function rowsBy(scored: readonly Scored[], keyOf: (s: Scored) => string | undefined, category?: (key: string) => string | undefined): Row[] {
  const keys = [...new Set(scored.map(keyOf).filter((k): k is string => k !== undefined))].sort();
  return keys.map((name) => {
    const group = scored.filter((s) => keyOf(s) === name);
    const positives = group.filter((s) => s.item.label !== 'legit');
    const legit = group.filter((s) => s.item.label === 'legit');
    const cat = category?.(name);
    const predictedAll = cat ? scored.filter((s) => s.flagged && s.result.categories.includes(cat)) : [];
    return {
      name,
      positives: positives.length,
      found: positives.filter((s) => s.correct).length,
      predicted: predictedAll.length,
      falsePositives: predictedAll.filter((s) => s.item.label !== cat && !(cat === 'child_safety' && s.item.label === 'adult')).length,
      legit: legit.length,
      legitFlagged: legit.filter((s) => s.flagged).length,
    };
  });
}
