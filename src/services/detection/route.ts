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
import { feedCasesBulk } from '../cases/feed-cases-bulk.js';
import { type CaseFeed, type CaseFeedResult, feedCase } from '../cases/open-case.js';
import { enqueue, enqueueMany, type OutboxMessage } from '../outbox/outbox.js';

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

export interface RouteItem { result: ScreenResult; screeningId: string; listingVersion: number; language: string | null }

export async function routeResult(tx: Db, clock: Clock, actor: Actor, hooks: DetectionHooks, x: RouteItem): Promise<Routed> {
  const plan = planRoute(clock, x);
  const fed = plan.feed ? await feedCase(tx, clock, actor, plan.feed) : null;
  const r = finishRoute(clock, actor, x, plan, fed);
  for (const m of r.messages) await enqueue(tx, clock, m);
  if (r.block) await hooks.onAutoBlock?.(tx, r.block);
  return r.routed;
}

/**
 * routeResult for a whole batch: the cases of every review and block are opened or fed in one go
 * (`feedCasesBulk`), the webhooks are one outbox insert, then the auto-block hook runs per block in
 * order. Rows and ledger events are those of routing one result at a time (tested).
 */
export async function routeResults(tx: Db, clock: Clock, actor: Actor, hooks: DetectionHooks, items: readonly RouteItem[]): Promise<Routed[]> {
  const plans = items.map((x) => planRoute(clock, x));
  const feeds: CaseFeed[] = [];
  for (const p of plans) if (p.feed) feeds.push(p.feed);
  const fedAll = await feedCasesBulk(tx, clock, actor, feeds);
  let next = 0;
  const finished = items.map((x, i) => finishRoute(clock, actor, x, plans[i]!, plans[i]!.feed ? fedAll[next++]! : null));
  await enqueueMany(tx, clock, finished.flatMap((r) => r.messages));
  for (const r of finished) if (r.block) await hooks.onAutoBlock?.(tx, r.block);
  return finished.map((r) => r.routed);
}


interface RoutePlan { acting: FiredRule[]; top: FiredRule | undefined; feed: CaseFeed | null }

function planRoute(clock: Clock, x: RouteItem): RoutePlan {
  const { result } = x;
  const acting = result.rules.filter((r) => r.action === result.verdict);
  const top = acting[0] ?? result.rules[0];
  const feed: CaseFeed | null = result.verdict === 'review' || result.verdict === 'block'
    ? { subject: { kind: 'listing', id: result.id }, lane: 'detection', category: top?.legalGround.sorCategory ?? null, language: x.language,
      link: { kind: 'detection', refId: x.screeningId }, knowledgeAt: clock.now() }
    : null;
  return { acting, top, feed };
}

function finishRoute(clock: Clock, actor: Actor, x: RouteItem, plan: RoutePlan, fed: CaseFeedResult | null): { routed: Routed; messages: OutboxMessage[]; block: AutoBlock | null } {
  const { result } = x;
  const { acting, top } = plan;
  const listingId = result.id;
  if (result.verdict === 'allow') return { routed: { routed: 'none', caseId: null, events: [], hits: [] }, messages: [], block: null };
  if (result.verdict === 'age_restrict') {
    return {
      routed: { routed: 'age_restricted', caseId: null, events: [], hits: [] },
      messages: [{
        topic: 'listing.age_restricted', subject: { type: 'listing', id: listingId },
        payload: { listing_id: listingId, listing_version: x.listingVersion, screening_id: x.screeningId, rules: acting.map(ruleRef), evidence: evidenceFor(result, acting) },
      }],
      block: null,
    };
  }
  const caseId = fed!.caseId;
  const hits = hitRows(clock, caseId, x.screeningId, listingId, result);
  if (result.verdict === 'block') {
    return {
      routed: { routed: 'restricted', caseId, events: fed!.events, hits },
      messages: [{
        topic: 'listing.restricted', subject: { type: 'listing', id: listingId },
        payload: {
          listing_id: listingId, listing_version: x.listingVersion, screening_id: x.screeningId, case_id: caseId,
          rules: acting.map(ruleRef), evidence: evidenceFor(result, acting),
          // What the statement of reasons will need (Art. 17(3)): automated detection and decision, ground, category.
          statement: {
            automated_detection: true, automated_decision: 'AUTOMATED_DECISION_FULLY', decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'],
            category: top?.legalGround.sorCategory ?? null, keyword: top?.legalGround.sorKeyword ?? null, legal_ground: top?.legalGround.reference ?? top?.legalGround.requirement ?? null,
          },
        },
      }],
      block: { listingId, listingVersion: x.listingVersion, screeningId: x.screeningId, caseId, rules: acting, result, actor },
    };
  }
  return { routed: { routed: 'case', caseId, events: fed!.events, hits }, messages: [], block: null };
}

/** One hit per case and rule: the acting rules that raised it and the shadow rules that would have. */
function hitRows(clock: Clock, caseId: string, screeningId: string, listingId: string, result: ScreenResult): HitRow[] {
  const now = clock.now();
  return [
    ...result.rules.filter((r) => r.action === 'review' || r.action === 'block').map((r) => ({ r, shadow: false })),
    ...result.shadow.filter((r) => r.action !== 'allow').map((r) => ({ r, shadow: true })),
  ].map(({ r, shadow }) => ({ caseId, ruleId: r.id, ruleVersion: r.version, screeningId, listingId, shadow, createdAt: now }));
}
