/**
 * Who may do what: one pure table, checked by the HTTP layer before any handler runs and tested
 * cell by cell. Trustees are read-only by construction (MON-3): no write action lists them.
 */
export const ROLES = [
  'admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee', 'researcher', 'trusted_flagger', 'integration',
] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'catalog.read', 'catalog.write', 'ledger.read', 'ledger.verify', 'users.manage', 'keys.manage',
  'webhooks.read', 'webhooks.manage', 'metrics.read', 'jobs.read',
  'notices.read', 'notices.bulk', 'flaggers.manage', 'orders.manage', 'cases.read', 'cases.work', 'cases.decide',
  'decisions.severe', 'decisions.confirm_effect', 'statements.read',
  'rules.read', 'rules.edit', 'rules.activate', 'rules.override', 'detection.read', 'hashes.manage', 'verdicts.submit',
  'complaints.read', 'complaints.decide', 'disputes.read', 'disputes.manage', 'misuse.manage',
  'enforcement.read', 'enforcement.confirm_effect', 'enforcement.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const STAFF_READ: readonly Role[] = ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee'];

export const POLICY: Readonly<Record<Action, readonly Role[]>> = {
  'catalog.read': [...STAFF_READ, 'integration'],
  // Only the marketplace's own integration (and an admin fixing data) writes the catalog.
  'catalog.write': ['admin', 'integration'],
  'ledger.read': STAFF_READ,
  'ledger.verify': ['admin', 'compliance_officer', 'trustee'],
  'users.manage': ['admin'],
  'keys.manage': ['admin'],
  'webhooks.read': ['admin', 'compliance_officer', 'integration'],
  'webhooks.manage': ['admin', 'integration'],
  'metrics.read': ['admin', 'integration'],
  'jobs.read': ['admin', 'compliance_officer'],
  'notices.read': STAFF_READ,
  // Trusted flaggers upload CSV batches of notices through their own key (Art. 22).
  'notices.bulk': ['trusted_flagger'],
  'flaggers.manage': ['admin', 'compliance_officer'],
  // Authority orders arrive through the compliance function or the marketplace's integration (Arts. 9, 10).
  'orders.manage': ['admin', 'compliance_officer', 'integration'],
  'cases.read': STAFF_READ,
  'cases.work': ['senior_reviewer', 'reviewer', 'compliance_officer'],
  'cases.decide': ['senior_reviewer', 'reviewer', 'compliance_officer'],
  // Severe actions (account termination, removal of whole stores) need a senior second reviewer.
  'decisions.severe': ['senior_reviewer', 'compliance_officer'],
  // Vigil decides, the marketplace enforces and confirms the effect.
  'decisions.confirm_effect': ['integration'],
  'statements.read': [...STAFF_READ, 'integration'],
  // Detection rules (DET-6): drafts by the compliance function; activation needs a second person (checked in the service).
  'rules.read': STAFF_READ,
  'rules.edit': ['admin', 'compliance_officer'],
  'rules.activate': ['admin', 'compliance_officer'],
  // Letting a rule block below the measured-precision gate is the compliance officer's recorded call.
  'rules.override': ['compliance_officer'],
  'detection.read': [...STAFF_READ, 'integration'],
  'hashes.manage': ['admin', 'compliance_officer'],
  // Third-party controls and test purchases arrive through the marketplace's integration (DET-3).
  'verdicts.submit': ['integration'],
  // Internal complaints (Art. 20): decided by qualified reviewers; the service also refuses the
  // original decider and machine keys (CH-5).
  'complaints.read': STAFF_READ,
  'complaints.decide': ['senior_reviewer', 'reviewer', 'compliance_officer'],
  // Out-of-court disputes (Art. 21): the compliance function registers bodies and handles disputes.
  'disputes.read': STAFF_READ,
  'disputes.manage': ['admin', 'compliance_officer'],
  // Misuse (Art. 23(2)): reviewers flag manifestly unfounded notices and complaints.
  'misuse.manage': ['senior_reviewer', 'reviewer', 'compliance_officer'],
  // Penalty policy (Art. 23(1), RO-4): staff and the marketplace read standings; the marketplace
  // confirms a measure's effect; the compliance function publishes terms, activates policies and reconciles.
  'enforcement.read': [...STAFF_READ, 'integration'],
  'enforcement.confirm_effect': ['integration'],
  'enforcement.manage': ['admin', 'compliance_officer'],
};

export const can = (role: Role, action: Action): boolean => POLICY[action].includes(role);

export const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);
