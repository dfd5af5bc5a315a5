/**
 * Client of the EU Transparency Database API (spec Part A, A1–A3, A7; Art. 24(5), SOR-4):
 * `POST /api/v1/statements` (1–100, all-or-nothing), `GET /api/v1/statement/existing-puid/{puid}`
 * and `GET /api/ping`, with a Bearer token and `Accept: application/json`. Redirects are never
 * followed: the existing-PUID check answers 302 without a Location. Base URL and token are
 * configuration (the sandbox is just another base URL); the caller wires them.
 */
import { Agent, request, type Dispatcher } from 'undici';
import { DomainError } from '../core/errors.js';
import type { TdbStatement } from '../core/statements/types.js';
import { submitAll, TDB_MAX_BATCH, type SubmissionReport, type SubmitAllOptions } from './transparency-db-batches.js';
import { classifyBatchResponse, classifyCommon, type RetryReason, type SubmitOutcome } from './transparency-db-responses.js';

export * from './transparency-db-batches.js';
export * from './transparency-db-responses.js';

export interface TransparencyDbClientOptions {
  /** Production or sandbox host, e.g. the one handed out at onboarding; no trailing path. */
  baseUrl: string;
  /** Sanctum personal access token (`<id>|<secret>`). */
  token: string;
  /** Defaults to a keep-alive Agent owned (and closed) by the client. */
  dispatcher?: Dispatcher;
  /** Per request: time to the response headers and between body chunks (default 30 s). */
  timeoutMs?: number;
  userAgent?: string;
}

export type PuidCheck = { kind: 'found'; puid: string } | { kind: 'not_found'; puid: string } | Extract<SubmitOutcome, { kind: 'retry' | 'config' | 'invalid' }>;
export type PingResult = { kind: 'ok' } | Extract<SubmitOutcome, { kind: 'retry' | 'config' | 'invalid' }>;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);

export class TransparencyDbClient {
  private readonly base: string;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly timeoutMs: number;

  constructor(private readonly options: TransparencyDbClientOptions) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new DomainError('invalid_config', 'Transparency Database base URL is not a URL', [{ path: 'baseUrl', problem: 'not a URL' }]);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DomainError('invalid_config', 'Transparency Database base URL must be http(s)', [{ path: 'baseUrl', problem: 'not http(s)' }]);
    if (!options.token) throw new DomainError('invalid_config', 'Transparency Database token is missing', [{ path: 'token', problem: 'empty' }]);
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? new Agent({ keepAliveTimeout: 10_000 });
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** One `POST /api/v1/statements`; the caller keeps batches within 1–100. */
  async submitBatch(statements: readonly TdbStatement[]): Promise<SubmitOutcome> {
    if (statements.length < 1 || statements.length > TDB_MAX_BATCH) {
      throw new DomainError('invalid_body', `a batch holds 1–${TDB_MAX_BATCH} statements`, [{ path: 'statements', problem: `${statements.length} given` }]);
    }
    const r = await this.call('POST', '/api/v1/statements', JSON.stringify({ statements }));
    return 'kind' in r ? r : classifyBatchResponse(r.status, r.headers, r.text, statements.length);
  }

  /** Every statement in batches, narrowing rejected batches down and retrying with backoff. */
  submitAll(statements: readonly TdbStatement[], options?: SubmitAllOptions): Promise<SubmissionReport> {
    return submitAll((batch) => this.submitBatch(batch), statements, options);
  }

  /** Does the platform already have this PUID? Only within the TDB's ~181-day memory (A6 rule 13). */
  async existingPuid(puid: string): Promise<PuidCheck> {
    const r = await this.call('GET', `/api/v1/statement/existing-puid/${encodeURIComponent(puid)}`);
    if ('kind' in r) return r;
    if (r.status === 302) return { kind: 'found', puid };
    if (r.status === 404 && /not found/i.test(r.text)) return { kind: 'not_found', puid };
    const common = classifyCommon(r.status, r.headers, r.text);
    return (common as PuidCheck | null) ?? { kind: 'invalid', status: r.status, message: r.text.slice(0, 300) };
  }

  /** Connectivity and token check. */
  async ping(): Promise<PingResult> {
    const r = await this.call('GET', '/api/ping');
    if ('kind' in r) return r;
    if (r.status === 200 && /"i_say"\s*:\s*"pong"/.test(r.text)) return { kind: 'ok' };
    const common = classifyCommon(r.status, r.headers, r.text);
    return (common as PingResult | null) ?? { kind: 'invalid', status: r.status, message: r.text.slice(0, 300) };
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  private async call(method: 'GET' | 'POST', path: string, body?: string): Promise<RawResponse | Extract<SubmitOutcome, { kind: 'retry' }>> {
    try {
      const res = await request(`${this.base}${path}`, {
        method,
        dispatcher: this.dispatcher,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        headers: {
          authorization: `Bearer ${this.options.token}`,
          accept: 'application/json',
          'user-agent': this.options.userAgent ?? 'Vigil-TDB/1',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body }),
      });
      return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
    } catch (e) {
      const err = e as Error & { code?: string; cause?: { code?: string } };
      const code = err.code ?? err.cause?.code ?? '';
      const reason: RetryReason = TIMEOUT_CODES.has(code) ? 'timeout' : 'network';
      // A lost answer may hide a stored batch: the retry's duplicate-PUID answer settles it.
      return { kind: 'retry', reason, message: `${code || err.name}: ${err.message}`.slice(0, 300) };
    }
  }
}
