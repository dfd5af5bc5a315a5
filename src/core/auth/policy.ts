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
};

export const can = (role: Role, action: Action): boolean => POLICY[action].includes(role);

export const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);
