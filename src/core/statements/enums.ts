/**
 * The decision, ground, content, source and automation enumerations of the EU Transparency
 * Database (TDB) statement of reasons, as the server accepts them (spec Part A, A5; Art. 17(3),
 * Art. 24(5)). Send the value, never the label. Each list is an exported const array so the
 * validator, the builder and the tests share one source.
 */

export const DECISION_VISIBILITY_VALUES = [
  'DECISION_VISIBILITY_CONTENT_REMOVED',
  'DECISION_VISIBILITY_CONTENT_DISABLED',
  'DECISION_VISIBILITY_CONTENT_DEMOTED',
  'DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_LABELLED',
  'DECISION_VISIBILITY_OTHER',
] as const;
export type DecisionVisibility = (typeof DECISION_VISIBILITY_VALUES)[number];

export const DECISION_MONETARY_VALUES = [
  'DECISION_MONETARY_SUSPENSION',
  'DECISION_MONETARY_TERMINATION',
  'DECISION_MONETARY_OTHER',
] as const;
export type DecisionMonetary = (typeof DECISION_MONETARY_VALUES)[number];

export const DECISION_PROVISION_VALUES = [
  'DECISION_PROVISION_PARTIAL_SUSPENSION',
  'DECISION_PROVISION_TOTAL_SUSPENSION',
  'DECISION_PROVISION_PARTIAL_TERMINATION',
  'DECISION_PROVISION_TOTAL_TERMINATION',
] as const;
export type DecisionProvision = (typeof DECISION_PROVISION_VALUES)[number];

export const DECISION_ACCOUNT_VALUES = ['DECISION_ACCOUNT_SUSPENDED', 'DECISION_ACCOUNT_TERMINATED'] as const;
export type DecisionAccount = (typeof DECISION_ACCOUNT_VALUES)[number];

/** "Business" in the sense of Regulation (EU) 2019/1150 (A4). */
export const ACCOUNT_TYPE_VALUES = ['ACCOUNT_TYPE_BUSINESS', 'ACCOUNT_TYPE_PRIVATE'] as const;
export type AccountType = (typeof ACCOUNT_TYPE_VALUES)[number];

/** Art. 17(3)(d) illegal content versus Art. 17(3)(e) incompatible with the terms (A6 rules 5–6). */
export const DECISION_GROUND_VALUES = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'] as const;
export type DecisionGround = (typeof DECISION_GROUND_VALUES)[number];

export const CONTENT_TYPE_VALUES = [
  'CONTENT_TYPE_APP',
  'CONTENT_TYPE_AUDIO',
  'CONTENT_TYPE_IMAGE',
  'CONTENT_TYPE_PRODUCT',
  'CONTENT_TYPE_SYNTHETIC_MEDIA',
  'CONTENT_TYPE_TEXT',
  'CONTENT_TYPE_VIDEO',
  'CONTENT_TYPE_OTHER',
] as const;
export type ContentType = (typeof CONTENT_TYPE_VALUES)[number];

/** Art. 17(3)(b): whether the decision followed a notice or the provider's own initiative. */
export const SOURCE_TYPE_VALUES = [
  'SOURCE_ARTICLE_16',
  'SOURCE_TRUSTED_FLAGGER',
  'SOURCE_TYPE_OTHER_NOTIFICATION',
  'SOURCE_VOLUNTARY',
] as const;
export type SourceType = (typeof SOURCE_TYPE_VALUES)[number];

/** Art. 17(3)(c): use of automated means in taking the decision. */
export const AUTOMATED_DECISION_VALUES = [
  'AUTOMATED_DECISION_FULLY',
  'AUTOMATED_DECISION_PARTIALLY',
  'AUTOMATED_DECISION_NOT_AUTOMATED',
] as const;
export type AutomatedDecision = (typeof AUTOMATED_DECISION_VALUES)[number];

/** `automated_detection` and `incompatible_content_illegal` take these literal strings, never booleans (A11 #24). */
export const YES_NO_VALUES = ['Yes', 'No'] as const;
export type YesNo = (typeof YES_NO_VALUES)[number];

/** The webform labels (A5), used in human-readable output such as the trader's statement fallback. */
export const DECISION_LABELS: Readonly<Record<DecisionVisibility | DecisionMonetary | DecisionProvision | DecisionAccount, string>> = {
  DECISION_VISIBILITY_CONTENT_REMOVED: 'Removal of content',
  DECISION_VISIBILITY_CONTENT_DISABLED: 'Disabling access to content',
  DECISION_VISIBILITY_CONTENT_DEMOTED: 'Demotion of content',
  DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED: 'Age restricted content',
  DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED: 'Restricting interaction with content',
  DECISION_VISIBILITY_CONTENT_LABELLED: 'Labelled content',
  DECISION_VISIBILITY_OTHER: 'Other restriction',
  DECISION_MONETARY_SUSPENSION: 'Suspension of monetary payments',
  DECISION_MONETARY_TERMINATION: 'Termination of monetary payments',
  DECISION_MONETARY_OTHER: 'Other restriction',
  DECISION_PROVISION_PARTIAL_SUSPENSION: 'Partial suspension of the provision of the service',
  DECISION_PROVISION_TOTAL_SUSPENSION: 'Total suspension of the provision of the service',
  DECISION_PROVISION_PARTIAL_TERMINATION: 'Partial termination of the provision of the service',
  DECISION_PROVISION_TOTAL_TERMINATION: 'Total termination of the provision of the service',
  DECISION_ACCOUNT_SUSPENDED: 'Suspension of the account',
  DECISION_ACCOUNT_TERMINATED: 'Termination of the account',
};
