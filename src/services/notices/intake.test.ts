/**
 * Group commit of notices: many notices filed at once are written in shared transactions, and each
 * still gets exactly what a notice filed alone gets — its own receipt, its case (duplicates
 * grouped), its outbox messages numbered 1, 2 and its ledger events in an unbroken chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { intakeDeps } from '../../http/routes/notices.js';
import { verifyLedger } from '../ledger/verify.js';
import { emailActorKey } from '../complaints/tokens.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { bulkNotices } from './bulk.js';
import { submitNotice } from './intake.js';
import type { NoticeInput } from './schemas.js';

describe.each(ENGINES)('notice group commit on %s', (engine) => {
  let t: TestApp;
  const input = (i: number, over: Partial<NoticeInput> = {}): NoticeInput => ({
    locations: [{ item: { kind: 'listing', id: `L-${i % 3}` } }],
    explanation: `This listing sells prescription-only medicine without a prescription (${i}).`,
    notifier: { name: `N ${i}`, email: `n${i}@example.org` }, good_faith: true, language: 'en', ...over,
  });

  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Shop' });
    for (let i = 0; i < 3; i++) await t.ctx.catalog.putListing(SYSTEM_ACTOR, `L-${i}`, { trader_id: 'T-1', source_version: 1, title: `Pills ${i}`, product_url: `https://shop.example/l/${i}` });
  });
  afterAll(async () => t?.close());

  it('writes concurrent notices together and answers each with its own receipt', async () => {
    const deps = intakeDeps(t.ctx);
    const actor = { kind: 'human' as const, id: 'public' };
    const jobs = [
      ...Array.from({ length: 40 }, (_, i) => submitNotice(deps, actor, input(i), {})),
      // Same idempotency key three times at once: one notice, the same receipt for all.
      ...[0, 1, 2].map(() => submitNotice(deps, actor, input(99), { idempotencyKey: 'retry-key-0001' })),
      submitNotice(deps, actor, input(100, { locations: [{ url: 'https://shop.example/l/1/' }, { url: 'https://elsewhere.example/x' }, { item: { kind: 'listing', id: 'L-1' } }] }), {}),
    ];
    const out = await Promise.all(jobs);
    const ids = out.map((o) => o.receipt.id);
    expect(new Set(ids.slice(0, 40)).size).toBe(40);
    expect(new Set(ids.slice(40, 43)).size).toBe(1);
    expect(out.slice(40, 43).filter((o) => o.created)).toHaveLength(1);

    // Duplicates grouped: one open case per listing, each receipt names its listing's case.
    const cases = await t.ctx.store.query<{ subject_id: string; id: string }>(`SELECT subject_id, id FROM moderation_case WHERE status <> 'closed'`);
    const byListing = new Map(cases.rows.map((r) => [r.subject_id, r.id]));
    out.slice(0, 40).forEach((o, i) => expect(o.receipt.case_ids).toEqual([byListing.get(`L-${i % 3}`)]));
    // URL and id of the same listing feed one case; an unknown URL gets its own.
    const multi = out[43]!.receipt;
    expect(multi.locations).toBe(3);
    expect(multi.case_ids).toHaveLength(2);
    expect(multi.case_ids).toContain(byListing.get('L-1'));

    const links = await t.ctx.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_link WHERE kind = 'notice'`);
    expect(links.rows[0]!.n).toBe(40 + 1 + 2);
    const opened = await t.ctx.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ledger_event WHERE type = 'case.opened'`);
    expect(opened.rows[0]!.n).toBe(4);

    // Each notice: receipt mail then the marketplace message, numbered 1 and 2 for that notice.
    const seqs = await t.ctx.store.query<{ subject_id: string; topics: string[]; seqs: number[] }>(
      `SELECT subject_id, array_agg(topic ORDER BY subject_seq) AS topics, array_agg(subject_seq::int ORDER BY subject_seq) AS seqs FROM outbox WHERE subject_type = 'notice' GROUP BY subject_id`);
    expect(seqs.rows).toHaveLength(42);
    for (const r of seqs.rows) {
      expect(r.topics).toEqual(['mail.notice_receipt', 'notice.received']);
      expect(r.seqs.map(Number)).toEqual([1, 2]);
    }
    const received = await t.ctx.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ledger_event WHERE type = 'notice.received'`);
    expect(received.rows[0]!.n).toBe(42);
    const report = await verifyLedger(t.ctx.store.db, t.ctx.checkpointArchive, t.ctx.ledgerKey);
    expect(report.ok).toBe(true);
  });

  it('refuses only the notices of a notifier suspended for misuse among notices filed together (Art. 23(2))', async () => {
    const now = t.ctx.clock.now().getTime();
    const standing = `INSERT INTO misuse_standing (actor_type, actor_key, suspended_from, suspended_until) VALUES ('notifier', $1, $2, $3)`;
    await t.ctx.store.query(standing, [emailActorKey('bad@example.org'), new Date(now - 86_400_000), new Date(now + 86_400_000)]);
    await t.ctx.store.query(standing, [emailActorKey('served@example.org'), new Date(now - 3 * 86_400_000), new Date(now - 86_400_000)]);
    const deps = intakeDeps(t.ctx);
    const actor = { kind: 'human' as const, id: 'public' };
    const from = (i: number, email: string) => submitNotice(deps, actor, input(200 + i, { notifier: { name: 'N', email } }), {});
    const out = await Promise.allSettled([from(0, 'ok1@example.org'), from(1, 'bad@example.org'), from(2, 'served@example.org'), from(3, ' Bad@Example.org'), from(4, 'ok2@example.org')]);
    expect(out.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    for (const o of [out[1], out[3]]) expect((o as PromiseRejectedResult).reason).toMatchObject({ code: 'submissions_suspended', details: [{ path: 'notifier.email' }] });
    const stored = await t.ctx.store.query<{ e: string }>(`SELECT lower(trim(notifier_email)) AS e FROM notice WHERE notifier_email ILIKE '%@example.org' AND explanation LIKE '%(20_)%'`);
    expect(stored.rows.map((r) => r.e).sort()).toEqual(['ok1@example.org', 'ok2@example.org', 'served@example.org']);
    expect((await verifyLedger(t.ctx.store.db, t.ctx.checkpointArchive, t.ctx.ledgerKey)).ok).toBe(true);
  });

  it('writes a CSV upload in shared transactions, in line order, a repeated row still a duplicate', async () => {
    await t.app.inject({ method: 'PUT', url: '/api/v1/trusted-flaggers/TF-B', headers: t.auth(t.keys.admin), payload: { name: 'Bulk Org', awarding_member_state: 'DE', expertise_categories: ['STATEMENT_CATEGORY_SCAMS_AND_FRAUD'] } });
    const row = (i: number) => `listing:L-${i % 3},"Fake shop number ${i} takes payment and never ships anything",STATEMENT_CATEGORY_SCAMS_AND_FRAUD,en,Bulk Org,desk@bulk.example`;
    const lines = Array.from({ length: 150 }, (_, i) => row(i));
    lines.splice(100, 0, row(7)); // line 102 repeats line 9
    const csv = ['location,explanation,category,language,notifier_name,notifier_email', ...lines].join('\n');
    const out = await bulkNotices(intakeDeps(t.ctx), { kind: 'human', id: 'trusted_flagger:TF-B' }, 'TF-B', csv);
    expect(out).toMatchObject({ created: 150, duplicates: 1, errors: 0 });
    expect(out.results.map((r) => r.line)).toEqual(Array.from({ length: 151 }, (_, i) => i + 2));
    expect(out.results[100]).toMatchObject({ line: 102, status: 'duplicate', id: (out.results[7] as { id: string }).id });
    const again = await bulkNotices(intakeDeps(t.ctx), { kind: 'human', id: 'trusted_flagger:TF-B' }, 'TF-B', csv);
    expect(again).toMatchObject({ created: 0, duplicates: 151, errors: 0 });
  });
});
