/**
 * Resolves where a link in a listing really leads (shorteners, affiliate redirect chains; DET-3,
 * DET-4) with strict limits: at most N redirects, a total deadline, no bodies read, only http(s).
 * Every connection's address is checked inside the DNS lookup the connection itself uses, so a
 * hostname cannot pass a check with a public address and then connect to a private one (DNS
 * rebinding); literal private IPs are refused before connecting.
 */
import type dns from 'node:dns';
import nodeDns from 'node:dns';
import { parse } from 'tldts';
import { Agent, request } from 'undici';
import { assertPublicUrl, isPrivateAddress, PrivateAddressError } from './safe-http.js';

export interface LinkHop {
  url: string;
  status: number;
  /** the address the connection actually went to */
  address?: string;
}

export type ResolveErrorCode = 'private_address' | 'too_many_redirects' | 'timeout' | 'bad_url' | 'unsupported_scheme' | 'network';

export interface LinkResolution {
  ok: boolean;
  startUrl: string;
  finalUrl: string;
  /** registrable domain of the final URL (tldts), or its host when it has none */
  finalDomain: string;
  hops: LinkHop[];
  error?: { code: ResolveErrorCode; message: string };
}

export interface ResolverOptions {
  maxRedirects?: number;
  timeoutMs?: number;
  /** DNS resolver, injectable for tests; defaults to the system resolver */
  lookup?: typeof dns.lookup;
  /** addresses allowed although private: tests only (a local server on 127.0.0.1) */
  allowAddresses?: readonly string[];
  userAgent?: string;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

export function createLinkResolver(options: ResolverOptions = {}): { resolve(url: string): Promise<LinkResolution>; close(): Promise<void> } {
  const maxRedirects = options.maxRedirects ?? 5;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const allowed = new Set(options.allowAddresses ?? []);
  const resolveDns = options.lookup ?? nodeDns.lookup;
  const connected = new Map<string, string>();

  const lookup = (hostname: string, opts: dns.LookupOptions, cb: LookupCallback): void => {
    resolveDns(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return cb(err, '');
      const list = addresses as unknown as dns.LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address) && !allowed.has(a.address));
      if (bad || list.length === 0) return cb(new PrivateAddressError(`refused: ${hostname} resolves to ${bad?.address ?? 'nothing'}`), '');
      connected.set(hostname, list[0]!.address);
      if (opts.all) return cb(null, list);
      cb(null, list[0]!.address, list[0]!.family);
    });
  };
  const agent = new Agent({ connect: { lookup, timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, keepAliveTimeout: 1 });

  async function resolve(startUrl: string): Promise<LinkResolution> {
    const hops: LinkHop[] = [];
    const deadline = AbortSignal.timeout(timeoutMs);
    let current: URL;
    try {
      current = new URL(startUrl);
    } catch {
      return done(startUrl, startUrl, hops, { code: 'bad_url', message: `not a URL: ${startUrl}` });
    }
    for (let i = 0; i <= maxRedirects; i++) {
      if (!['http:', 'https:'].includes(current.protocol)) {
        return done(startUrl, current.href, hops, { code: 'unsupported_scheme', message: `refused: scheme ${current.protocol}` });
      }
      try {
        assertPublicUrl(current, false);
        const host = current.hostname.replace(/^\[|\]$/g, '');
        const res = await request(current, {
          method: 'GET', dispatcher: agent, signal: deadline,
          headers: { 'user-agent': options.userAgent ?? 'VigilLinkResolver/1.0', accept: '*/*' },
        });
        await res.body.dump();
        hops.push({ url: current.href, status: res.statusCode, ...(connected.has(host) ? { address: connected.get(host)! } : {}) });
        const location = res.headers['location'];
        if (res.statusCode < 300 || res.statusCode >= 400 || !location) return done(startUrl, current.href, hops);
        current = new URL(Array.isArray(location) ? location[0]! : location, current);
      } catch (e) {
        return done(startUrl, current.href, hops, classify(e));
      }
    }
    return done(startUrl, current.href, hops, { code: 'too_many_redirects', message: `more than ${maxRedirects} redirects` });
  }

  return { resolve, close: () => agent.close() };
}

function classify(e: unknown): { code: ResolveErrorCode; message: string } {
  const err = e as { name?: string; message?: string; cause?: unknown; code?: string };
  const chain = [err, err.cause as typeof err | undefined].filter(Boolean) as (typeof err)[];
  if (chain.some((x) => x.name === 'PrivateAddressError' || x.code === 'EPRIVATEADDR')) {
    return { code: 'private_address', message: chain.find((x) => x.name === 'PrivateAddressError')?.message ?? 'refused: private address' };
  }
  if (chain.some((x) => x.name === 'TimeoutError' || x.name === 'AbortError' || /timeout/i.test(x.code ?? '') || /Timeout/.test(x.name ?? ''))) {
    return { code: 'timeout', message: 'deadline exceeded' };
  }
  return { code: 'network', message: err.message ?? String(e) };
}

function done(startUrl: string, finalUrl: string, hops: LinkHop[], error?: { code: ResolveErrorCode; message: string }): LinkResolution {
  let host = finalUrl;
  try {
    host = new URL(finalUrl).hostname;
  } catch {
    // keep the raw string: the caller asked about something that is not a URL
  }
  const finalDomain = parse(host).domain ?? host;
  return { ok: error === undefined, startUrl, finalUrl, finalDomain, hops, ...(error ? { error } : {}) };
}
