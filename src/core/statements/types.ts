/**
 * A statement of reasons in the EU Transparency Database format (spec Part A, A4): the record
 * Art. 24(5) DSA asks online platforms to submit for every Art. 17 decision. Field names are the
 * wire names, so a `TdbStatement` is exactly the JSON object sent to `POST /api/v1/statement(s)`.
 */
import type {
  AccountType, AutomatedDecision, ContentType, DecisionAccount, DecisionGround, DecisionMonetary,
  DecisionProvision, DecisionVisibility, SourceType, YesNo,
} from './enums.js';
import type { Keyword, StatementCategory } from './categories.js';
import type { ContentLanguage, TerritorialScopeCode } from './places.js';

export * from './enums.js';
export * from './categories.js';
export * from './places.js';

/** `YYYY-MM-DD`, zero-padded (A6 rule 11). */
export type IsoDate = string;

/** The product identifier; the only key is `EAN-13`, a 13-digit string, never a number (A6 rule 17). */
export interface TdbContentId {
  'EAN-13': string;
}

/** Art. 17(3)(a)–(e) as TDB fields (A9). Optional members are omitted, not sent as `null`, unless noted nullable. */
export interface TdbStatement {
  // (a) the restriction: at least one of the four (A6 rule 1); several may be combined (rule 2).
  decision_visibility?: DecisionVisibility[] | null;
  /** Required iff `decision_visibility` has DECISION_VISIBILITY_OTHER; max 500 (rule 3). */
  decision_visibility_other?: string;
  decision_monetary?: DecisionMonetary | null;
  /** Required iff `decision_monetary` is DECISION_MONETARY_OTHER; max 500 (rule 4). */
  decision_monetary_other?: string;
  decision_provision?: DecisionProvision | null;
  decision_account?: DecisionAccount | null;
  account_type?: AccountType | null;

  // (d)/(e) the ground.
  decision_ground: DecisionGround;
  /** Link to the law or the terms clause relied on; max 500, must be a URL. */
  decision_ground_reference_url?: string | null;
  /** Required iff ground is ILLEGAL; max 500 (rule 5). */
  illegal_content_legal_ground?: string;
  /** Required iff ground is ILLEGAL; max 2000 (rule 5). */
  illegal_content_explanation?: string;
  /** Required iff ground is INCOMPATIBLE; max 500 (rule 6). */
  incompatible_content_ground?: string;
  /** Required iff ground is INCOMPATIBLE; max 2000 (rule 6). */
  incompatible_content_explanation?: string;
  /** Only with ground INCOMPATIBLE; never `null` (rule 6, 18). */
  incompatible_content_illegal?: YesNo;

  // (b) facts and circumstances.
  /** Non-empty (rule 15). */
  content_type: ContentType[];
  /** Required iff `content_type` has CONTENT_TYPE_OTHER; max 500 (rule 8). */
  content_type_other?: string;
  category: StatementCategory;
  /** Never `null`; the server removes `category` from it (rule 16). */
  category_addition?: StatementCategory[];
  category_specification?: Keyword[] | null;
  /** Only with KEYWORD_OTHER in `category_specification`; max 500 (rule 9). */
  category_specification_other?: string;
  content_id?: TdbContentId | null;
  /** Single endpoint only; an alternative to `content_id` the batch endpoint ignores. Vigil sends `content_id`. */
  content_id_ean?: string | null;
  /** Accepted missing by the server, required by the docs: Vigil always sends it (A8, rule 14). */
  territorial_scope: TerritorialScopeCode[] | null;
  content_language?: ContentLanguage | null;
  content_date: IsoDate;
  application_date: IsoDate;
  end_date_visibility_restriction?: IsoDate | null;
  end_date_monetary_restriction?: IsoDate | null;
  end_date_service_restriction?: IsoDate | null;
  end_date_account_restriction?: IsoDate | null;
  /** Max 5000, no personal data (Art. 24(5), rule 20). */
  decision_facts: string;
  source_type: SourceType;
  /** Dropped when `source_type` is SOURCE_VOLUNTARY; max 500 (rule 10). */
  source_identity?: string | null;

  // (c) automated means.
  automated_detection: YesNo;
  automated_decision: AutomatedDecision;

  /** Platform unique identifier: `[A-Za-z0-9_-]`, max 500, unique per platform forever (rule 13). */
  puid: string;
}

/** Every field a client may send (A4). The server ignores anything else. */
export const TDB_STATEMENT_FIELDS = [
  'decision_visibility', 'decision_visibility_other', 'decision_monetary', 'decision_monetary_other',
  'decision_provision', 'decision_account', 'account_type', 'decision_ground', 'decision_ground_reference_url',
  'illegal_content_legal_ground', 'illegal_content_explanation', 'incompatible_content_ground',
  'incompatible_content_explanation', 'incompatible_content_illegal', 'content_type', 'content_type_other',
  'category', 'category_addition', 'category_specification', 'category_specification_other', 'content_id',
  'content_id_ean', 'territorial_scope', 'content_language', 'content_date', 'application_date',
  'end_date_visibility_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction',
  'end_date_account_restriction', 'decision_facts', 'source_type', 'source_identity', 'automated_detection',
  'automated_decision', 'puid',
] as const satisfies readonly (keyof TdbStatement)[];
export type TdbStatementField = (typeof TDB_STATEMENT_FIELDS)[number];

/** The free-text fields Art. 24(5) keeps free of personal data (rule 20). */
export const TDB_FREE_TEXT_FIELDS = [
  'decision_visibility_other', 'decision_monetary_other', 'illegal_content_legal_ground',
  'illegal_content_explanation', 'incompatible_content_ground', 'incompatible_content_explanation',
  'content_type_other', 'category_specification_other', 'decision_facts', 'source_identity',
] as const satisfies readonly TdbStatementField[];

/** Laravel-shaped validation errors: field (dotted for nested keys) → messages. */
export type FieldErrors = Record<string, string[]>;
