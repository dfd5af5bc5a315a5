/**
 * A local emulator of the EU Transparency Database API (spec Part A): a real HTTP server on
 * 127.0.0.1 (ephemeral port) that validates with Vigil's own server-mode validator (the same
 * decisions as the real one, checked against the A11 vectors), enforces the batch limits, answers
 * in the shapes of A7, keeps PUIDs unique per platform (one token = one platform) for the retention
 * window, answers the existing-PUID check with a 302 without Location, and refuses missing tokens
 * with 401.
 *
 * Two modes. `test` (the default) injects faults (429, 5xx, hangs, closed sockets) for the
 * submitter's tests. `sandbox` is what `vigil serve --demo` runs so the demo's statements are
 * submitted somewhere that is plainly not the EU database: no faults, one platform with a random
 * token, a bounded memory, and every answer marked `X-Transparency-Database: local-sandbox-emulator`.
 * Nothing it stores leaves the machine.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { validateStatement } from '../core/statements/validate.js';
import { duplicatePuids, validateBatch } from '../core/statements/validate-batch.js';
import { batchStoredShape, readBackShape, singleStoredShape, type StoredMeta } from './tdb-emulator-shapes.js';

export interface EmulatorPlatform {
  token: string;
  name: string;
  /** false: the user lacks "create statements" (403). */
  canCreate?: boolean;
}

export type Fault =
  | { kind: 'status'; status: number }
  /** Never answer (until the client gives up or the emulator closes). */
  | { kind: 'hang' }
  /** Process the request (store!) and then never answer: a lost response. */
  | { kind: 'hang-after-store' }
  | { kind: 'close' }
  | { kind: 'close-after-store' };

export interface StoredStatement {
  platform: string;
  uuid: string;
  puid: string;
  createdAt: Date;
  body: Record<string, unknown>;
}

export interface RequestLog {
  method: string;
  path: string;
  outcome: number | 'hang' | 'closed';
  statements?: number;
}

export interface TdbEmulatorOptions {
  platforms?: EmulatorPlatform[];
  now?: () => Date;
  /** The TDB deletes statements and their PUIDs after about 181 days (A6 rule 13). */
  retentionDays?: number;
  /**
   * false: answer a batch with invalid items by a plain 422 without `statement_N` detail, as a
   * proxy or a future server version might; the submitter must then find the bad ones by halving.
   */
  perStatementErrors?: boolean;
  /** `sandbox`: no fault injection, bounded memory, answers marked as the local emulator. */
  mode?: 'test' | 'sandbox';
  /** Statements kept (oldest dropped first); unbounded in test mode unless set. */
  maxStored?: number;
}

export const SANDBOX_HEADER = 'x-transparency-database';
const SANDBOX_MAX_STORED = 100_000;
const SANDBOX_MAX_REQUESTS = 1_000;

const RATE_LIMIT_BODY = 'Limit Reached. Please do not overload the API';

export class TdbEmulator {
  readonly stored: StoredStatement[] = [];
  readonly requests: RequestLog[] = [];
  private readonly faults: Fault[] = [];
  private readonly sockets = new Set<Socket>();
  private nextId = 100_000_000_000;
  private constructor(private readonly server: Server, readonly url: string, private readonly options: Required<TdbEmulatorOptions>) {}

  /** The demo's sandbox: one platform with a fresh random token; the caller configures the submitter with `url` and the token. */
  static async startSandbox(platformName: string): Promise<{ emulator: TdbEmulator; token: string }> {
    const token = `1|${randomBytes(24).toString('base64url')}`;
    return { emulator: await TdbEmulator.start({ mode: 'sandbox', platforms: [{ token, name: platformName }] }), token };
  }

