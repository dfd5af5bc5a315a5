// Art. 23(1), RO-1, RO-2, RO-4: strikes and measures written in the decision's transaction, idempotently, on both engines.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { decision, item, listing, trader } from '../../store/schema/index.js';
import { ENGINES, openTestStore, type TestStore } from '../../../test/support/db.js';
import { applyDecisionPenalties } from './apply.js';
import { confirmEnforcementEffect } from './effects.js';
import { reconcile, reportOf } from './reconcile.js';
import { withdrawDecisionStrikes } from './withdraw.js';

const T0 = new Date('2026-03-01T10:00:00Z');

describe.each(ENGINES)('penalties on %s', (engine) => {
  let store: TestStore;
  let clock: ManualClock;
  const q = async <T>(text: string, params: unknown[] = []) => (await store.query<T>(text, params)).rows;

  beforeEach(async () => {
    store = await openTestStore(engine);
    clock = new ManualClock(T0);
    const now = clock.now();
    await store.db.insert(trader).values([
      { id: 'T-1', displayName: 'Shop', status: 'active', createdAt: now, updatedAt: now },
      { id: 'AFF-1', displayName: 'Affiliate', status: 'active', createdAt: now, updatedAt: now },
    ]);
    await store.db.insert(listing).values([1, 2, 3, 4].map((n) => ({
      id: `L-${n}`, traderId: 'T-1', sourceVersion: 1, version: 1, title: `Item ${n}`, categoryPath: [], imageUrls: [], visibility: 'visible', contentHash: `h${n}`, createdAt: now, updatedAt: now,
    })));
    await store.db.insert(item).values({ kind: 'affiliate_link', externalId: 'A-1', traderId: 'AFF-1', parentKind: 'listing', parentId: 'L-4', visibility: 'visible', createdAt: now, updatedAt: now });
  });
  afterEach(async () => store.close());

  const decide = async (subject: { kind: string; id: string }, category: string, opts: { action?: string; grave?: boolean } = {}) => {
    const id = randomUUID();
    const now = clock.now();
    await store.db.insert(decision).values({
      id, subjectKind: subject.kind, subjectId: subject.id, traderId: subject.kind === 'listing' ? 'T-1' : null, action: opts.action ?? 'remove', visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      territorialScope: ['EU'], ground: 'DECISION_GROUND_ILLEGAL_CONTENT', explanation: 'test decision', category, automatedDetection: false, automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      sourceType: 'SOURCE_ARTICLE_16', noticeIds: [], facts: { input: { threat_to_life_or_safety: !!opts.grave } }, decidedBy: 'user:r1', decidedAt: now, appliesFrom: now, effectRequired: true, status: 'pending_effect',
    });
    return id;
  };
  const apply = (id: string) => store.db.transaction((tx) => applyDecisionPenalties(tx, clock, SYSTEM_ACTOR, id, 5));
  const standing = async (type = 'trader', id = 'T-1') => (await q<{ state: string; points: number }>(`SELECT state, points FROM enforcement_standing WHERE actor_type = $1 AND actor_id = $2`, [type, id]))[0];
  const measures = () => q<{ measure: string; status: string; trigger_seq: number; until: Date | null; factors: Record<string, unknown> }>(`SELECT measure, status, trigger_seq, until, factors FROM enforcement_action WHERE actor_id = 'T-1' ORDER BY taken_at, trigger_seq`);
  const webhooks = () => q<{ topic: string; payload: { action_id: string; hide_listings: boolean; until: string | null } }>(`SELECT topic, payload FROM outbox WHERE topic LIKE 'enforcement.%' ORDER BY created_at, subject_seq`);

  it('warns, then suspends for a defined period, with the Art. 23(3) factors on record, and never counts twice', async () => {
    const d1 = await decide({ kind: 'listing', id: 'L-1' }, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD');
    expect(await apply(d1)).toMatchObject({ strikes: 1, measures: 1 });
    expect(await apply(d1)).toMatchObject({ strikes: 0, measures: 0 }); // a retry adds nothing
    expect(await standing()).toEqual({ state: 'warned', points: 3 });
    clock.advance(86_400_000);
    const d2 = await decide({ kind: 'listing', id: 'L-2' }, 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS');
    await apply(d2);
    await apply(d2);
    const m = await measures();
    expect(m.map((x) => [x.measure, x.trigger_seq])).toEqual([['warning', 1], ['suspension', 2]]);
    expect(new Date(m[1]!.until!).toISOString()).toBe('2026-04-01T10:00:00.000Z');
    expect(m[1]!.factors).toMatchObject({ count_in_window: 2, total_items: 4, share_of_activity: 0.5, gravity: ['high'], intent: 'not identified' });
    expect(await standing()).toEqual({ state: 'suspended', points: 6 });
    expect((await webhooks()).map((w) => w.topic)).toEqual(['enforcement.warning', 'enforcement.suspension']);
    expect((await webhooks())[1]!.payload).toMatchObject({ hide_listings: true, until: '2026-04-01T10:00:00.000Z', decision_ids: [d1, d2] });
    expect((await webhooks())[0]!.payload).toMatchObject({ decision_ids: [d1], message: expect.stringContaining('complain') });
    const ledger = await q<{ type: string }>(`SELECT type FROM ledger_event WHERE type LIKE 'strike.%' OR type LIKE 'enforcement.%' OR type = 'suspension.enacted' ORDER BY seq`);
    expect(ledger.map((r) => r.type)).toEqual(['strike.recorded', 'enforcement.measure_taken', 'strike.recorded', 'enforcement.measure_taken', 'suspension.enacted']);
  });

  it('penalises both the seller and the affiliate of a hidden-link affiliate link (DET-4)', async () => {
    const d = await decide({ kind: 'affiliate_link', id: 'A-1' }, 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS');
    const r = await apply(d);
    expect(r.actors).toEqual([{ type: 'affiliate', id: 'AFF-1' }, { type: 'trader', id: 'T-1' }]);
    expect(await standing('affiliate', 'AFF-1')).toEqual({ state: 'good', points: 2 });
    expect(await standing('trader', 'T-1')).toEqual({ state: 'good', points: 2 });
  });

  it('does not count a label, and terminates the gravest case at once', async () => {
    const label = await decide({ kind: 'listing', id: 'L-1' }, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', { action: 'label' });
    expect(await apply(label)).toMatchObject({ strikes: 0 });
    const grave = await decide({ kind: 'listing', id: 'L-2' }, 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', { grave: true });
    await apply(grave);
    expect(await standing()).toEqual({ state: 'terminated', points: 12 });
    expect((await webhooks()).map((w) => w.topic)).toEqual(['enforcement.termination']);
  });

  it('withdraws a reversed decision\'s strikes, lifts the suspension they alone caused, and tells the marketplace (idempotent)', async () => {
    await apply(await decide({ kind: 'listing', id: 'L-1' }, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD'));
    clock.advance(3_600_000);
    const d2 = await decide({ kind: 'listing', id: 'L-2' }, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD');
    await apply(d2);
    expect(await standing()).toMatchObject({ state: 'suspended' });
    const r = await store.db.transaction((tx) => withdrawDecisionStrikes(tx, clock, SYSTEM_ACTOR, d2, 'complaint upheld: the listing was lawful'));
    expect(r).toEqual({ withdrawn: 1 });
    expect(await standing()).toEqual({ state: 'warned', points: 3 });
    expect((await measures()).map((x) => [x.measure, x.status])).toEqual([['warning', 'active'], ['suspension', 'lifted']]);
    const hooks = await webhooks();
    expect(hooks.map((w) => w.topic)).toEqual(['enforcement.warning', 'enforcement.suspension', 'enforcement.lifted']);
    expect(await store.db.transaction((tx) => withdrawDecisionStrikes(tx, clock, SYSTEM_ACTOR, d2, 'again'))).toEqual({ withdrawn: 0 });
    expect(await webhooks()).toHaveLength(3);
    // A new strike after the withdrawal suspends again (the warning still stands).
    clock.advance(3_600_000);
    await apply(await decide({ kind: 'listing', id: 'L-3' }, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD'));
    expect(await standing()).toMatchObject({ state: 'suspended', points: 6 });
  });
});

describe.each(ENGINES)('reconciliation against the live state on %s (RO-4)', (engine) => {
  let store: TestStore;
  let clock: ManualClock;
  const q = async <T>(text: string, params: unknown[] = []) => (await store.query<T>(text, params)).rows;

  beforeEach(async () => {
    store = await openTestStore(engine);
    clock = new ManualClock(T0);
    const now = clock.now();
    await store.db.insert(trader).values({ id: 'T-1', displayName: 'Shop', status: 'active', createdAt: now, updatedAt: now });
    await store.db.insert(listing).values([1, 2].map((n) => ({
      id: `L-${n}`, traderId: 'T-1', sourceVersion: 1, version: 1, title: `Item ${n}`, categoryPath: [], imageUrls: [], visibility: 'visible', contentHash: `h${n}`, createdAt: now, updatedAt: now,
    })));
  });
  afterEach(async () => store.close());

  const decide = async (listingId: string, grave = false) => {
    const id = randomUUID();
    const now = clock.now();
    await store.db.insert(decision).values({
      id, subjectKind: 'listing', subjectId: listingId, traderId: 'T-1', action: 'remove', visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      territorialScope: ['EU'], ground: 'DECISION_GROUND_ILLEGAL_CONTENT', explanation: 'test decision', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', automatedDetection: false,
      automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED', sourceType: 'SOURCE_ARTICLE_16', noticeIds: [], facts: { input: { threat_to_life_or_safety: grave } }, decidedBy: 'user:r1',
      decidedAt: now, appliesFrom: now, effectRequired: true, status: 'effective',
    });
    return id;
  };
  const run = () => reconcile(store.db, clock, SYSTEM_ACTOR, 5).then(reportOf);

  it('heals a crash between a decision and its penalty, then finds nothing more', async () => {
    // The decision committed but its penalty did not (the fault the issue names): no strike, no measure.
    await decide('L-1', true);
    expect(await run()).toEqual({ checked: 0, unenforced: 1, unconfirmed: 0, fixed: 1 });
    expect((await q<{ state: string }>(`SELECT state FROM enforcement_standing`))[0]!.state).toBe('terminated');
    expect(await run()).toEqual({ checked: 1, unenforced: 0, unconfirmed: 0, fixed: 0 });
    const drift = await q<{ payload: { kind: string } }>(`SELECT payload FROM ledger_event WHERE type = 'enforcement.drift_found'`);
    expect(drift.map((d) => d.payload.kind)).toEqual(['unenforced']);
  });

  it('counts a decision modified on complaint (its strikes stay) but not a reversed one', async () => {
    const modified = await decide('L-1');
    const reversed = await decide('L-2');
    await store.query(`UPDATE decision SET status = 'modified' WHERE id = $1`, [modified]);
    await store.query(`UPDATE decision SET status = 'reversed', reversed_at = now() WHERE id = $1`, [reversed]);
    expect(await run()).toMatchObject({ unenforced: 1, fixed: 1 });
    const struck = await q<{ decision_id: string }>(`SELECT decision_id FROM strike`);
    expect(struck.map((s) => s.decision_id)).toEqual([modified]);
  });

  it('re-sends a suspension the marketplace has not confirmed, and one it contradicts by reporting listings visible', async () => {
    await decide('L-1', true);
    await run();
    const [a] = await q<{ id: string }>(`SELECT id FROM enforcement_action`);
    expect(await run()).toMatchObject({ unconfirmed: 0 }); // not yet due
    clock.advance(6 * 60_000);
    expect(await run()).toEqual({ checked: 1, unenforced: 0, unconfirmed: 1, fixed: 1 });
    expect(await run()).toMatchObject({ unconfirmed: 0 }); // waits a full timeout before re-sending again
    const confirmed = await confirmEnforcementEffect(store.db, clock, SYSTEM_ACTOR, a!.id);
    expect(confirmed).toMatchObject({ kind: 'measure', already: false });
    expect(await confirmEnforcementEffect(store.db, clock, SYSTEM_ACTOR, a!.id)).toMatchObject({ already: true });
    clock.advance(60_000);
    expect(await run()).toEqual({ checked: 1, unenforced: 0, unconfirmed: 0, fixed: 0 });
    // The marketplace's catalog then reports a listing of the terminated trader visible again.
    await store.query(`UPDATE listing SET visibility = 'visible', updated_at = $1 WHERE id = 'L-2'`, [clock.now()]);
    expect(await run()).toEqual({ checked: 1, unenforced: 0, unconfirmed: 1, fixed: 1 });
    const hooks = await q<{ payload: { resent?: boolean } }>(`SELECT payload FROM outbox WHERE topic = 'enforcement.termination' ORDER BY created_at`);
    expect(hooks.map((h) => !!h.payload.resent)).toEqual([false, true, true]);
    const drift = await q<{ payload: { kind: string } }>(`SELECT payload FROM ledger_event WHERE type = 'enforcement.drift_found' ORDER BY seq`);
    expect(drift.map((d) => d.payload.kind)).toEqual(['unenforced', 'unconfirmed', 'still_visible']);
  });

  it('ends a suspension by itself after its period (RO-2)', async () => {
    await decide('L-1');
    clock.advance(60_000);
    await decide('L-2');
    await run();
    expect((await q<{ state: string }>(`SELECT state FROM enforcement_standing`))[0]!.state).toBe('suspended');
    clock.advance(31 * 86_400_000);
    await run();
    expect((await q<{ state: string; suspended_until: Date | null }>(`SELECT state, suspended_until FROM enforcement_standing`))[0]).toEqual({ state: 'warned', suspended_until: null });
  });

  it('refuses to confirm a warning and names an unknown action', async () => {
    await decide('L-1');
    await run();
    const [w] = await q<{ id: string }>(`SELECT id FROM enforcement_action`);
    await expect(confirmEnforcementEffect(store.db, clock, SYSTEM_ACTOR, w!.id)).rejects.toMatchObject({ code: 'invalid_state' });
    await expect(confirmEnforcementEffect(store.db, clock, SYSTEM_ACTOR, randomUUID())).rejects.toMatchObject({ code: 'not_found' });
  });
});
