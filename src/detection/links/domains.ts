import { parse } from 'tldts';

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

  constructor(data: DomainData, ownDomains: readonly string[]) {
    this.shorteners = new Set(data.shorteners);
    this.lists = Object.entries(data.blocklists).filter(([name]) => name !== 'whatsapp').map(([name, hosts]) => [name, new Set(hosts)]);
    // A marketplace's own domains, subdomains and own short links are never off-platform.
    this.own = new Set(ownDomains.map((d) => d.toLowerCase().replace(/^\.+|\.+$/g, '')).filter(Boolean));
  }

  classify(hostname: string): DomainInfo {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    const parsed = parse(host);
    const domain = parsed.domain ?? host;
    const candidates = [host, domain, host.replace(/^www\./, '')];
    return {
      host,
      domain,
      own: candidates.some((c) => this.own.has(c)) || [...this.own].some((o) => host.endsWith(`.${o}`)),
      shortener: candidates.some((c) => this.shorteners.has(c)),
      messenger: candidates.map((c) => MESSENGERS[c]).find(Boolean),
      blocklists: this.lists.filter(([, set]) => candidates.some((c) => set.has(c))).map(([name]) => name),
    };
  }
}