  static async start(options: TdbEmulatorOptions = {}): Promise<TdbEmulator> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const emulator = new TdbEmulator(server, `http://127.0.0.1:${port}`, {
      platforms: options.platforms ?? [{ token: '1|platform-a-secret', name: 'Platform A' }],
      now: options.now ?? (() => new Date()),
      retentionDays: options.retentionDays ?? 181,
      perStatementErrors: options.perStatementErrors ?? true,
      mode: options.mode ?? 'test',
      maxStored: options.maxStored ?? (options.mode === 'sandbox' ? SANDBOX_MAX_STORED : Number.POSITIVE_INFINITY),
    });
    server.on('connection', (s) => { emulator.sockets.add(s); s.on('close', () => emulator.sockets.delete(s)); });
    server.on('request', (req, res) => void emulator.handle(req, res));
    return emulator;
  }

  /** The next `n` requests meet `fault`. */
  failNext(n: number, fault: Fault): void {
    if (this.options.mode === 'sandbox') throw new Error('the sandbox emulator does not inject faults');
    for (let i = 0; i < n; i++) this.faults.push(fault);
  }

  storedFor(platform: string): StoredStatement[] {
    return this.stored.filter((s) => s.platform === platform);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = new URL(req.url ?? '/', this.url).pathname;
    const log: RequestLog = { method: req.method ?? 'GET', path, outcome: 0 };
    this.requests.push(log);
    if (this.options.mode === 'sandbox' && this.requests.length > SANDBOX_MAX_REQUESTS) this.requests.splice(0, this.requests.length - SANDBOX_MAX_REQUESTS);
    const fault = this.faults.shift();
    if (fault?.kind === 'status') return this.reply(res, log, fault.status, fault.status === 429 ? RATE_LIMIT_BODY : { message: 'Server Error' });
    if (fault?.kind === 'hang') { log.outcome = 'hang'; return; }
    if (fault?.kind === 'close') { log.outcome = 'closed'; req.socket.destroy(); return; }

    this.purgeExpired();
    const [status, body, headers] = this.route(req, path, Buffer.concat(chunks).toString('utf8'), log);
    if (fault?.kind === 'hang-after-store') { log.outcome = 'hang'; return; }
    if (fault?.kind === 'close-after-store') { log.outcome = 'closed'; req.socket.destroy(); return; }
    this.reply(res, log, status, body, headers);
  }

  private route(req: IncomingMessage, path: string, raw: string, log: RequestLog): [number, unknown, Record<string, string>?] {
    const wantsJson = /application\/json/i.test(req.headers.accept ?? '');
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const platform = this.options.platforms.find((p) => p.token === token);
    // Laravel answers an unauthenticated non-JSON request with a redirect to the login page (A2).
    if (!platform) return wantsJson ? [401, { message: 'Unauthenticated.' }] : [302, '', { location: `${this.url}/login` }];
    const method = req.method ?? 'GET';

    if (path === '/api/ping' && method === 'GET') return [200, { you_say: 'ping', i_say: 'pong' }];
    const existing = /^\/api\/v1\/statement\/existing-puid\/([^/]+)$/.exec(path);
    if (existing && method === 'GET') {
      const puid = decodeURIComponent(existing[1]!);
      // A1 #3: 302 without a Location header; a client that follows redirects gets lost.
      return this.puidExists(platform.name, puid) ? [302, { message: 'statement of reason found', puid }] : [404, { message: 'statement of reason not found', puid }];
    }
    const readBack = /^\/api\/v1\/statement\/([0-9a-f-]{36})$/.exec(path);
    if (readBack && method === 'GET') {
      const s = this.stored.find((x) => x.uuid === readBack[1] && x.platform === platform.name);
      return s ? [200, readBackShape(s.body)] : [404, { message: 'Statement not found.' }];
    }
    if ((path === '/api/v1/statement' || path === '/api/v1/statements') && method === 'POST') {
      if (platform.canCreate === false) return [403, { message: 'This action is unauthorized.' }];
      const input = parseBody(req, raw);
      const answer = path === '/api/v1/statement' ? this.createOne(platform.name, input) : this.createMany(platform.name, input, log);
      // Without Accept: application/json, Laravel answers a validation failure with a redirect back (A2).
      return answer[0] === 422 && !wantsJson ? [302, '', { location: `${this.url}/` }] : answer;
    }
    if (['/api/v1/statement', '/api/v1/statements', '/api/ping'].includes(path)) return [405, { message: `The ${method} method is not supported for route ${path.slice(1)}.` }];
    return [404, { message: `The route ${path.slice(1)} could not be found.` }];
  }

  private createOne(platform: string, input: unknown): [number, unknown] {
    const v = validateStatement(input, { mode: 'server', endpoint: 'single' });
    if (!v.valid) return [422, { message: v.message, errors: v.errors }];
    const puid = String(v.data.puid);
    if (duplicatePuids([puid], (p) => this.puidExists(platform, p)).length > 0) {
      const message = 'The identifier given is not unique within this platform.';
      return [422, { message, errors: { puid: [message] }, existing: { puid } }];
    }
    return [201, this.store(platform, v.data, singleStoredShape)];
  }

  private createMany(platform: string, input: unknown, log: RequestLog): [number, unknown] {
    const statements = (input as { statements?: unknown }).statements;
    if (Array.isArray(statements)) log.statements = statements.length;
    const v = validateBatch(input, { mode: 'server', puidExists: (p) => this.puidExists(platform, p) });
    switch (v.kind) {
      case 'invalid_request': return [422, { message: v.message, errors: v.errors }];
      case 'invalid_statements':
        return this.options.perStatementErrors ? [422, { errors: v.errors }] : [422, { message: 'The given data was invalid.', errors: {} }];
      case 'duplicate_puids': {
        const message = 'The platform identifier(s) are not all unique within this call.';
        return [422, { message, errors: { puid: [message], existing_puids: v.puids } }];
      }
      case 'ok': return [201, { statements: v.data.map((d) => this.store(platform, d, batchStoredShape)) }];
    }
  }

  private store(platform: string, data: Record<string, unknown>, shape: (d: Record<string, unknown>, m: StoredMeta) => Record<string, unknown>): Record<string, unknown> {
    const meta: StoredMeta = { uuid: randomUUID(), id: this.nextId++, createdAt: this.options.now(), platformName: platform, host: this.url };
    const body = shape(data, meta);
    this.stored.push({ platform, uuid: meta.uuid, puid: String(data.puid), createdAt: meta.createdAt, body });
    if (this.stored.length > this.options.maxStored) this.stored.splice(0, this.stored.length - this.options.maxStored);
    return body;
  }

  private puidExists(platform: string, puid: string): boolean {
    return this.stored.some((s) => s.platform === platform && s.puid === puid);
  }

  /** Statements and their PUIDs go after the retention window, so reuse after it is not caught (A6 rule 13). */
  private purgeExpired(): void {
    const cutoff = this.options.now().getTime() - this.options.retentionDays * 86_400_000;
    for (let i = this.stored.length - 1; i >= 0; i--) if (this.stored[i]!.createdAt.getTime() < cutoff) this.stored.splice(i, 1);
  }

  private reply(res: ServerResponse, log: RequestLog, status: number, body: unknown, headers: Record<string, string> = {}): void {
    log.outcome = status;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'text/html; charset=UTF-8' : 'application/json';
    const mark = this.options.mode === 'sandbox' ? { [SANDBOX_HEADER]: 'local-sandbox-emulator' } : {};
    res.writeHead(status, { 'content-type': type, ...mark, ...headers });
    res.end(text);
  }
}

/** Laravel reads a JSON body only with a JSON content type; a body it cannot decode is empty input. */
function parseBody(req: IncomingMessage, raw: string): unknown {
  if (!/json/i.test(req.headers['content-type'] ?? '')) return {};
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null ? v : {};
  } catch {
    return {};
  }
}
