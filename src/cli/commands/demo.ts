import type { Command } from 'commander';
import { print, withContext, type OpenContext } from '../context-factory.js';

export function registerDemo(program: Command, open: OpenContext): void {
  const demo = program.command('demo').description('Demo data');
  demo
    .command('seed')
    .description('Add a generated demo catalog (for trying Vigil and for benchmarks)')
    .option('--listings <n>', 'number of listings', '2000')
    .option('--traders <n>', 'number of traders (default: listings / 20, at least 100)')
    .option('--orders <n>', 'number of orders (default: listings / 5)')
    .option('--seed <n>', 'random seed (same seed, same catalog)', '1')
    .action(async (o: { listings: string; traders?: string; orders?: string; seed: string }) => {
      const listings = Number(o.listings);
      if (!Number.isInteger(listings) || listings < 1) throw new Error('--listings must be a positive integer');
      const traders = o.traders ? Number(o.traders) : Math.max(100, Math.ceil(listings / 20));
      const orders = o.orders ? Number(o.orders) : Math.ceil(listings / 5);
      await withContext(open, 'vigil demo seed', async (ctx) => {
        const t0 = performance.now();
        const { seedCatalog } = await import('../../services/demo-seed/seed.js');
        const counts = await seedCatalog(ctx, { listings, traders, orders, seed: Number(o.seed) }, (n) => process.stderr.write(`\r${n} listings`));
        process.stderr.write('\n');
        print({ ...counts, seconds: Math.round((performance.now() - t0) / 100) / 10 });
      });
    });
}
