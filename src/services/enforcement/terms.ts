/**
 * Published terms and the penalty policy that applies them (Art. 14(1), TC-1; Art. 23(1)). A
 * policy is activated only when the published text states its numbers and lists its reason codes
 * (`checkPolicyAgainstTerms`), so the configured policy and the published terms cannot disagree.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { asc, desc, eq, lte } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { checkPolicyAgainstTerms } from '../../core/enforcement/check-terms.js';
import { DEFAULT_POLICY } from '../../core/enforcement/default-policy.js';
import type { PenaltyPolicy } from '../../core/enforcement/policy.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import { STATEMENT_CATEGORY_VALUES } from '../../core/statements/categories.js';
import { DEFAULT_TERMS } from '../../core/terms/default-terms.js';
import { validateTerms, type TermsDocument } from '../../core/terms/terms.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { penaltyPolicy, termsClause, termsVersion } from '../../store/schema/index.js';

/** Every reason code a decision can carry (the decision form's categories; TC-1). */
export const REASON_CODES_IN_USE = STATEMENT_CATEGORY_VALUES.filter((c) => c !== 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE');

const hashOf = (doc: TermsDocument) => createHash('sha256').update(canonicalize(doc) ?? '', 'utf8').digest('hex');

export async function publishTerms(db: Db, clock: Clock, actor: Actor, doc: TermsDocument): Promise<{ version: string; content_hash: string; already: boolean }> {
  const problems = validateTerms(doc);
  if (problems.length) throw new DomainError('invalid_body', problems.map((p) => `${p.path} ${p.problem}`).join('; '), problems);
  const contentHash = hashOf(doc);
  return db.transaction(async (tx) => {
    const [cur] = await tx.select().from(termsVersion).where(eq(termsVersion.version, doc.version));
    if (cur) {
      // A retried publication is idempotent; a different text under a published version is refused (versions are immutable).
      if (cur.contentHash === contentHash) return { version: doc.version, content_hash: contentHash, already: true };
      throw new DomainError('conflict', `terms ${doc.version} are already published with different text; publish a new version`, [{ path: 'version', problem: 'already published' }]);
    }
    await tx.insert(termsVersion).values({ version: doc.version, effectiveFrom: new Date(doc.effective_from), significant: doc.significant, contentHash, publishedAt: clock.now(), publishedBy: actor.id });
    await tx.insert(termsClause).values(doc.clauses.map((c, i) => ({ version: doc.version, clauseId: c.clause_id, position: i, title: c.title, text: c.text, appliesTo: c.applies_to, reasonCodes: c.reason_codes })));
    await appendEvents(tx, clock, [{ type: 'terms.published', subject: { type: 'terms', id: doc.version }, actor, payload: { version: doc.version, effective_from: isoMs(new Date(doc.effective_from)), significant: doc.significant, clause_count: doc.clauses.length, content_hash: contentHash } }]);
    return { version: doc.version, content_hash: contentHash, already: false };
  });
}

async function loadTerms(db: Db, version: string): Promise<TermsDocument | null> {
  const [v] = await db.select().from(termsVersion).where(eq(termsVersion.version, version));
  if (!v) return null;
  const clauses = await db.select().from(termsClause).where(eq(termsClause.version, version)).orderBy(asc(termsClause.position));
  return {
    version: v.version, effective_from: isoMs(v.effectiveFrom), significant: v.significant,
    clauses: clauses.map((c) => ({ clause_id: c.clauseId, title: c.title, text: c.text, applies_to: c.appliesTo, reason_codes: c.reasonCodes })),
  };
}

/** The terms version in force at `now`: the latest whose effective date has passed. */
export async function termsInForce(db: Db, now: Date): Promise<TermsDocument | null> {
  const [v] = await db.select({ version: termsVersion.version }).from(termsVersion).where(lte(termsVersion.effectiveFrom, now)).orderBy(desc(termsVersion.effectiveFrom)).limit(1);
  return v ? loadTerms(db, v.version) : null;
}

export async function termsVersions(db: Db): Promise<{ version: string; effective_from: string; significant: boolean; published_at: string; content_hash: string }[]> {
  const rows = await db.select().from(termsVersion).orderBy(desc(termsVersion.effectiveFrom));
  return rows.map((r) => ({ version: r.version, effective_from: isoMs(r.effectiveFrom), significant: r.significant, published_at: isoMs(r.publishedAt), content_hash: r.contentHash }));
}

export { loadTerms };

export async function activatePolicy(db: Db, clock: Clock, actor: Actor, policy: PenaltyPolicy): Promise<{ version: string; already: boolean }> {
  return db.transaction(async (tx) => {
    const terms = await loadTerms(tx, policy.terms_version);
    if (!terms) throw new DomainError('policy_terms_mismatch', `terms ${policy.terms_version} are not published`, [{ path: 'terms_version', problem: 'not published' }]);
    const inForce = await termsInForce(tx, clock.now());
    const mismatches = checkPolicyAgainstTerms(policy, terms, REASON_CODES_IN_USE, clock.now());
    if (inForce && inForce.version !== terms.version) mismatches.push({ path: 'terms_version', problem: `the terms in force are ${inForce.version}` });
    if (mismatches.length) throw new DomainError('policy_terms_mismatch', `the policy and the published terms ${terms.version} disagree`, mismatches);
    const [cur] = await tx.select().from(penaltyPolicy).where(eq(penaltyPolicy.version, policy.version));
    if (cur) {
      if (canonicalize(cur.config) === canonicalize(policy)) return { version: policy.version, already: true };
      throw new DomainError('conflict', `policy ${policy.version} exists with a different configuration; use a new version`, [{ path: 'version', problem: 'already activated' }]);
    }
    await tx.insert(penaltyPolicy).values({ version: policy.version, termsVersion: policy.terms_version, config: policy, activatedAt: clock.now(), activatedBy: actor.id });
    await appendEvents(tx, clock, [{ type: 'penalty_policy.activated', subject: { type: 'penalty_policy', id: policy.version }, actor, payload: { version: policy.version, terms_version: policy.terms_version } }]);
    return { version: policy.version, already: false };
  });
}

/** The policy in force: the latest activated, or the shipped default before any activation. */
export async function policyInForce(db: Db): Promise<PenaltyPolicy> {
  const [p] = await db.select({ config: penaltyPolicy.config }).from(penaltyPolicy).orderBy(desc(penaltyPolicy.activatedAt), desc(penaltyPolicy.version)).limit(1);
  return (p?.config as PenaltyPolicy | undefined) ?? DEFAULT_POLICY;
}

/** Publishes the shipped terms and activates the shipped policy when nothing is published yet (demo, first start). */
export async function ensureDefaultTermsAndPolicy(db: Db, clock: Clock, actor: Actor): Promise<void> {
  const [any] = await db.select({ v: penaltyPolicy.version }).from(penaltyPolicy).limit(1);
  if (any) return;
  await publishTerms(db, clock, actor, DEFAULT_TERMS);
  await activatePolicy(db, clock, actor, DEFAULT_POLICY);
}

