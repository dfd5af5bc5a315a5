/**
 * Seeds the moderation side of the demo: a trusted flagger, public and trusted-flagger notices on
 * the generated problem listings (and a few on legal look-alikes), a GPSR authority order, and
 * reviewers' decisions of every common type — through the same services the API uses, so the
 * statements of reasons, ledger events and webhooks are the real ones. Some cases stay open.
 */
import { SYSTEM_ACTOR, type Actor } from '../../core/events.js';
import type { AppContext } from '../../context.js';
import { approveDecision } from '../decisions/approve.js';
import { takeDecision } from '../decisions/take.js';
import type { DecisionDeps } from '../decisions/deps.js';
import type { DemoCatalog } from '../demo/index.js';
import { upsertFlagger } from '../flaggers/registry.js';
import { submitNotice } from '../notices/intake.js';
import { acknowledgeOrder, receiveOrder } from '../orders/intake.js';
import { DEMO_DECISIONS, NO_ACTION } from './moderation-plan.js';

export interface ModerationCounts {
  notices: number;
  trusted_flagger_notices: number;
  decisions: number;
  open_cases: number;
  orders: number;
}

const LANGS = ['en', 'de', 'fr', 'es'] as const;

export async function seedModeration(ctx: AppContext, demo: DemoCatalog, staff: { reviewer: string; senior: string }): Promise<ModerationCounts> {
  const counts: ModerationCounts = { notices: 0, trusted_flagger_notices: 0, decisions: 0, open_cases: 0, orders: 0 };
  const db = ctx.store.db;
  await upsertFlagger(db, ctx.clock, { id: 'TF-DE-CONSUMER', name: 'Consumer protection association (demo)', awarding_member_state: 'DE', expertise_categories: ['STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS'] });
  const intake = { db, clock: ctx.clock, evidence: ctx.evidence, secret: ctx.secret, publicUrl: ctx.config.publicUrl };
  const deps: DecisionDeps = {
    db, clock: ctx.clock, platformName: ctx.config.platformName, complaintUrlTemplate: ctx.config.complaintUrlTemplate, outOfCourtUrl: ctx.config.outOfCourtUrl,
    effectTimeoutMinutes: ctx.config.effectTimeoutMinutes, severeActions: ctx.config.severeActions, secret: ctx.secret, complaintWindowMonths: ctx.config.complaintWindowMonths,
    publicUrl: ctx.config.publicUrl,
  };
  const reviewer: Actor = { kind: 'human', id: staff.reviewer };
  const problems: { id: string; kind: keyof typeof DEMO_DECISIONS; language: string }[] = [];
  const lookalikes: string[] = [];
  for (let i = 0; i < demo.listings.count && (problems.length < 72 || lookalikes.length < 6); i++) {
    const l = demo.listing(i);
    if (l.label.kind && l.label.action !== 'keep' && problems.length < 72) problems.push({ id: l.id, kind: l.label.kind, language: l.input.language ?? 'en' });
    else if (l.label.hardNegative && lookalikes.length < 6) lookalikes.push(l.id);
  }
  const decide: { caseId: string; plan: (typeof DEMO_DECISIONS)[keyof typeof DEMO_DECISIONS] }[] = [];
  for (const [n, p] of problems.entries()) {
    const trusted = n % 4 === 0 && ['counterfeit', 'unsafe_product', 'prescription_drug', 'banned_supplement'].includes(p.kind);
    const lang = LANGS[n % LANGS.length]!;
    const { receipt } = await submitNotice(intake, trusted ? { kind: 'human', id: 'trusted_flagger:TF-DE-CONSUMER' } : { kind: 'human', id: 'public' }, {
      locations: [{ item: { kind: 'listing', id: p.id } }], good_faith: true, language: lang,
      explanation: `This listing looks illegal (${p.kind.replaceAll('_', ' ')}): please check the product offered and remove it if confirmed.`,
      notifier: { name: `Demo Notifier ${n + 1}`, email: `notifier${n + 1}@demo.vigil.test` },
      category: DEMO_DECISIONS[p.kind].category === 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC' ? undefined : DEMO_DECISIONS[p.kind].category,
    }, { trustedFlaggerId: trusted ? 'TF-DE-CONSUMER' : null });
    counts.notices += 1;
    if (trusted) counts.trusted_flagger_notices += 1;
    // Most cases are decided; every sixth stays open for the queue.
    if (n % 6 !== 5) decide.push({ caseId: receipt.case_ids[0]!, plan: DEMO_DECISIONS[p.kind] });
    else counts.open_cases += 1;
  }
  for (const [n, id] of lookalikes.entries()) {
    const { receipt } = await submitNotice(intake, { kind: 'human', id: 'public' }, {
      locations: [{ item: { kind: 'listing', id } }], good_faith: true, language: 'en',
      explanation: 'I think this product is not allowed on the marketplace, please have a look.', notifier: { name: `Demo Reporter ${n + 1}`, email: `reporter${n + 1}@demo.vigil.test` },
    }, {});
    counts.notices += 1;
    decide.push({ caseId: receipt.case_ids[0]!, plan: NO_ACTION });
  }
  let severeDone = false;
  for (const d of decide) {
    // One repeat offender's account is suspended for 30 days: a severe action, approved by a senior reviewer.
    const plan = !severeDone && d.plan === DEMO_DECISIONS.counterfeit ? { ...d.plan, actions: ['remove', 'suspend_account'] as typeof d.plan.actions, end_date: new Date(ctx.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10) } : d.plan;
    const r = await takeDecision(deps, reviewer, staff.reviewer, d.caseId, plan);
    if (r.status === 'pending_approval') {
      severeDone = true;
      for (const id of r.decision_ids) await approveDecision(deps, { kind: 'human', id: staff.senior }, staff.senior, id);
    }
    counts.decisions += r.decision_ids.length;
  }
  const unsafe = problems.find((p) => p.kind === 'unsafe_product');
  if (unsafe) {
    const { order } = await receiveOrder(db, ctx.clock, SYSTEM_ACTOR, {
      kind: 'act', gpsr: true, authority: 'National market surveillance authority (demo)', member_state: 'DE', legal_basis: 'GPSR Art. 22(4); Regulation (EU) 2019/1020 Art. 14(4)(k)',
      territorial_scope: ['DE'], category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', locations: [{ item: { kind: 'listing', id: unsafe.id } }],
    }, 'demo-order-1');
    await acknowledgeOrder(db, ctx.clock, SYSTEM_ACTOR, order.id);
    counts.orders += 1;
  }
  return counts;
}
