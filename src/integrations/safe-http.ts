/**
 * Outbound HTTP that never reaches private networks: the address is checked in the DNS lookup the
 * connection actually uses, so a hostname that resolves to a public address at check time and a
 * private one at connect time (DNS rebinding) cannot slip through.
 */
import { BlockList, isIP } from 'node:net';
import dns from 'node:dns';
import { Agent } from 'undici';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** True for loopback, private, link-local, CGNAT, multicast, documentation and reserved ranges. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1]!, 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return true;
}

export class PrivateAddressError extends Error {
  override readonly name = 'PrivateAddressError';
  readonly code = 'EPRIVATEADDR';
}

type LookupFn = (hostname: string, options: dns.LookupOptions, cb: (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void) => void;

/** A lookup that resolves with the system resolver and refuses any private answer. */
export function guardedLookup(allowPrivate: boolean, resolve: typeof dns.lookup = dns.lookup): LookupFn {
  return (hostname, options, cb) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, '');
      const list = (addresses as unknown as dns.LookupAddress[]) ?? [];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (!allowPrivate && (bad || list.length === 0)) {
        return cb(new PrivateAddressError(`refused: ${hostname} resolves to a private address (${bad?.address ?? 'none'})`), '');
      }
      if (options.all) return cb(null, list);
      const first = list[0]!;
      cb(null, first.address, first.family);
    });
  };
}

/** An undici dispatcher whose every connection goes through the guarded lookup. */
export function safeAgent(opts: { allowPrivate?: boolean; timeoutMs?: number; lookup?: typeof dns.lookup } = {}): Agent {
  const timeout = opts.timeoutMs ?? 10_000;
  return new Agent({
    connect: { lookup: guardedLookup(opts.allowPrivate ?? false, opts.lookup), timeout },
    headersTimeout: timeout,
    bodyTimeout: timeout,
  });
}

/** Literal IP hosts never go through DNS, so they are checked before connecting. */
export function assertPublicUrl(url: URL, allowPrivate: boolean): void {
  if (!['http:', 'https:'].includes(url.protocol)) throw new PrivateAddressError(`refused: scheme ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && isPrivateAddress(host)) throw new PrivateAddressError(`refused: ${host} is a private address`);
}
