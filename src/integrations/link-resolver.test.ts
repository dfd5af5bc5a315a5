import type dns from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkResolver } from './link-resolver.js';

// A local HTTP server plays every "remote" site; an injected resolver decides what each name resolves to.
let server: Server;
let port = 0;
let requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.headers.host}${req.url}`);
    const host = (req.headers.host ?? '').split(':')[0];
    const go = (location: string) => { res.writeHead(302, { location, connection: 'close' }); res.end(); };
    if (req.url === '/short') return go(`http://shop.example.com:${port}/landing?tag=aff-21`);
    if (req.url === '/relative') return go('/landing');
    if (req.url === '/to-internal') return go(`http://internal.example.com:${port}/admin`);
    if (req.url === '/to-metadata') return go('http://169.254.169.254/latest/meta-data/');
    if (req.url === '/to-ftp') return go('ftp://files.example.com/x');
    if (req.url === '/loop') return go(`http://${host}:${port}/loop`);
    if (req.url === '/again') return go(`http://rebind.example.com:${port}/landing`);
    if (req.url === '/hang') return; // never answers
    res.writeHead(200, { 'content-type': 'text/plain', connection: 'close' });
    res.end('ok');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

type Lookup = typeof dns.lookup;
function resolverFor(table: Record<string, string | string[]>): Lookup {
  const calls = new Map<string, number>();
  return ((hostname: string, _opts: unknown, cb: (e: NodeJS.ErrnoException | null, a: dns.LookupAddress[]) => void) => {
    const entry = table[hostname];
    if (!entry) return cb(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    const n = calls.get(hostname) ?? 0;
    calls.set(hostname, n + 1);
    const address = Array.isArray(entry) ? entry[Math.min(n, entry.length - 1)]! : entry;
    cb(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
  }) as unknown as Lookup;
}
const url = (host: string, path: string) => `http://${host}:${port}${path}`;

describe('link resolver', () => {
  it('follows a redirect chain and records each hop, the connected address and the final domain', async () => {
    const r = createLinkResolver({ lookup: resolverFor({ 'sho.rt': '127.0.0.1', 'shop.example.com': '127.0.0.1' }), allowAddresses: ['127.0.0.1'] });
    const res = await r.resolve(url('sho.rt', '/short'));
    await r.close();
    expect(res.ok).toBe(true);
    expect(res.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(res.hops[0]!.address).toBe('127.0.0.1');
    expect(res.finalUrl).toBe(url('shop.example.com', '/landing?tag=aff-21'));
    expect(res.finalDomain).toBe('example.com');
  });
  it('resolves relative redirects against the current URL', async () => {
    const r = createLinkResolver({ lookup: resolverFor({ 'a.example.org': '127.0.0.1' }), allowAddresses: ['127.0.0.1'] });
    const res = await r.resolve(url('a.example.org', '/relative'));
    await r.close();
    expect(res.finalUrl).toBe(url('a.example.org', '/landing'));
  });
  it('refuses a name that resolves to a loopback address, without sending a request', async () => {
    requests = [];
    const r = createLinkResolver({ lookup: resolverFor({ 'evil.example.com': '127.0.0.1' }) });
    const res = await r.resolve(url('evil.example.com', '/'));
    await r.close();
    expect(res).toMatchObject({ ok: false, error: { code: 'private_address' } });
    expect(requests).toEqual([]);
  });
  it('refuses a redirect to a name that resolves to a private network', async () => {
    const r = createLinkResolver({ lookup: resolverFor({ 'sho.rt': '127.0.0.1', 'internal.example.com': '10.0.0.5' }), allowAddresses: ['127.0.0.1'] });
    const res = await r.resolve(url('sho.rt', '/to-internal'));
    await r.close();
    expect(res.error?.code).toBe('private_address');
    expect(res.hops).toHaveLength(1);
    expect(res.finalUrl).toBe(url('internal.example.com', '/admin'));
  });
  it('refuses literal link-local and private IPs before connecting', async () => {
    const r = createLinkResolver({ lookup: resolverFor({ 'sho.rt': '127.0.0.1' }), allowAddresses: ['127.0.0.1'] });
    expect((await r.resolve(url('sho.rt', '/to-metadata'))).error?.code).toBe('private_address');
    for (const target of ['http://10.1.2.3/', 'http://[::1]/', 'http://192.168.1.1/', 'http://[::ffff:127.0.0.1]/']) {
      expect((await r.resolve(target)).error?.code).toBe('private_address');
    }
    await r.close();
  });
  it('checks the address on every connection, so DNS rebinding cannot pass', async () => {
    // First answer public-looking (allowed here), second answer private: the second connection is refused.
    const r = createLinkResolver({ lookup: resolverFor({ 'rebind.example.com': ['127.0.0.1', '10.9.8.7'] }), allowAddresses: ['127.0.0.1'] });
    const res = await r.resolve(url('rebind.example.com', '/again'));
    await r.close();
    expect(res.hops).toHaveLength(1);
    expect(res.error?.code).toBe('private_address');
  });
  it('stops after the redirect limit', async () => {
    const r = createLinkResolver({ lookup: resolverFor({ 'loop.example.com': '127.0.0.1' }), allowAddresses: ['127.0.0.1'], maxRedirects: 3 });
    const res = await r.resolve(url('loop.example.com', '/loop'));
    await r.close();
    expect(res.error?.code).toBe('too_many_redirects');
    expect(res.hops).toHaveLength(4);
  });
  it('gives up at the deadline', async () => {
    const r = createLinkResolver({ lookup: resolverFor({ 'slow.example.com': '127.0.0.1' }), allowAddresses: ['127.0.0.1'], timeoutMs: 300 });
    const res = await r.resolve(url('slow.example.com', '/hang'));
    await r.close();
    expect(res.error?.code).toBe('timeout');
  });
  it('refuses other schemes and bad URLs', async () => {
    const r = createLinkResolver({ lookup: resolverFor({ 'sho.rt': '127.0.0.1' }), allowAddresses: ['127.0.0.1'] });
    expect((await r.resolve(url('sho.rt', '/to-ftp'))).error?.code).toBe('unsupported_scheme');
    expect((await r.resolve('javascript:alert(1)')).error?.code).toBe('unsupported_scheme');
    expect((await r.resolve('not a url')).error?.code).toBe('bad_url');
    await r.close();
  });
  it('reports unknown hosts as network errors', async () => {
    const r = createLinkResolver({ lookup: resolverFor({}) });
    const res = await r.resolve('http://nowhere.example.net/');
    await r.close();
    expect(res.error?.code).toBe('network');
  });
});
