/**
 * Demo redress (Arts. 20, 21): three traders complain about removals — one reversed by the senior
 * reviewer (who did not take the decision), one upheld, one left open in the queue — two certified
 * out-of-court bodies (marked demo), and a dispute about the upheld one, engaged in good faith.
 */
import { and, asc, eq, isNotNull, notLike } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { Actor } from '../../core/events.js';
import { decision } from '../../store/schema/index.js';
import type { Principal } from '../auth/auth-service.js';
import type { ComplaintDeps } from '../complaints/deps.js';
import { fileComplaint } from '../complaints/file.js';
import { decideComplaint } from '../complaints/review.js';
import { disputeStep, registerDispute, upsertBody } from '../disputes/disputes.js';

export interface RedressCounts {
  complaints: number;
  reversed: number;
  disputes: number;
}

const EXPLANATIONS = [
  'The product is genuine: we buy it from the brand’s authorised distributor in the EU. The invoice and the distribution agreement are attached.',
  'The listing states the legal warnings the law requires; the photo shows the label. We ask you to review the removal.',
  'The item was tested by an accredited laboratory; the test report shows it meets the standard. Please restore the listing.',
];

export async function seedRedress(ctx: AppContext, staff: { senior: { id: string; name: string }; compliance: { id: string; name: string } }): Promise<RedressCounts> {
  const deps: ComplaintDeps = {
    db: ctx.store.db, clock: ctx.clock, secret: ctx.secret, evidence: ctx.evidence, publicUrl: ctx.config.publicUrl, platformName: ctx.config.platformName,
    outOfCourtUrl: ctx.config.outOfCourtUrl, complaintWindowMonths: ctx.config.complaintWindowMonths, effectTimeoutMinutes: ctx.config.effectTimeoutMinutes,
  };
  const integration: Actor = { kind: 'system', id: 'demo-marketplace' };
  const senior: Principal = { kind: 'user', id: staff.senior.id, role: 'senior_reviewer', name: staff.senior.name };
  const compliance: Principal = { kind: 'user', id: staff.compliance.id, role: 'compliance_officer', name: staff.compliance.name };
  const seniorActor: Actor = { kind: 'human', id: `user:${senior.id}` };
  const complianceActor: Actor = { kind: 'human', id: `user:${compliance.id}` };

  const decided = await ctx.store.db.select().from(decision)
    .where(and(isNotNull(decision.traderId), notLike(decision.action, '%no_action%'), eq(decision.status, 'pending_effect')))
    .orderBy(asc(decision.decidedAt)).limit(3);
  const complaints: string[] = [];
  for (const [i, d] of decided.entries()) {
    // The marketplace files for its trader with its integration key (the trader's own link works too).
    const { receipt } = await fileComplaint(deps, integration, { decision_id: d.id, role: 'affected', trader_id: d.traderId!, explanation: EXPLANATIONS[i]!, language: 'en' }, { viaIntegration: true });
    complaints.push(receipt.id);
  }
  let reversed = 0;
  if (complaints[0]) {
    await decideComplaint(deps, seniorActor, senior, complaints[0], { outcome: 'reversed', reasons: 'The distributor invoice and the agreement show the goods are genuine; the removal is reversed and the listing restored.' });
    reversed += 1;
  }
  if (complaints[1]) {
    await decideComplaint(deps, seniorActor, senior, complaints[1], { outcome: 'upheld', reasons: 'The photo does not show the warnings the law requires on the product itself; the removal stands.' });
  }

  await upsertBody(ctx.store.db, ctx.clock, complianceActor, {
    id: 'ODS-DEMO-DE', name: 'Digital Disputes Board (demo)', certified_by: 'Bundesnetzagentur (DE)', member_states: ['DE', 'AT', 'LU'], languages: ['de', 'en'],
    url: 'https://ods-de.example/', fee_cents: 8500, fee_note: 'EUR 85 per dispute, paid by the platform if the body decides for you; EUR 5 nominal fee otherwise',
  });
  await upsertBody(ctx.store.db, ctx.clock, complianceActor, {
    id: 'ODS-DEMO-FR', name: 'Médiation des plateformes (demo)', certified_by: 'Arcom (FR)', member_states: ['FR', 'BE'], languages: ['fr', 'en'],
    url: 'https://ods-fr.example/', fee_cents: 6000, fee_note: 'EUR 60 per dispute; free for the recipient',
  });
  let disputes = 0;
  const upheld = decided[1];
  if (upheld && complaints[1]) {
    const { dispute } = await registerDispute(deps, complianceActor, { body_id: 'ODS-DEMO-DE', body_reference: 'DDB-2026-0042', decision_id: upheld.id, complaint_id: complaints[1], recipient_role: 'affected' });
    await disputeStep(deps, complianceActor, `user:${compliance.id}`, dispute.id, { kind: 'engaged', note: 'Sent the decision file, the statement of reasons and the complaint outcome to the body.' });
    disputes += 1;
  }
  return { complaints: complaints.length, reversed, disputes };
}
