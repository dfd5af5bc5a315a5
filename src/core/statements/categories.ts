/**
 * The 16 statement categories and the 69 keywords (`category_specification`) the Transparency
 * Database accepts since the 1 July 2025 schema switch to the Implementing Regulation (EU)
 * 2024/2835 taxonomy (spec A5, B4; NA-3). Each keyword carries its parent category from the IR
 * templates; the TDB itself does not enforce the parent relation, Vigil does (one-to-one mapping).
 */

/** `category` and `category_addition` values. */
export const STATEMENT_CATEGORY_VALUES = [
  'STATEMENT_CATEGORY_ANIMAL_WELFARE',
  'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
  'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
  'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_SELF_HARM',
  'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
  'STATEMENT_CATEGORY_VIOLENCE',
] as const;
export type StatementCategory = (typeof STATEMENT_CATEGORY_VALUES)[number];

/** Label (TDB) and number in the IR 2024/2835 templates (B4). */
export const CATEGORY_INFO: Readonly<Record<StatementCategory, { label: string; template: number }>> = {
  STATEMENT_CATEGORY_ANIMAL_WELFARE: { label: 'Animal welfare', template: 1 },
  STATEMENT_CATEGORY_CONSUMER_INFORMATION: { label: 'Consumer information infringements', template: 2 },
  STATEMENT_CATEGORY_CYBER_VIOLENCE: { label: 'Cyber violence', template: 3 },
  STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN: { label: 'Cyber violence against women', template: 4 },
  STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: { label: 'Data protection and privacy violations', template: 5 },
  STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH: { label: 'Illegal or harmful speech', template: 6 },
  STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS: { label: 'Intellectual property infringements', template: 7 },
  STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS: { label: 'Negative effects on civic discourse or elections', template: 8 },
  STATEMENT_CATEGORY_PROTECTION_OF_MINORS: { label: 'Protection of minors', template: 9 },
  STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY: { label: 'Risk for public security', template: 10 },
  STATEMENT_CATEGORY_SCAMS_AND_FRAUD: { label: 'Scams and/or fraud', template: 11 },
  STATEMENT_CATEGORY_SELF_HARM: { label: 'Self-harm', template: 12 },
  STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: { label: 'Unsafe, non-compliant or prohibited products', template: 13 },
  STATEMENT_CATEGORY_VIOLENCE: { label: 'Violence', template: 14 },
  STATEMENT_CATEGORY_OTHER_VIOLATION_TC: { label: 'Other violation of provider’s terms and conditions', template: 15 },
  STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE: { label: 'Type of alleged illegal content not specified by the notifier', template: 17 },
};

/**
 * Categories the TDB rejects: the IR's orders-only category 16 (A11 #22) and the four dropped with
 * the 1 July 2025 schema change (A5). Kept so error messages can say why, not just "invalid".
 */
export const REJECTED_CATEGORY_VALUES = [
  'STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER',
  'STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS',
  'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
  'STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR',
  'STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT',
] as const;

/** Keywords dropped on 1 July 2025; the TDB rejects them now (A5, A11 #23). */
export const REMOVED_KEYWORD_VALUES = [
  'KEYWORD_ONLINE_BULLYING_INTIMIDATION',
  'KEYWORD_INSUFFICIENT_INFORMATION_TRADERS',
  'KEYWORD_DISINFORMATION',
  'KEYWORD_NON_CONSENSUAL_ITEMS_DEEPFAKE',
  'KEYWORD_MISINFORMATION',
  'KEYWORD_FOREIGN_INFORMATION_MANIPULATION',
  'KEYWORD_REGULATED_GOODS_SERVICES',
  'KEYWORD_DANGEROUS_TOYS',
  'KEYWORD_GENDER_BASED_VIOLENCE',
  'KEYWORD_IMAGE_BASED_SEXUAL_ABUSE',
] as const;

/**
 * `parent` null: `KEYWORD_OTHER` belongs to every category (1c … 15g); `KEYWORD_STALKING` is a
 * TDB-only legacy keyword outside the IR taxonomy that the server still accepts (A5: avoid it).
 */
