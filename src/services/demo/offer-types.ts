/** Shape of the phrase banks for problem listings and hard negatives. */
import type { DemoLanguage, Loc } from './languages.js';
import type { DemoProblemKind } from './types.js';

/** Values for one {slot}: the same in every language, or one list per language. */
export type SlotValues = readonly string[] | Loc<readonly string[]>;

export interface OfferSpec {
  /** Which offer (e.g. `sildenafil`, `rolex`); becomes `label.topic` or `label.hardNegative`. */
  topic: string;
  path: readonly string[];
  /** EUR price range. */
  price: readonly [number, number];
  titles: Loc<readonly string[]>;
  descriptions: Loc<readonly string[]>;
  slots: Readonly<Record<string, SlotValues>>;
  /** Slots whose values evasion may rewrite (drug names, brands, banned ingredients). */
  evade?: readonly string[];
  /** Candidates for the brand field: `{slot}` copies a slot value, `{house}` is the trader's own label, null leaves it empty. */
  brands?: readonly (string | null)[];
  /** 'genuine' reuses the real product's code (counterfeits often do), 'random' invents one. */
  gtin?: 'genuine' | 'random' | 'isbn' | 'none';
  /** Only written in these languages (e.g. pepper spray where it is a prohibited weapon). */
  languages?: readonly DemoLanguage[];
  weight?: number;
}

export interface ProblemOffer extends OfferSpec {
  kind: DemoProblemKind;
}

export function isPerLanguage(values: SlotValues): values is Loc<readonly string[]> {
  return Array.isArray(values[0]);
}

/** One value per language as a slot (each language gets a one-item list). */
export function oneEach(values: Loc): Loc<readonly string[]> {
  return [[values[0]], [values[1]], [values[2]], [values[3]], [values[4]], [values[5]], [values[6]], [values[7]]];
}
