import { getDomain } from 'tldts';

/** data/lexicons/domains.json: URL shorteners and domain blocklists (registrable domains or hosts). */
export interface DomainData {
  shorteners: string[];
  blocklists: Record<string, string[]>;
}

export interface DomainInfo {
  host: string;
  domain: string;
  own: boolean;
  shortener: boolean;
  messenger: string | undefined;
  blocklists: string[];
}

const MESSENGERS: Record<string, string> = {
  't.me': 'telegram', 'telegram.me': 'telegram', 'telegram.dog': 'telegram', 'telegram.org': 'telegram',
  'wa.me': 'whatsapp', 'whatsapp.com': 'whatsapp', 'whatsapp.net': 'whatsapp', 'wa.link': 'whatsapp',
  'signal.me': 'signal', 'signal.group': 'signal', 'line.me': 'line', 'lin.ee': 'line', 'viber.com': 'viber', 'vb.me': 'viber',
  'weixin.qq.com': 'wechat', 'wechat.com': 'wechat', 'u.wechat.com': 'wechat', 'm.me': 'messenger', 'ig.me': 'instagram',
  'snapchat.com': 'snapchat', 'kik.me': 'kik', 'discord.gg': 'discord', 'discord.com': 'discord', 'threema.id': 'threema',
};

export class DomainIndex {
  private readonly shorteners: Set<string>;
  private readonly lists: [string, Set<string>][];
  private readonly own: Set<string>;
  /** ".example-market.eu" for each own domain: its subdomains are own too */
  private readonly ownSuffixes: string[];

  constructor(data: DomainData, ownDomains: readonly string[]) {
    this.shorteners = new Set(data.shorteners);
    this.lists = Object.entries(data.blocklists).filter(([name]) => name !== 'whatsapp').map(([name, hosts]) => [name, new Set(hosts)]);
    // A marketplace's own domains, subdomains and own short links are never off-platform.
    this.own = new Set(ownDomains.map((d) => d.toLowerCase().replace(/^\.+|\.+$/g, '')).filter(Boolean));
    this.ownSuffixes = [...this.own].map((o) => `.${o}`);
  }

  /**
   * Looks the host up as itself, as its registrable domain and without "www.". Once per link, so
   * without per-call arrays, closures or regular expressions; tldts' getDomain computes the same
   * registrable domain as its parse without building the other parts.
   */
  classify(hostname: string): DomainInfo {
    const lower = hostname.toLowerCase();
    const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    const domain = getDomain(host) ?? host;
    const bare = host.startsWith('www.') ? host.slice(4) : host;
    let own = this.own.has(host) || this.own.has(domain) || this.own.has(bare);
    for (let i = 0; !own && i < this.ownSuffixes.length; i++) own = host.endsWith(this.ownSuffixes[i]!);
    const blocklists: string[] = [];
    for (const [name, set] of this.lists) if (set.has(host) || set.has(domain) || set.has(bare)) blocklists.push(name);
    return {
      host,
      domain,
      own,
      shortener: this.shorteners.has(host) || this.shorteners.has(domain) || this.shorteners.has(bare),
      // the first of the three a messenger's domain, as `find(Boolean)` over them
      messenger: MESSENGERS[host] || MESSENGERS[domain] || MESSENGERS[bare] || undefined,
      blocklists,
    };
  }
}
