import type { ScreenVerdict } from '../../core/detection/screening.js';
import type { VigilCategory } from '../lexicons/categories.js';
import type { FindingKind } from '../signals/findings.js';
import type { ScreenInput } from '../types.js';

/** Which findings a condition looks for. Every given field must hold; lists mean "any of". */
export interface SignalMatch {
  signal: FindingKind;
  category?: VigilCategory[];
  role?: 'item' | 'cue';
  cue?: string[];
  strength?: 'strong' | 'weak';
  tags?: string[];
  brand?: boolean;
  fields?: string[];
  external?: boolean;
  shortener?: boolean;
  blocklist?: string[];
  messenger?: boolean;
  affiliate?: boolean;
  obfuscated?: boolean;
  email?: boolean;
  contact?: ('phone' | 'messenger_handle' | 'social_handle')[];
  maxRatio?: number;
  maxAgeDays?: number;
  minSimilarity?: number;
  minCount?: number;
  minRate?: number;
  verdict?: string[];
  minConfidence?: number;
  maxDistance?: number;
  inText?: boolean;
  /** at least this many distinct matching findings (default 1) */
  count?: number;
}

export interface ListingMatch {
  categoryContains?: string[];
  maxPrice?: number;
  minPrice?: number;
  language?: string[];
}

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { has: SignalMatch }
  | { near: { a: SignalMatch; b: SignalMatch; chars: number } }
  | { listing: ListingMatch };

export interface RuleOverride {
  memberStates: string[];
  action?: ScreenVerdict;
  shadow?: boolean;
  disabled?: boolean;
}

export interface RuleFixture {
  name: string;
  listing: ScreenInput;
  /** whether this rule must fire on the listing */
  fires: boolean;
  /** the overall verdict expected, when given */
  verdict?: ScreenVerdict;
}

export interface Rule {
  id: string;
  version: number;
  description: string;
  category: VigilCategory;
  severity: 'low' | 'medium' | 'high' | 'critical';
  action: ScreenVerdict;
  /** may act (block) without a human, subject to measured precision (ruleMayAutoAct) */
  autoAct: boolean;
  /** logs, never acts */
  shadow: boolean;
  score: number;
  scope?: { include?: string[]; exclude?: string[] };
  overrides?: RuleOverride[];
  legalGround: { requirement: string; sorCategory: string; sorKeyword: string; sorOther?: string; reference?: string };
  when: Condition;
  unless?: Condition;
  fixtures?: RuleFixture[];
}

/** One file of rules/ in the repository: a rule family and how it behaves when a detector is down. */
export interface RuleFamily {
  family: string;
  description: string;
  /** closed: when part of the pipeline is unavailable, listings go to review instead of allow */
  failMode: 'open' | 'closed';
  rules: Rule[];
}
