import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, can, type Action, type Role } from './policy.js';

// The expected matrix is written out independently of POLICY: each row lists the roles allowed.
const EXPECTED: Record<Action, Role[]> = {
  'catalog.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee', 'integration'],
  'catalog.write': ['admin', 'integration'],
  'ledger.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee'],
  'ledger.verify': ['admin', 'compliance_officer', 'trustee'],
  'users.manage': ['admin'],
  'keys.manage': ['admin'],
  'webhooks.read': ['admin', 'compliance_officer', 'integration'],
  'webhooks.manage': ['admin', 'integration'],
  'metrics.read': ['admin', 'integration'],
  'jobs.read': ['admin', 'compliance_officer'],
  'notices.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee'],
  'notices.bulk': ['trusted_flagger'],
  'flaggers.manage': ['admin', 'compliance_officer'],
  'orders.manage': ['admin', 'compliance_officer', 'integration'],
  'cases.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee'],
  'cases.work': ['senior_reviewer', 'reviewer', 'compliance_officer'],
  'cases.decide': ['senior_reviewer', 'reviewer', 'compliance_officer'],
  'decisions.severe': ['senior_reviewer', 'compliance_officer'],
  'decisions.confirm_effect': ['integration'],
  'statements.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee', 'integration'],
  'rules.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee'],
  'rules.edit': ['admin', 'compliance_officer'],
  'rules.activate': ['admin', 'compliance_officer'],
  'rules.override': ['compliance_officer'],
  'detection.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee', 'integration'],
  'hashes.manage': ['admin', 'compliance_officer'],
  'verdicts.submit': ['integration'],
  'complaints.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee'],
  'complaints.decide': ['senior_reviewer', 'reviewer', 'compliance_officer'],
  'disputes.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee'],
  'disputes.manage': ['admin', 'compliance_officer'],
  'misuse.manage': ['senior_reviewer', 'reviewer', 'compliance_officer'],
  'enforcement.read': ['admin', 'compliance_officer', 'senior_reviewer', 'reviewer', 'trustee', 'integration'],
  'enforcement.confirm_effect': ['integration'],
  'enforcement.manage': ['admin', 'compliance_officer'],
};

describe('authorization policy: every role × action', () => {
  const cells = ROLES.flatMap((role) => ACTIONS.map((action) => [role, action] as const));
  it.each(cells)('%s → %s', (role, action) => {
    expect(can(role, action)).toBe(EXPECTED[action].includes(role));
  });

  it('gives the trustee no write action (MON-3 read-only)', () => {
    const writes = ACTIONS.filter((a) => /\.(write|manage|work|decide|severe|bulk|confirm_effect|edit|activate|override|submit)$/.test(a));
    expect(writes.filter((a) => can('trustee', a))).toEqual([]);
  });
});
