/**
 * Vigil's screening categories and the statement-of-reasons category and keyword each maps to by
 * default (Transparency Database enums, spec A5). A lexicon group or a rule may name a more precise
 * pair; this table is the fallback so every hit can be cited in a statement of reasons (SOR-*).
 */
export const VIGIL_CATEGORIES = [
  'medicine',
  'supplement',
  'narcotic',
  'adult',
  'child_safety',
  'counterfeit',
  'weapon',
  'unsafe',
  'hidden_link',
  'off_platform',
  'scam',
  'relist',
  'trader_risk',
] as const;
export type VigilCategory = (typeof VIGIL_CATEGORIES)[number];

export interface SorGround {
  category: string;
  keyword: string;
  /** Required by the Transparency Database when keyword is KEYWORD_OTHER. */
  other?: string;
}

const unsafeProhibited = 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS';

export const DEFAULT_SOR: Record<VigilCategory, SorGround> = {
  medicine: { category: unsafeProhibited, keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
  supplement: { category: unsafeProhibited, keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
  narcotic: { category: unsafeProhibited, keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
  adult: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_ADULT_SEXUAL_MATERIAL' },
  child_safety: { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keyword: 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL' },
  counterfeit: { category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT' },
  weapon: { category: unsafeProhibited, keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
  unsafe: { category: unsafeProhibited, keyword: 'KEYWORD_UNSAFE_PRODUCTS' },
  hidden_link: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_INAUTHENTIC_LISTINGS' },
  off_platform: {
    category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
    keyword: 'KEYWORD_OTHER',
    other: 'Off-platform contact or payment arranged through the listing',
  },
  scam: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_PHISHING' },
  relist: { category: unsafeProhibited, keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
  trader_risk: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_INAUTHENTIC_LISTINGS' },
};

export const isVigilCategory = (value: string): value is VigilCategory =>
  (VIGIL_CATEGORIES as readonly string[]).includes(value);
