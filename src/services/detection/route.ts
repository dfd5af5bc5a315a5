/**
 * Routing of one screening result (DET-1, DET-6), inside the screening transaction:
 * - block (only rules marked for automated action that pass the precision gate): a case in the
 *   detection lane, a `listing.restricted` webhook carrying the rule, evidence and what a
 *   statement of reasons needs, and the `onAutoBlock` hook, where the decisions service can take
 *   the automated decision and its statement of reasons (Art. 17(3)(c));
 * - review: the moderation queue (`feedCase`, lane detection, link kind detection);
 * - age_restrict: a `listing.age_restricted` webhook (legal adult goods are gated, not removed);
 * - allow: nothing.
 * Rules that raised a case are recorded as hits so the reviewer's outcome can label them.
 */
import type { Clock } from '../../core/clock.js';
import type { FiredRule, ScreenResult } from '../../core/detection/screening.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { detectionHit } from '../../store/schema/index.js';
import { feedCase } from '../cases/open-case.js';
import { enqueue } from '../outbox/outbox.js';

export interface AutoBlock {
  listingId: string;
  listingVersion: number;
  screeningId: string;
  caseId: string;
  rules: FiredRule[];
  result: ScreenResult;
  actor: Actor;
}

export interface DetectionHooks {
  /** Called in the screening transaction for every automated block (the automated decision belongs to the decisions service). */
  onAutoBlock?(tx: Db, block: AutoBlock): Promise<void>;
}

export type HitRow = typeof detectionHit.$inferInsert;

export interface Routed {
  routed: 'none' | 'case' | 'restricted' | 'age_restricted';
  caseId: string | null;
  events: NewEvent[];
  /** the rules that raised the case; the caller inserts a batch's hits at once */
  hits: HitRow[];
}

const ruleRef = (r: FiredRule) => ({ id: r.id, version: r.version, category: r.category, action: r.action, legal_ground: r.legalGround });

function evidenceFor(result: ScreenResult, rules: FiredRule[]) {
  const ids = new Set(rules.map((r) => r.id));
  return result.signals.filter((s) => ids.has(s.rule)).slice(0, 50).map((s) => ({ rule: s.rule, kind: s.kind, evidence: s.evidence, span: s.span }));
}

export async function routeResult(
  tx: Db, clock: Clock, actor: Actor, hooks: DetectionHooks,
  x: { result: ScreenResult; screeningId: string; listingVersion: number; language: string | null },
): Promise<Routed> {
  const { result } = x;
  if (result.verdict === 'allow') return { routed: 'none', caseId: null, events: [], hits: [] };
  const listingId = result.id;
  const acting = result.rules.filter((r) => r.action === result.verdict);
  if (result.verdict === 'age_restrict') {
    await enqueue(tx, clock, {
      topic: 'listing.age_restricted', subject: { type: 'listing', id: listingId },
      payload: { listing_id: listingId, listing_version: x.listingVersion, screening_id: x.screeningId, rules: acting.map(ruleRef), evidence: evidenceFor(result, acting) },
    });
    return { routed: 'age_restricted', caseId: null, events: [], hits: [] };
  }
  const top = acting[0] ?? result.rules[0];
  const fed = await feedCase(tx, clock, actor, {
    subject: { kind: 'listing', id: listingId }, lane: 'detection', category: top?.legalGround.sorCategory ?? null, language: x.language,
    link: { kind: 'detection', refId: x.screeningId }, knowledgeAt: clock.now(),
  });
  const hits = hitRows(clock, fed.caseId, x.screeningId, listingId, result);
  if (result.verdict === 'block') {
    await enqueue(tx, clock, {
      topic: 'listing.restricted', subject: { type: 'listing', id: listingId },
      payload: {
        listing_id: listingId, listing_version: x.listingVersion, screening_id: x.screeningId, case_id: fed.caseId,
        rules: acting.map(ruleRef), evidence: evidenceFor(result, acting),
        // What the statement of reasons will need (Art. 17(3)): automated detection and decision, ground, category.
        statement: {
          automated_detection: true, automated_decision: 'AUTOMATED_DECISION_FULLY', decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'],
          category: top?.legalGround.sorCategory ?? null, keyword: top?.legalGround.sorKeyword ?? null, legal_ground: top?.legalGround.reference ?? top?.legalGround.requirement ?? null,
        },
      },
    });
    await hooks.onAutoBlock?.(tx, { listingId, listingVersion: x.listingVersion, screeningId: x.screeningId, caseId: fed.caseId, rules: acting, result, actor });
    return { routed: 'restricted', caseId: fed.caseId, events: fed.events, hits };
  }
  return { routed: 'case', caseId: fed.caseId, events: fed.events, hits };
}

/** One hit per case and rule: the acting rules that raised it and the shadow rules that would have. */
function hitRows(clock: Clock, caseId: string, screeningId: string, listingId: string, result: ScreenResult): HitRow[] {
  const now = clock.now();
  return [
    ...result.rules.filter((r) => r.action === 'review' || r.action === 'block').map((r) => ({ r, shadow: false })),
    ...result.shadow.filter((r) => r.action !== 'allow').map((r) => ({ r, shadow: true })),
  ].map(({ r, shadow }) => ({ caseId, ruleId: r.id, ruleVersion: r.version, screeningId, listingId, shadow, createdAt: now }));
}
