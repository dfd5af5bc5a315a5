/** The penalty policy the demo runs and new installations start from; its numbers are published in DEFAULT_TERMS (T-7.x). */
import type { PenaltyPolicy } from './policy.js';

export const DEFAULT_POLICY: PenaltyPolicy = {
  version: 'penalties-2026-01',
  terms_version: '2026-01',
  qualifying_actions: ['remove', 'disable_access', 'suspend_account', 'terminate_account', 'monetary_restriction'],
  severities: {
    low: { points: 1, expiry_days: 180, clause: 'T-7.1' },
    medium: { points: 2, expiry_days: 365, clause: 'T-7.1' },
    high: { points: 3, expiry_days: 365, clause: 'T-7.1' },
    grave: { points: 12, expiry_days: 730, clause: 'T-7.4', immediate_termination: true },
  },
  categories: {
    STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: { severity: 'high', clause: 'T-4.1' },
    STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY: { severity: 'high', clause: 'T-4.1' },
    STATEMENT_CATEGORY_ANIMAL_WELFARE: { severity: 'high', clause: 'T-4.1' },
    STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS: { severity: 'medium', clause: 'T-4.2' },
    STATEMENT_CATEGORY_SCAMS_AND_FRAUD: { severity: 'high', clause: 'T-4.3' },
    STATEMENT_CATEGORY_CONSUMER_INFORMATION: { severity: 'low', clause: 'T-4.4' },
    STATEMENT_CATEGORY_OTHER_VIOLATION_TC: { severity: 'low', clause: 'T-4.4' },
    STATEMENT_CATEGORY_PROTECTION_OF_MINORS: { severity: 'high', clause: 'T-4.5' },
    STATEMENT_CATEGORY_SELF_HARM: { severity: 'high', clause: 'T-4.5' },
    STATEMENT_CATEGORY_VIOLENCE: { severity: 'high', clause: 'T-4.5' },
    STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH: { severity: 'medium', clause: 'T-4.6' },
    STATEMENT_CATEGORY_CYBER_VIOLENCE: { severity: 'medium', clause: 'T-4.6' },
    STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN: { severity: 'medium', clause: 'T-4.6' },
    STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: { severity: 'medium', clause: 'T-4.6' },
    STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS: { severity: 'medium', clause: 'T-4.6' },
  },
  default_category: { severity: 'low', clause: 'T-4.4' },
  ladder: [
    { measure: 'warning', at_points: 3, clause: 'T-7.2' },
    { measure: 'suspension', at_points: 6, days: 30, clause: 'T-7.3' },
    { measure: 'termination', at_points: 12, clause: 'T-7.4' },
  ],
  warning_valid_days: 365,
  affiliate: { penalised: true, clause: 'T-7.5' },
};
