/**
 * Entry of the `vigil` command: `serve` (API, console and in-process worker), `worker` (jobs only,
 * against PostgreSQL), and the operational commands under src/cli. The only module that starts a
 * server or wires the CLI to the composition root.
 */
import { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { registerCommands } from './cli/commands/index.js';
import type { AppContext } from './context.js';
import type { Worker } from './jobs/worker.js';
import { SYSTEM_ACTOR } from './core/events.js';
import { loadConfig } from './config.js';

// The server, the job system and the composition root load only when a command needs them, so
// quick commands (`vigil screen`, `vigil statements export`, `--help`) start fast.
const createContext = async (...a: Parameters<typeof import('./context.js').createContext>) => (await import('./context.js')).createContext(...a);
import type { SeedReport } from './services/demo-seed/seed.js';

const openContext = (purpose: string) => createContext(loadConfig(), { purpose });

async function serve(opts: { demo?: boolean }): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  // The demo brings its own marketplace to receive webhooks and confirm effects, unless one is configured.
  const { buildApp } = await import('./http/app.js');
  const { startWorker } = await import('./jobs/worker.js');
  const { startSimulatedMarketplace } = await import('./integrations/demo-marketplace.js');
  const simulator = opts.demo && !config.webhookUrl ? await startSimulatedMarketplace(randomBytes(24).toString('base64url')) : null;
  if (simulator) Object.assign(config, { webhookUrl: simulator.url, webhookSecret: simulator.secret, webhookAllowPrivate: true });
  // ... and its own Transparency Database: a local sandbox emulator on 127.0.0.1, so the demo's
  // statements are submitted and show as such, and never reach the EU database (SOR-4).
  const sandbox = opts.demo && !config.tdbUrl ? await (await import('./integrations/tdb-emulator.js')).TdbEmulator.startSandbox(`${config.platformName} (demo, local sandbox)`) : null;
  if (sandbox) Object.assign(config, { tdbUrl: sandbox.emulator.url, tdbToken: sandbox.token, tdbLocalSandbox: true });
  const ctx = await createContext(config, { purpose: `vigil serve (port ${config.port})` }).catch(async (e: unknown) => {
    await sandbox?.emulator.close();
    await simulator?.close();
    throw e;
  });
  let worker: Worker | null = null;
  try {
    // Loaded only when asked for: the generator and its phrase banks are not needed otherwise.
    const demo = opts.demo ? await (await import('./services/demo-seed/seed.js')).seedDemo(ctx) : null;
    const app = await buildApp(ctx, { logger: true, serveConsole: true });
    await app.listen({ port: config.port, host: config.host });
    if (simulator) {
      const port = (app.server.address() as { port: number }).port;
      simulator.connect(`http://127.0.0.1:${port}`, (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'simulated marketplace (demo)', role: 'integration' })).key);
    }
    if (config.runWorker) worker = await startWorker(ctx);
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`\nVigil is running at ${config.publicUrl} (${ctx.store.engine}, ready in ${ms} ms)\n`);
    if (demo) printDemo(demo);
    if (sandbox) process.stdout.write(`Statements of reasons go to a local sandbox emulator of the Transparency Database at ${sandbox.emulator.url}, never to the EU database.\n`);
    const shutdown = async (signal: string) => {
      ctx.logger.info({ signal }, 'shutting down');
      await app.close();
      await simulator?.close();
      await worker?.stop();
      await sandbox?.emulator.close();
      await ctx.close();
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (e) {
    await worker?.stop().catch(() => undefined);
    await sandbox?.emulator.close().catch(() => undefined);
    await ctx.close();
    throw e;
  }
}

function printDemo(demo: SeedReport): void {
  const lines = [
    demo.seeded ? `Seeded a demo marketplace: ${demo.counts.traders} traders, ${demo.counts.listings} listings, ${demo.counts.orders} orders.` : 'Demo data already present.',
    ...(demo.moderation ? [`Moderation: ${demo.moderation.notices} notices (${demo.moderation.trusted_flagger_notices} from a trusted flagger), ${demo.moderation.decisions} decisions with statements of reasons, ${demo.moderation.open_cases} open cases, ${demo.moderation.orders} authority order.`] : []),
    ...(demo.redress ? [`Redress and enforcement: ${demo.redress.complaints} complaints (${demo.redress.reversed} reversed), ${demo.redress.disputes} out-of-court dispute; traders warned ${demo.redress.warned}, suspended ${demo.redress.suspended}, terminated ${demo.redress.terminated}.`] : []),
    'Demo sign-ins (console):',
    ...demo.users.map((u) => `  ${u.role.padEnd(18)} ${u.email}  password: ${u.password}`),
    ...(demo.integrationKey ? [`Integration API key (shown once): ${demo.integrationKey}`] : []),
    'API docs: /docs   OpenAPI: /openapi.json',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function worker(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new Error('vigil worker runs against PostgreSQL (set DATABASE_URL); with the embedded database the server runs its own worker');
  }
  const ctx: AppContext = await createContext(config, { purpose: 'vigil worker' });
  const w = await (await import('./jobs/worker.js')).startWorker(ctx);
  process.stdout.write('Vigil worker started\n');
  const stop = async () => {
    await w.stop();
    await ctx.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

const program = new Command('vigil')
  .description('Vigil: trust-and-safety and EU Digital Services Act compliance engine for marketplaces')
  .showHelpAfterError();
program.command('serve').description('Start the API, console and in-process worker').option('--demo', 'seed a demo marketplace on an empty database').action(serve);
program.command('worker').description('Run background jobs only (PostgreSQL; several may run at once)').action(worker);
registerCommands(program, openContext);

program.parseAsync(process.argv).catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`vigil: ${message}\n`);
  process.exitCode = 1;
});
