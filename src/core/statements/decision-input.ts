/**
 * What a Vigil decision must say for its statements of reasons (Art. 17(3)(a)–(e), SOR-2): the
 * input of both the Transparency Database record (build.ts) and the trader's statement
 * (trader-statement.ts). Other modules map their decision records onto this shape.
 */
import type { Keyword, StatementCategory } from './categories.js';
import type { ContentType, DecisionAccount, DecisionMonetary, DecisionProvision, DecisionVisibility } from './enums.js';
import type { TerritorialScopeCode } from './places.js';
import type { IsoDate } from './types.js';

/** A date as `YYYY-MM-DD` or a Date (taken in UTC). */
export type DateInput = IsoDate | Date;

/** Art. 17(3)(a): the restrictions imposed; at least one, several may be combined. `endDate` absent = indefinite. */
export interface StatementRestrictions {
  visibility?: { types: readonly DecisionVisibility[]; other?: string; endDate?: DateInput | null };
  monetary?: { type: DecisionMonetary; other?: string; endDate?: DateInput | null };
  provision?: { type: DecisionProvision; endDate?: DateInput | null };
  account?: { type: DecisionAccount; endDate?: DateInput | null };
}

/** Art. 17(3)(d) legal ground or (e) contractual ground. Free text here is reviewer text: it is scrubbed. */
export type StatementGround =
  | { kind: 'illegal'; legalGround: string; explanation: string; referenceUrl?: string | null }
  | { kind: 'incompatible'; clause: string; explanation: string; alsoIllegal?: boolean | null; referenceUrl?: string | null };

/** Art. 17(3)(b): whether the decision followed a notice (and which kind) or was taken on own initiative. */
export type StatementSourceKind = 'notice' | 'trusted_flagger' | 'other_notification' | 'own_initiative';

/** The structured facts `decision_facts` is assembled from (SOR-3: name the item and the attribute that failed). */
export interface StatementFacts {
  itemKind: 'listing' | 'store' | 'review' | 'ad' | 'account' | 'message' | 'affiliate_link' | 'other';
  itemId: string;
  /** The item's title as the buyer saw it; scrubbed before use. */
  title?: string | null;
  /** The attribute that failed, e.g. "CE marking", "product title", "seller contact details". */
  failedAttribute?: string | null;
  /** The concrete finding in one or two sentences, e.g. "the packaging bears a counterfeit logo". Scrubbed. */
  finding?: string | null;
  /** Detection rules that fired (their ids and, optionally, labels). */
  ruleHits?: readonly { id: string; label?: string | null }[];
  /** Lexicon terms matched in the item text (product words, not people). Scrubbed. */
  lexiconHits?: readonly string[];
  /** Account measures under the penalty policy (Art. 23(1)): the points reached and the PUIDs of the decisions counted. */
  measureBasis?: { points: number; windowDays: number; decisionPuids: readonly string[] };
}

export interface DecisionForStatement {
  /** Becomes the PUID: `[A-Za-z0-9_-]`, at most 500 characters, unique forever (A6 rule 13). */
  decisionId: string;
  restrictions: StatementRestrictions;
  accountType?: 'business' | 'private' | null;
  ground: StatementGround;
  /** NA-3: one category and exactly one primary keyword of it (or KEYWORD_OTHER with `keywordOther`). */
  category: StatementCategory;
  primaryKeyword: Keyword;
  additionalKeywords?: readonly Keyword[];
  additionalCategories?: readonly StatementCategory[];
  keywordOther?: string | null;
  contentTypes: readonly ContentType[];
  contentTypeOther?: string | null;
  contentDate: DateInput;
  applicationDate: DateInput;
  /** 'EU' (the 27), 'EEA' (all 30) or codes; Eurostat's EL is read as GR. */
  territorialScope: 'EU' | 'EEA' | readonly (TerritorialScopeCode | 'EL')[];
  /** ISO 639-1 (lower case as Vigil stores it, a BCP 47 tag is fine: "de-AT"). */
  contentLanguage?: string | null;
  /** GTIN-8/12/13/14 of the product; only a valid one with an EAN-13 form is sent. */
  gtin?: string | null;
  source: { kind: StatementSourceKind; identity?: string | null };
  automatedDetection: boolean;
  automatedDecision: 'fully' | 'partially' | 'not_automated';
  facts: StatementFacts;
  /** Names to scrub wherever they appear: notifier, trader, reviewers (Art. 24(5)). */
  knownNames?: readonly (string | null | undefined)[];
}

export const isoDate = (d: DateInput): IsoDate => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));
