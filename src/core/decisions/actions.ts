/**
 * What a decision can do to an item or account, and what each action is in the statement of
 * reasons' terms (Transparency Database API fields, spec Part A5). One row per action.
 */

export const DECISION_ACTIONS = [
  'remove', 'disable_access', 'demote', 'age_restrict', 'label', 'monetary_restriction',
  'suspend_account', 'terminate_account', 'restrict_features', 'no_action',
] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export type DecisionVisibilityValue =
  | 'DECISION_VISIBILITY_CONTENT_REMOVED' | 'DECISION_VISIBILITY_CONTENT_DISABLED'
  | 'DECISION_VISIBILITY_CONTENT_DEMOTED' | 'DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED'
  | 'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED' | 'DECISION_VISIBILITY_CONTENT_LABELLED'
  | 'DECISION_VISIBILITY_OTHER';
export type DecisionMonetaryValue = 'DECISION_MONETARY_SUSPENSION' | 'DECISION_MONETARY_TERMINATION' | 'DECISION_MONETARY_OTHER';
export type DecisionProvisionValue =
  | 'DECISION_PROVISION_PARTIAL_SUSPENSION' | 'DECISION_PROVISION_TOTAL_SUSPENSION'
  | 'DECISION_PROVISION_PARTIAL_TERMINATION' | 'DECISION_PROVISION_TOTAL_TERMINATION';
export type DecisionAccountValue = 'DECISION_ACCOUNT_SUSPENDED' | 'DECISION_ACCOUNT_TERMINATED';

/** The four decision fields of a statement of reasons (Art. 17(3)(a); A4, A6 rule 1). */
export interface StatementDecisionFields {
  decision_visibility: readonly DecisionVisibilityValue[];
  decision_monetary: DecisionMonetaryValue | null;
  decision_provision: DecisionProvisionValue | null;
  decision_account: DecisionAccountValue | null;
}

export interface ActionRule {
  /** Restricts the item or the account, so Art. 17(1) applies (SOR-1). */
  restriction: boolean;
  /** The point of Art. 17(1) that names the restriction. */
  art17: '(a)' | '(b)' | '(c)' | '(d)' | null;
  /** The point of Art. 20(1) under which the decision can be complained about. */
  art20: '(a)' | '(b)' | '(c)' | '(d)';
  /** The marketplace must confirm the effect (drift check); a label or no action changes nothing to confirm. */
  effectConfirmation: boolean;
  fields: StatementDecisionFields;
}

const fields = (over: Partial<StatementDecisionFields>): StatementDecisionFields => ({
  decision_visibility: [], decision_monetary: null, decision_provision: null, decision_account: null, ...over,
});

export const ACTION_RULES: Readonly<Record<DecisionAction, ActionRule>> = {
  // Art. 17(1)(a): restrictions of visibility, "including removal of content, disabling access to
  // content, or demoting content" (SOR-1 adds search suppression, delisting, shadow limits).
  remove: { restriction: true, art17: '(a)', art20: '(a)', effectConfirmation: true, fields: fields({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'] }) },
  // Geo-blocking in some member states: the territorial scope says where (Art. 17(3)(a)).
  disable_access: { restriction: true, art17: '(a)', art20: '(a)', effectConfirmation: true, fields: fields({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'] }) },
  demote: { restriction: true, art17: '(a)', art20: '(a)', effectConfirmation: true, fields: fields({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_DEMOTED'] }) },
  age_restrict: { restriction: true, art17: '(a)', art20: '(a)', effectConfirmation: true, fields: fields({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED'] }) },
  // A label is a visibility decision in the Transparency Database's taxonomy, so it gets a
  // statement; nothing is hidden, so there is no effect to confirm.
  label: { restriction: true, art17: '(a)', art20: '(a)', effectConfirmation: false, fields: fields({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_LABELLED'] }) },
  // Art. 17(1)(b): suspension, termination or other restriction of monetary payments — a payout
  // hold or a commission freeze is a suspension of payments.
  monetary_restriction: { restriction: true, art17: '(b)', art20: '(d)', effectConfirmation: true, fields: fields({ decision_monetary: 'DECISION_MONETARY_SUSPENSION' }) },
  // Art. 17(1)(d): suspension or termination of the recipient's account.
  suspend_account: { restriction: true, art17: '(d)', art20: '(c)', effectConfirmation: true, fields: fields({ decision_account: 'DECISION_ACCOUNT_SUSPENDED' }) },
  terminate_account: { restriction: true, art17: '(d)', art20: '(c)', effectConfirmation: true, fields: fields({ decision_account: 'DECISION_ACCOUNT_TERMINATED' }) },
  // Art. 17(1)(c): suspension or termination of the provision of the service in whole or in part —
  // restricting features (no new listings, no ads) is a partial suspension.
  restrict_features: { restriction: true, art17: '(c)', art20: '(b)', effectConfirmation: true, fields: fields({ decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION' }) },
  // Art. 20(1)(a) covers decisions "whether or not" to act: a notifier can complain about no action.
  no_action: { restriction: false, art17: null, art20: '(a)', effectConfirmation: false, fields: fields({}) },
};