const KEYWORDS = {
  KEYWORD_ADULT_SEXUAL_MATERIAL: { label: 'Adult sexual material', parent: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', template: '15a' },
  KEYWORD_AGE_SPECIFIC_RESTRICTIONS: { label: 'Age-specific restrictions', parent: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', template: '15b' },
  KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS: { label: 'Age-specific restrictions concerning minors', parent: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', template: '9a' },
  KEYWORD_ANIMAL_HARM: { label: 'Animal harm', parent: 'STATEMENT_CATEGORY_ANIMAL_WELFARE', template: '1a' },
  KEYWORD_BIOMETRIC_DATA_BREACH: { label: 'Biometric data breach', parent: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS', template: '5a' },
  KEYWORD_BULLYING_AGAINST_GIRLS: { label: 'Cyber bullying and intimidation against girls', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', template: '4a' },
  KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL: { label: 'Child sexual abuse material', parent: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', template: '9b' },
  KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE: { label: 'Child sexual abuse material containing deepfake or similar technology', parent: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', template: '9c' },
  KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS: { label: 'Content promoting eating disorders', parent: 'STATEMENT_CATEGORY_SELF_HARM', template: '12a' },
  KEYWORD_COORDINATED_HARM: { label: 'Coordinated harm', parent: 'STATEMENT_CATEGORY_VIOLENCE', template: '14a' },
  KEYWORD_COPYRIGHT_INFRINGEMENT: { label: 'Copyright infringements', parent: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', template: '7a' },
  KEYWORD_CYBER_BULLYING_INTIMIDATION: { label: 'Cyber bullying and intimidation', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', template: '3a' },
  KEYWORD_CYBER_HARASSMENT: { label: 'Cyber harassment', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', template: '3b' },
  KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN: { label: 'Cyber harassment against women', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', template: '4b' },
  KEYWORD_CYBER_INCITEMENT: { label: 'Cyber incitement to hatred or violence', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', template: '3c' },
  KEYWORD_CYBER_STALKING: { label: 'Cyber stalking', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', template: '3d' },
  KEYWORD_CYBER_STALKING_AGAINST_WOMEN: { label: 'Cyber stalking against women', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', template: '4c' },
  KEYWORD_DATA_FALSIFICATION: { label: 'Data falsification', parent: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS', template: '5b' },
  KEYWORD_DEFAMATION: { label: 'Defamation', parent: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', template: '6a' },
  KEYWORD_DESIGN_INFRINGEMENT: { label: 'Design infringements', parent: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', template: '7b' },
  KEYWORD_DISCRIMINATION: { label: 'Discrimination', parent: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', template: '6b' },
  KEYWORD_FEMALE_GENDERED_DISINFORMATION: { label: 'Gendered disinformation', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', template: '4d' },
  KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT: { label: 'Geographic indications infringements', parent: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', template: '7c' },
  KEYWORD_GEOGRAPHICAL_REQUIREMENTS: { label: 'Geographical requirements', parent: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', template: '15c' },
  KEYWORD_GOODS_SERVICES_NOT_PERMITTED: { label: 'Goods/services not permitted to be offered on the platform', parent: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', template: '15d' },
  KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS: { label: 'Grooming/sexual enticement of minors', parent: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', template: '9d' },
  KEYWORD_HATE_SPEECH: { label: 'Illegal incitement to violence and hatred based on protected characteristics (hate speech)', parent: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', template: '6c' },
  KEYWORD_HIDDEN_ADVERTISEMENT: { label: 'Hidden advertisement or commercial communication, including by influencers', parent: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', template: '2a' },
  KEYWORD_HUMAN_EXPLOITATION: { label: 'Human exploitation', parent: 'STATEMENT_CATEGORY_VIOLENCE', template: '14c' },
  KEYWORD_HUMAN_TRAFFICKING: { label: 'Human trafficking', parent: 'STATEMENT_CATEGORY_VIOLENCE', template: '14d' },
  KEYWORD_ILLEGAL_ORGANIZATIONS: { label: 'Illegal organizations', parent: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', template: '10a' },
  KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING: { label: 'Impersonation or account hijacking', parent: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', template: '11a' },
  KEYWORD_INAUTHENTIC_ACCOUNTS: { label: 'Inauthentic accounts', parent: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', template: '11b' },
  KEYWORD_INAUTHENTIC_LISTINGS: { label: 'Inauthentic listings', parent: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', template: '11c' },
  KEYWORD_INAUTHENTIC_USER_REVIEWS: { label: 'Inauthentic user reviews', parent: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', template: '11d' },
  KEYWORD_INCITEMENT_AGAINST_WOMEN: { label: 'Illegal incitement to violence and hatred against women', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', template: '4e' },
  KEYWORD_INCITEMENT_VIOLENCE_HATRED: { label: 'General calls or incitement to violence and/or hatred', parent: 'STATEMENT_CATEGORY_VIOLENCE', template: '14b' },
  KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS: { label: 'Insufficient information on traders', parent: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', template: '2b' },
  KEYWORD_LANGUAGE_REQUIREMENTS: { label: 'Language requirements', parent: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', template: '15e' },
  KEYWORD_MISINFORMATION_DISINFORMATION: { label: 'Misinformation, disinformation, foreign information manipulation and interference', parent: 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS', template: '8a' },
  KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS: { label: 'Misleading information about the consumer\'s rights', parent: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', template: '2d' },
  KEYWORD_MISLEADING_INFO_GOODS_SERVICES: { label: 'Misleading information about the characteristics of the goods and services', parent: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', template: '2c' },
  KEYWORD_MISSING_PROCESSING_GROUND: { label: 'Missing processing ground for data', parent: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS', template: '5c' },
  KEYWORD_NON_CONSENSUAL_IMAGE_SHARING: { label: 'Non-consensual (intimate) material sharing, including (image-based) sexual abuse (excluding content depicting minors)', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', template: '3e' },
  KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN: { label: 'Non-consensual (intimate) material sharing against women, including (image-based) sexual abuse against women (excluding content depicting minors)', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', template: '4f' },
  KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE: { label: 'Non-consensual sharing of material containing deepfake or similar technology using a third party\'s features (excluding content depicting minors)', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', template: '3f' },
  KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN: { label: 'Non-consensual sharing of material containing deepfake or similar technology using a third party\'s features against women (excluding content depicting minors)', parent: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', template: '4g' },
  KEYWORD_NONCOMPLIANCE_PRICING: { label: 'Non-compliance with pricing regulations', parent: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', template: '2e' },
  KEYWORD_NUDITY: { label: 'Nudity', parent: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', template: '15f' },
  KEYWORD_PATENT_INFRINGEMENT: { label: 'Patent infringements', parent: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', template: '7d' },
  KEYWORD_PHISHING: { label: 'Phishing', parent: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', template: '11e' },
  KEYWORD_PROHIBITED_PRODUCTS: { label: 'Prohibited or restricted products', parent: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', template: '13a' },
  KEYWORD_PYRAMID_SCHEMES: { label: 'Pyramid schemes', parent: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', template: '11f' },
  KEYWORD_RIGHT_TO_BE_FORGOTTEN: { label: 'Right to be forgotten', parent: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS', template: '5d' },
  KEYWORD_RISK_ENVIRONMENTAL_DAMAGE: { label: 'Risk for environmental damage', parent: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', template: '10b' },
  KEYWORD_RISK_PUBLIC_HEALTH: { label: 'Risk for public health', parent: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', template: '10c' },
  KEYWORD_SELF_MUTILATION: { label: 'Self-mutilation', parent: 'STATEMENT_CATEGORY_SELF_HARM', template: '12b' },
  KEYWORD_STALKING: { label: 'Stalking', parent: null, template: null },
  KEYWORD_SUICIDE: { label: 'Suicide', parent: 'STATEMENT_CATEGORY_SELF_HARM', template: '12c' },
  KEYWORD_TERRORIST_CONTENT: { label: 'Terrorist content', parent: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', template: '10d' },
  KEYWORD_TRADE_SECRET_INFRINGEMENT: { label: 'Trade secret infringements', parent: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', template: '7e' },
  KEYWORD_TRADEMARK_INFRINGEMENT: { label: 'Trademark infringements', parent: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', template: '7f' },
  KEYWORD_TRAFFICKING_WOMEN_GIRLS: { label: 'Trafficking in women and girls', parent: 'STATEMENT_CATEGORY_VIOLENCE', template: '14e' },
  KEYWORD_UNLAWFUL_SALE_ANIMALS: { label: 'Unlawful sale of animals', parent: 'STATEMENT_CATEGORY_ANIMAL_WELFARE', template: '1b' },
  KEYWORD_UNSAFE_CHALLENGES: { label: 'Unsafe challenges', parent: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', template: '9e' },
  KEYWORD_UNSAFE_PRODUCTS: { label: 'Unsafe or non-compliant products', parent: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', template: '13b' },
  KEYWORD_VIOLATION_EU_LAW: { label: 'Violation of EU law relevant to civic discourse or elections', parent: 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS', template: '8b' },
  KEYWORD_VIOLATION_NATIONAL_LAW: { label: 'Violation of national law relevant to civic discourse or elections', parent: 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS', template: '8c' },
  KEYWORD_OTHER: { label: 'Not captured by any other keyword', parent: null, template: null },
} as const satisfies Record<string, { label: string; parent: StatementCategory | null; template: string | null }>;

export type Keyword = keyof typeof KEYWORDS;
export const KEYWORD_INFO: Readonly<Record<Keyword, { label: string; parent: StatementCategory | null; template: string | null }>> = KEYWORDS;
export const KEYWORD_VALUES = Object.keys(KEYWORDS) as Keyword[];

/** The TDB accepts it, the IR taxonomy has no place for it: our strict rules refuse it (A5). */
export const LEGACY_KEYWORD: Keyword = 'KEYWORD_STALKING';

/** True when `keyword` may specify `category` under the IR taxonomy (KEYWORD_OTHER fits every category). */
export function keywordFits(keyword: Keyword, category: StatementCategory): boolean {
  if (keyword === 'KEYWORD_OTHER') return true;
  return KEYWORD_INFO[keyword].parent === category;
}

/** The keywords the IR lists under one category, without `KEYWORD_OTHER`. */
export const keywordsOf = (category: StatementCategory): Keyword[] =>
  KEYWORD_VALUES.filter((k) => KEYWORD_INFO[k].parent === category);
