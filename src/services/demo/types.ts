/** Public record and label types of the demo catalog generator. */
import type { ListingInput, OrderInput, TraderInput } from '../../core/catalog/types.js';
import type { DemoLanguage } from './languages.js';

export interface DemoCatalogSize {
  traders: number;
  listings: number;
  orders: number;
}

export interface DemoCatalogOptions extends Partial<DemoCatalogSize> {
  /** Same seed and `now` give byte-identical output. A string is hashed to a number. */
  seed?: number | string;
  /**
   * Reference time that "new trader" and "orders over the last 8 months" are relative to.
   * Defaults to the start of the current UTC day, so a seed is stable for a day.
   */
  now?: Date | string;
}

/** What a correct compliance engine should do with the listing. */
export type DemoExpectedAction = 'keep' | 'age_restrict' | 'remove';

export const DEMO_PROBLEM_KINDS = [
  'prescription_drug',
  'banned_supplement',
  'illegal_health_claim',
  'counterfeit',
  'weapon',
  'adult',
  'unsafe_product',
  'hidden_link',
  'off_platform_contact',
] as const;
export type DemoProblemKind = (typeof DEMO_PROBLEM_KINDS)[number];

export const DEMO_EVASIONS = [
  'homoglyph',
  'zero_width',
  'leetspeak',
  'spaced_letters',
  'punctuation',
  'brand_alias',
  'obfuscated_contact',
] as const;
export type DemoEvasion = (typeof DEMO_EVASIONS)[number];

/**
 * Ground truth for one listing; never part of what the marketplace sends. Legal adult goods have
 * a `kind` but `illegal: false` and `action: 'age_restrict'`.
 */
export interface DemoListingLabel {
  illegal: boolean;
  action: DemoExpectedAction;
  kind?: DemoProblemKind;
  /** Which offer inside the kind (e.g. `sildenafil`, `rolex`), for per-topic breakdowns. */
  topic?: string;
  evasion?: DemoEvasion;
  /**
   * Why it must go: against the law (medicines, weapons, counterfeits…) or against the
   * marketplace's terms (hidden links, off-platform contact), the two grounds of DSA Art. 17.
   */
  ground?: 'law' | 'terms';
  /** Set on legal listings built to look suspicious (e.g. `vitamin_c`, `water_gun`). */
  hardNegative?: string;
}

export interface DemoTraderLabel {
  /** Traders that most problem listings come from (new, far away, many languages…). */
  highRisk: boolean;
}

/** Every optional input field is filled in (possibly with null), so consumers need no fallbacks. */
export type DemoListingInput = Required<ListingInput> & { language: DemoLanguage };

export interface DemoTraderRecord {
  id: string;
  input: Required<TraderInput>;
  label: DemoTraderLabel;
}

export interface DemoListingRecord {
  id: string;
  input: DemoListingInput;
  label: DemoListingLabel;
}

export interface DemoOrderRecord {
  id: string;
  input: OrderInput;
}

/** Re-iterable: each `for … of` starts again from the first record; `count` is known upfront. */
export interface DemoStream<T> extends Iterable<T> {
  readonly count: number;
}

export interface DemoCatalog {
  readonly seed: number;
  readonly now: string;
  readonly size: DemoCatalogSize;
  readonly traders: DemoStream<DemoTraderRecord>;
  readonly listings: DemoStream<DemoListingRecord>;
  readonly orders: DemoStream<DemoOrderRecord>;
  /** Random access, e.g. to re-create one listing for a demo walkthrough. Index is 0-based. */
  trader(index: number): DemoTraderRecord;
  listing(index: number): DemoListingRecord;
  order(index: number): DemoOrderRecord;
}
