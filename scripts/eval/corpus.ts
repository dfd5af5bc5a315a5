import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScreenInput } from '../../src/detection/types.js';
import { applyEvasion, EVASIONS, type Evasion } from './evasions.js';

export interface LabelledListing {
  listing: ScreenInput;
  /** expected category, or "legit" */
  label: string;
  lang: string;
  /** the look-alike category of a hard negative, "ordinary" for plain goods */
  lookAlike?: string;
  evasion?: Evasion;
}

type PositiveRow = [string, string, string, string, number, string];
type NegativeRow = [string, string, string, string, number, string, string | null];

export function loadCorpus(dir: string): LabelledListing[] {
  const out: LabelledListing[] = [];
  for (const file of ['positives-1.json', 'positives-2.json', 'positives-3.json']) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, PositiveRow[] | string>;
    for (const [category, rows] of Object.entries(data)) {
      if (category.startsWith('$') || typeof rows === 'string') continue;
      rows.forEach(([lang, title, description, key, price, currency], i) => {
        const id = `${category}-${lang}-${i}`;
        out.push({ label: category, lang, listing: { id, title, description, price, currency, language: lang } });
        for (const evasion of EVASIONS) {
          if (evasion === 'brand_alias' && category !== 'counterfeit') continue;
          out.push({
            label: category, lang, evasion,
            listing: { id: `${id}-${evasion}`, title: applyEvasion(title, key, evasion), description: applyEvasion(description, key, evasion), price, currency, language: lang },
          });
        }
      });
    }
  }
  const negatives = JSON.parse(readFileSync(join(dir, 'negatives.json'), 'utf8')) as { rows: NegativeRow[] };
  negatives.rows.forEach(([lang, lookAlike, title, description, price, currency, brand], i) => {
    out.push({ label: 'legit', lang, lookAlike, listing: { id: `legit-${lang}-${i}`, title, description, price, currency, language: lang, brand } });
  });
  return out;
}
