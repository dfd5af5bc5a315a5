/**
 * Seeds a demo marketplace on an empty database: staff users for each console role, an integration
 * key, and a generated catalog written through the same batched upserts as real imports.
 */
import { SYSTEM_ACTOR } from '../../core/events.js';
import type { Role } from '../../core/auth/policy.js';
import type { AppContext } from '../../context.js';
import { upsertListings, type ListingWrite } from '../catalog/listings.js';
import { upsertOrder } from '../catalog/orders.js';
import { upsertTrader } from '../catalog/traders.js';
import { DEFAULT_DEMO_SIZE, generateDemoCatalog } from '../demo/index.js';
import { seedModeration, type ModerationCounts } from './moderation.js';
import { seedRedress, type RedressCounts } from './complaints.js';
import { seedTermsAndPolicy } from './enforcement.js';

export const DEMO_PASSWORD = 'vigil-demo-password';
const DEMO_USERS: { role: Role; email: string; name: string }[] = [
  { role: 'admin', email: 'admin@demo.vigil.test', name: 'Ada Admin' },
  { role: 'compliance_officer', email: 'compliance@demo.vigil.test', name: 'Chloé Compliance' },
  { role: 'senior_reviewer', email: 'senior@demo.vigil.test', name: 'Sven Senior' },
  { role: 'reviewer', email: 'reviewer@demo.vigil.test', name: 'Rita Reviewer' },
  { role: 'trustee', email: 'trustee@demo.vigil.test', name: 'Theo Trustee' },
];

export interface DemoSize {
  traders: number;
  listings: number;
  orders: number;
  seed?: number;
}

export interface SeedReport {
  seeded: boolean;
  counts: { traders: number; listings: number; orders: number };
  moderation: ModerationCounts | null;
  redress: (RedressCounts & { warned: number; suspended: number; terminated: number }) | null;
  users: { role: Role; email: string; password: string }[];
  integrationKey: string | null;
}

/** Seeds only when no user exists yet, so restarting `npm start` keeps the data as it is. */
export async function seedDemo(ctx: AppContext, size: DemoSize = DEFAULT_DEMO_SIZE, onProgress?: (done: number) => void): Promise<SeedReport> {
  const users = DEMO_USERS.map((u) => ({ role: u.role, email: u.email, password: DEMO_PASSWORD }));
  if ((await ctx.auth.countUsers()) > 0) return { seeded: false, counts: { traders: 0, listings: 0, orders: 0 }, moderation: null, redress: null, users, integrationKey: null };
  const ids = new Map<Role, string>();
  for (const u of DEMO_USERS) ids.set(u.role, (await ctx.auth.createUser(SYSTEM_ACTOR, { email: u.email, displayName: u.name, role: u.role, password: DEMO_PASSWORD })).id);
  const key = await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'demo marketplace integration', role: 'integration' });
  const counts = await seedCatalog(ctx, size, onProgress);
  const demo = generateDemoCatalog({ seed: size.seed ?? 1, traders: size.traders, listings: size.listings, orders: size.orders });
  await seedTermsAndPolicy(ctx);
  const moderation = await seedModeration(ctx, demo, { reviewer: `user:${ids.get('reviewer')}`, senior: `user:${ids.get('senior_reviewer')}` });
  const redress = await seedRedress(ctx, { senior: { id: ids.get('senior_reviewer')!, name: 'Sven Senior' }, compliance: { id: ids.get('compliance_officer')!, name: 'Chloé Compliance' } });
  // What the penalty policy did with the demo's decisions (read back, not planned).
  const standing = (await ctx.store.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM enforcement_standing WHERE actor_type = 'trader' GROUP BY state`)).rows;
  const of = (state: string) => standing.find((r) => r.state === state)?.n ?? 0;
  return { seeded: true, counts, moderation, redress: { ...redress, warned: of('warned'), suspended: of('suspended'), terminated: of('terminated') }, users, integrationKey: key.key };
}

/** Writes a generated catalog in batches (also used by `vigil demo seed --listings N` for benchmarks). */
export async function seedCatalog(ctx: AppContext, size: DemoSize, onProgress?: (done: number) => void) {
  const { db } = ctx.store;
  const demo = generateDemoCatalog({ seed: size.seed ?? 1, traders: size.traders, listings: size.listings, orders: size.orders });
  const counts = { traders: 0, listings: 0, orders: 0 };
  let batch: { id: string; input: Parameters<typeof upsertTrader>[4] }[] = [];
  const flushTraders = async () => {
    const b = batch;
    batch = [];
    await db.transaction(async (tx) => {
      for (const t of b) await upsertTrader(tx, ctx.clock, SYSTEM_ACTOR, t.id, t.input);
    });
  };
  for (const t of demo.traders) {
    batch.push(t);
    counts.traders += 1;
    if (batch.length >= 200) await flushTraders();
  }
  await flushTraders();
  let writes: ListingWrite[] = [];
  const flushListings = async () => {
    const w = writes;
    writes = [];
    await db.transaction((tx) => upsertListings(tx, ctx.clock, SYSTEM_ACTOR, w));
    onProgress?.(counts.listings);
  };
  for (const l of demo.listings) {
    writes.push({ id: l.id, input: l.input });
    counts.listings += 1;
    if (writes.length >= 1000) await flushListings();
  }
  if (writes.length) await flushListings();
  let orders: { id: string; input: Parameters<typeof upsertOrder>[4] }[] = [];
  const flushOrders = async () => {
    const o = orders;
    orders = [];
    await db.transaction(async (tx) => {
      for (const x of o) await upsertOrder(tx, ctx.clock, SYSTEM_ACTOR, x.id, x.input);
    });
  };
  for (const o of demo.orders) {
    orders.push(o);
    counts.orders += 1;
    if (orders.length >= 500) await flushOrders();
  }
  await flushOrders();
  return counts;
}
