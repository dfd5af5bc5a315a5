import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { loadEngineData } from '../../services/detection/load-engine.js';
import { findContacts, MESSENGER, MESSENGER_HINT, scanContacts } from './contacts.js';
import { deobfuscate, RULES } from './deobfuscate.js';
import { DomainIndex } from './domains.js';
import { createLinkify, findLinks, isZCc, type LinkContext, linkWindows, MAYBE_LINK, maybeLink } from './extract.js';
import { requiredLiteral, type TrackingFinding, type TrackingProvider, TrackingRules } from './tracking.js';

/** A seeded generator, so a failing random case can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * A seeded generator with independent successive values (mulberry32): the one above, computed in
 * doubles, repeats short cycles in its choices, so some sequences of pieces never come up.
 */
function mulberry(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const domains = new DomainIndex(
  { shorteners: ['bit.ly', 't.me', 'amzn.to'], blocklists: { drugs: ['cheap-meds.com', 'pills.example.net'], scam: ['scam.shop'], whatsapp: ['wa.me'] } },
  ['example-market.eu', 'exm.link'],
);
const tracking = new TrackingRules([
  { name: 'amazon', urlPattern: '^https?:\\/\\/(?:[a-z0-9-]+\\.)*?amazon(?:\\.[a-z]{2,}){1,}', rules: ['ref_?', 'qid'], referral: ['tag'], redirections: [], exceptions: [] },
  { name: 'global', urlPattern: '.*', rules: ['utm_[a-z]+'], referral: [], redirections: [], exceptions: [] },
  { name: 'broken', urlPattern: '(', rules: [], referral: [], redirections: [], exceptions: [] },
]);
const ctx: LinkContext = { linkify: createLinkify(), domains, tracking };
const links = (text: string) => findLinks('description', text, ctx);

describe('deobfuscate', () => {
  it.each([
    ['visit shop dot com today', 'shop.com'],
    ['visit shop(.)com', 'shop.com'],
    ['visit shop [dot] com', 'shop.com'],
    ['visit shop punkt de', 'shop.de'],
    ['hxxps://shop.com/x', 'https://shop.com/x'],
    ['shop . com', 'shop.com'],
    ['mail me [at] shop.com', 'me@shop.com'],
  ])('%s', (input, contains) => {
    expect(deobfuscate(input)!.text).toContain(contains);
  });
  it('keeps a map back to the original offsets', () => {
    const input = 'go to best dot com now';
    const r = deobfuscate(input)!;
    const at = r.text.indexOf('best.com');
    expect(input.slice(r.map[at]!, r.map[at + 'best.com'.length]!)).toBe('best dot com');
    expect(r.changes).toHaveLength(1);
  });
  it('returns undefined when there is nothing to undo', () => {
    expect(deobfuscate('A plain sentence. Another one.')).toBeUndefined();
  });
});

describe('findLinks', () => {
  it('finds fuzzy links, including new gTLDs', () => {
    const found = links('Cheaper at bestdeals.shop and gadgets.xyz or www.example.org');
    expect(found.map((l) => l.domain.domain)).toEqual(['bestdeals.shop', 'gadgets.xyz', 'example.org']);
  });
  it('finds e-mail addresses', () => {
    const [l] = links('write to seller@mail.com');
    expect(l).toMatchObject({ email: true, domain: { domain: 'mail.com' } });
  });
  it('finds obfuscated links and marks them', () => {
    const text = 'order at cheap-meds dot com';
    const [l] = links(text);
    expect(l!.obfuscated).toBe(true);
    expect(l!.domain.blocklists).toEqual(['drugs']);
    expect(text.slice(l!.start, l!.end)).toBe('cheap-meds dot com');
  });
  it('classifies shorteners, messenger links and blocklisted hosts', () => {
    const found = links('see bit.ly/abc or t.me/shop or https://pills.example.net/buy');
    expect(found.map((l) => [l.domain.shortener, l.domain.messenger ?? null, l.domain.blocklists])).toEqual([
      [true, null, []], [true, 'telegram', []], [false, null, ['drugs']],
    ]);
  });
  it('treats the marketplace\'s own domains, subdomains and short links as own', () => {
    const found = links('see https://www.example-market.eu/item/1 and exm.link/x and shop.example-market.eu');
    expect(found.every((l) => l.domain.own)).toBe(true);
  });
  it('reads affiliate and tracking parameters (ClearURLs)', () => {
    const [l] = links('https://www.amazon.de/dp/B0?tag=aff-21&qid=1&utm_source=x');
    expect(l!.tracking.find((t) => t.provider === 'amazon')).toEqual({ provider: 'amazon', tracking: ['qid'], affiliate: ['tag'], redirect: false });
    expect(l!.tracking.find((t) => t.provider === 'global')!.tracking).toEqual(['utm_source']);
  });
  it('ignores file names, version numbers and ordinary sentences', () => {
    expect(links('Read readme.md and setup.py, USB 3.0, v1.2.3. Great condition.')).toEqual([]);
  });
});

describe('DomainIndex', () => {
  it('uses the registrable domain (tldts) for lookups', () => {
    expect(domains.classify('Shop.Cheap-Meds.com.')).toMatchObject({ host: 'shop.cheap-meds.com', domain: 'cheap-meds.com', blocklists: ['drugs'], own: false });
  });
  it('does not treat a look-alike of an own domain as own', () => {
    expect(domains.classify('example-market.eu.evil.com').own).toBe(false);
    expect(domains.classify('notexample-market.eu').own).toBe(false);
  });
});

describe('TrackingRules', () => {
  it('skips providers whose pattern does not compile and survives bad URLs', () => {
    expect(tracking.inspect('not a url')).toEqual([]);
    expect(tracking.inspect('https://shop.com/?a=1')).toEqual([]);
  });

  it('pre-filters providers by a literal every URL their pattern matches contains', () => {
    expect(requiredLiteral('^https?:\\/\\/(?:[a-z0-9-]+\\.)*?amazon(?:\\.[a-z]{2,}){1,}')).toBe('amazon');
    expect(requiredLiteral('^https?:\\/\\/(?:[a-z0-9-]+\\.)*?linkedin\\.com\\/learning')).toBe('linkedin.com/learning');
    expect(requiredLiteral('^https?:\\/\\/(?:[a-z0-9-]+\\.)*?twitter.com')).toBe('twitter'); // an unescaped dot is any character
    expect(requiredLiteral('^https?:\\/\\/(?:[a-z0-9-]+\\.)*?mercadoli[bv]re\\.com')).toBe('mercadoli');
    expect(requiredLiteral('^https?:\\/\\/(?:[a-z0-9-]+\\.)*?(youtube\\.com|youtu\\.be)')).toBe('http');
    expect(requiredLiteral('ab?c')).toBe('c'); // a quantified character is not required
    expect(requiredLiteral('abc|def')).toBe('');
    expect(requiredLiteral('.*')).toBe('');
    // Upper-case URLs still match: the patterns are case-insensitive.
    expect(tracking.inspect('HTTPS://WWW.AMAZON.DE/dp/1?tag=x-21&utm_source=y')).toEqual([
      { provider: 'amazon', tracking: [], affiliate: ['tag'], redirect: false },
      { provider: 'global', tracking: ['utm_source'], affiliate: [], redirect: false },
    ]);
  });
});

describe('findContacts', () => {
  const kinds = (text: string, country?: 'DE' | 'GB') => findContacts('description', text, country).map((c) => `${c.kind}:${c.messenger ?? ''}:${c.value}`);

  it('finds messenger handles and numbers in several languages', () => {
    expect(kinds('WhatsApp: +49 170 1234567')).toEqual(['messenger_handle:whatsapp:+49 170 1234567']);
    expect(kinds('Telegram @fast_pills')).toEqual(['messenger_handle:telegram:@fast_pills']);
    expect(kinds('WeChat ID: lux_bags88')).toEqual(['messenger_handle:wechat:lux_bags88']);
    expect(kinds('escríbeme por whatsapp al +34 612 345 678')[0]).toMatch(/^messenger_handle:whatsapp:/);
  });
  it('needs an explicit id for everyday words like "line" or "signal"', () => {
    expect(kinds('signal booster 4g2000')).toEqual([]);
    expect(kinds('product line 2024 edition')).toEqual([]);
    expect(kinds('line id: shop_tw88')).toEqual(['messenger_handle:line:shop_tw88']);
  });
  it('finds international phone numbers and cued national ones', () => {
    expect(kinds('Ring +44 7700 900123 now')).toEqual(['phone::+447700900123']);
    expect(kinds('call me 0170 1234567', 'DE')).toEqual(['phone::+491701234567']);
  });
  it('ignores bare numbers that could be order or model numbers', () => {
    expect(kinds('Order no 0170 1234567 shipped', 'DE')).toEqual([]);
    expect(kinds('EAN 4006381333931')).toEqual([]);
  });
  it('finds @handles once, not twice', () => {
    expect(kinds('follow @kickz.store')).toEqual(['social_handle::@kickz.store']);
    expect(kinds('mail me at shop@mail.com')).toEqual([]);
  });
});

describe('findContacts pre-check', () => {
  it('finds what the scan without it finds', () => {
    const pieces = ['whatsapp', 'WhatsApp', 'telegram', 'tg', 'line', 'signal', 'wechat', 'snap', 'insta', 'kik', ' ', '  ', '\n', ':', ': ', '=', '= ', '-', '–', '.', '_', '@',
      'me', 'on', 'id', 'nr.', 'user', 'shop', 'shopname', 'x', 'abc', 'ſ', '\u212a', 'é', '+', '+49', '0', '00', '170', '1234567', '555', '(', ')', '/', 'call', 'tel'];
    // Texts with one kind of pre-check character each, and messenger names, link and id words.
    const single = ['whatsapp', 'telegram', 'line', 'tg', ' ', '  ', '-', 'me', 'id', 'user', 'shopname', 'abcd', 'ſ', '\u212a'];
    const next = mulberry(9);
    let found = 0;
    let skipped = 0;
    for (let k = 0; k < 12_000; k++) {
      const set = k % 2 ? pieces : [...single, ...[['=', 'id=', '= '], [':', 'id:', ': '], ['@', '@shopname'], ['_', 'shop_name', 'abcd_'], ['7', '170', '1234567'], ['+', '+ ']][k % 12 >> 1]!];
      const text = Array.from({ length: Math.floor(next() * 10) }, () => set[Math.floor(next() * set.length)]!).join(next() < 0.7 ? ' ' : '');
      const country = next() < 0.5 ? 'DE' : undefined;
      const plain = scanContacts('description', text, country);
      expect([text, findContacts('description', text, country)]).toEqual([text, plain]);
      if (plain.length) found++;
      if (!/[\d_@:=]/.test(text)) skipped++;
    }
    expect(found).toBeGreaterThan(300);
    expect(skipped).toBeGreaterThan(500);
  });
});

describe('MESSENGER_HINT', () => {
  it('finds the first messenger name where the plain alternation does', () => {
    const plain = new RegExp(String.raw`\b(?:${MESSENGER})\b`, 'i');
    const pieces = ['whats', 'app', 'whatsap', 'watsapp', 'wa', 'wapp', 'zap', 'zalo', 'telegram', 'telegramm', 'tg', 'threema', 'we', 'chat', 'weixin', 'vx', 'viber',
      'signal', 'snap', 'snapchat', 'skype', 'line', 'kik', 'insta', 'instagram', 'ig', 'icq', 'discord', 'WA', 'Tg', 'WhatsApp', 'a', 'x', '9', '_', ' ', '  ', '\n', '\u00a0',
      '.', '-', ':', '@', 'é', 'ſ', '\u212a', 's', 'k', 'ap', 'm'];
    const next = mulberry(5);
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      const at = text.search(MESSENGER_HINT);
      if (at !== text.search(plain)) expect([text, at]).toEqual([text, text.search(plain)]);
      if (at >= 0) found++;
    }
    expect(found).toBeGreaterThan(5_000);
  });
});

describe('maybeLink', () => {
  it('answers exactly as the expression it replaces', () => {
    const pieces = ['a', 'Z', '9', '.', ' ', '\u00a0', '\u3000', '\n', '\t', '\ufeff', '(', '[', '{', ':', '/', '@', 'w', 'W', 'dot', 'DOT', 'punkt', 'Point', 'punto', 'kropka', 'punt', 'ponto',
      'pun', 'po', 'kro', 'x', 'é', 'ſ', '\u212a', '-', '_', ')'];
    let seed = 3;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let positives = 0;
    for (let k = 0; k < 8_000; k++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      expect([text, maybeLink(text)]).toEqual([text, MAYBE_LINK.test(text)]);
      if (maybeLink(text)) positives++;
    }
    expect(positives).toBeGreaterThan(400);
    for (const text of ['shop dot com', 'Shop [dot] com', 'x ( punkt', 'see . De', 'a.b', 'a.bc', 'wwW', 'hxxp://x', 'plain text', 'ab ( x']) {
      expect([text, maybeLink(text)]).toEqual([text, MAYBE_LINK.test(text)]);
    }
  });
});

describe('linkWindows', () => {
  const linkify = createLinkify();
  const summary = (m: { schema: string; index: number; lastIndex: number; url: string }, offset: number): string =>
    `${m.schema}|${m.index + offset}|${m.lastIndex + offset}|${m.url}`;

  it('splits at exactly the characters of linkify\'s Z and Cc classes', () => {
    const zcc = new RegExp(`^(?:${linkify.re.src_ZCc})$`);
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isZCc(c) !== zcc.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('gives the links of one linkify call over the whole text', () => {
    const pieces = ['a', 'Z', '9', 'shop', 'com', 'de', '.', '..', ' ', '\n', '\t', '\u00a0', '\u3000', '\u0085', '\u2028', '\u200b', '\u0007',
      '(', ')', '[', ']', '{', '}', '"', "'", '<', '>', '｜', '|', '-', '_', ':', '/', '//', '@', '?', '#', '=', '&', '!', ',', ';', '%', '~', '+', '$', '^', '`',
      'http:', 'https://', 'HTTP://', 'ftp:', 'mailto:', 'MAILTO:', 'www', 'xn--p1ai', 'рф', 'РФ', 'é', 'ı', 'ſ', '\u212a', 'x'.repeat(63), 'y'.repeat(70),
      '1.2.3', 'localhost', '[::1]', '[IPv6:::1]', '192.168.0.1', ':8080', 'a@b.co', 'a@b', 'a@b.1', '@handle_x', 'shop.com', 'e.g.', 'bit.ly/x', 'Shop.COM/path?q=1#f'];
    const next = random(7);
    let links = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 24) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      const whole = (linkify.match(text) ?? []).map((m) => summary(m, 0));
      const windows = linkWindows(text);
      const parts: string[] = [];
      for (let w = 0; w < windows.length; w += 2) for (const m of linkify.match(text.slice(windows[w], windows[w + 1])) ?? []) parts.push(summary(m, windows[w]!));
      if (parts.join('\n') !== whole.join('\n')) expect([text, parts]).toEqual([text, whole]);
      links += whole.length;
    }
    expect(links).toBeGreaterThan(5_000);
  });

  it('leaves out words that cannot hold a link', () => {
    expect(linkWindows('Great condition. Ask @shop_x, ratio 1:2')).toEqual([]);
    expect(linkWindows('see shop.com, mailto:a@b and x@[IPv6:::1]')).toEqual([4, 13, 14, 24, 29, 41]);
  });
});

describe('deobfuscate rules', () => {
  it('rewrites as the rules applied one after the other without their pre-checks', () => {
    // The plain form: every rule over the whole text, a map grown character by character.
    const plain = (text: string) => {
      let current = text;
      let map = Array.from({ length: text.length + 1 }, (_, i) => i);
      const changes: { start: number; end: number }[] = [];
      for (const [regex, replacement] of RULES) {
        let out = '';
        const next: number[] = [];
        let last = 0;
        for (const m of current.matchAll(regex)) {
          out += current.slice(last, m.index);
          for (let i = last; i < m.index; i++) next.push(map[i]!);
          const value = replacement.replace('$1', m[1] ?? '');
          out += value;
          for (let i = 0; i < value.length; i++) next.push(map[m.index]!);
          changes.push({ start: map[m.index]!, end: map[m.index + m[0].length]! });
          last = m.index + m[0].length;
        }
        if (last === 0) continue;
        out += current.slice(last);
        for (let i = last; i <= current.length; i++) next.push(map[i]!);
        current = out;
        map = next;
      }
      return changes.length ? { text: current, map, changes } : undefined;
    };
    for (const [regex] of RULES) expect(regex.flags).toContain('g'); // matchAll below needs it
    const pieces = ['shop', 'a1', 'com', 'de', 'x', ' ', '  ', '\n', '\u00a0', ' dot ', ' DOT ', ' pt ', ' punkt ', 'point', '(.)', '( . )', '[dot]', '{.}', '<.>',
      '(at)', '[@]', ' . ', '.', ' .', '. ', 'hxxp', 'hXXps', '://', '[:]//', '[:]', '(', ')', '[', ']', '<', '>', '@', 'info', '9', 'é'];
    const next = random(11);
    let rewritten = 0;
    for (let k = 0; k < 10_000; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      const got = deobfuscate(text);
      const want = plain(text);
      const same = got && want ? got.text === want.text && got.map.join() === want.map.join() && JSON.stringify(got.changes) === JSON.stringify(want.changes) : got === want;
      if (!same) expect([text, got && { text: got.text, map: [...got.map], changes: got.changes }]).toEqual([text, want]);
      if (want) rewritten++;
    }
    expect(rewritten).toBeGreaterThan(2_500);
  });
});

describe('TrackingRules with the shipped ClearURLs data', () => {
  const providers = loadEngineData().tracking.providers;
  const rules = new TrackingRules(providers);

  /** Every provider's pattern and every exception tested, one expression per rule. */
  function plain(url: string): TrackingFinding[] {
    let params: string[];
    try {
      params = [...new URL(url).searchParams.keys()];
    } catch {
      return [];
    }
    const out: TrackingFinding[] = [];
    for (const p of compiled) {
      if (!p.url.test(url) || p.exceptions.some((e) => e.test(url))) continue;
      const affiliate = params.filter((k) => p.referral.some((r) => r.test(k)));
      const tracking = params.filter((k) => !affiliate.includes(k) && p.rules.some((r) => r.test(k)));
      const redirect = p.redirections.some((r) => r.test(url));
      if (affiliate.length || tracking.length || redirect) out.push({ provider: p.name, tracking, affiliate, redirect });
    }
    return out;
  }
  const param = (r: string) => new RegExp(`^(?:${r})$`, 'i');
  const compiled = providers.map((p: TrackingProvider) => ({
    name: p.name, url: new RegExp(p.urlPattern, 'i'), exceptions: p.exceptions.map((e) => new RegExp(e, 'i')),
    rules: p.rules.map(param), referral: p.referral.map(param), redirections: p.redirections.map((r) => new RegExp(r, 'i')),
  }));

  it('finds what testing every provider and exception finds', () => {
    // URLs built from the data: hosts and paths from the literal a provider's pattern or one of
    // its exceptions requires, parameter names from the words of its rules and the global rules.
    const words = (list: readonly string[]) => [...new Set(list.flatMap((r) => r.match(/[A-Za-z][\w-]*/g) ?? []))];
    const global = words(providers.find((p) => p.name === 'globalRules')!.rules);
    const next = random(5);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let found = 0;
    let excepted = 0;
    for (let k = 0; k < 2_500; k++) {
      const provider = pick(providers);
      const literal = (next() < 0.3 && provider.exceptions.length ? requiredLiteral(pick(provider.exceptions)) : requiredLiteral(provider.urlPattern)).replace(/^\/+/, '') || 'shop';
      const host = literal.includes('.') ? literal : `www.${literal}.com`;
      const names = [...words([...provider.rules, ...provider.referral]), ...global];
      const query = Array.from({ length: Math.floor(next() * 4) }, () => `${pick(names)}=${k}`).join('&');
      let url = `${pick(['https://', 'http://', 'https://www.', 'https://m.'])}${host}${next() < 0.5 ? '/p/1' : ''}${query ? `?${query}` : ''}`;
      if (next() < 0.2) url = url.toUpperCase();
      const want = plain(url);
      expect([url, rules.inspect(url)]).toEqual([url, want]);
      expect([url, rules.inspect(url, new URL(url))]).toEqual([url, want]);
      if (want.length) found++;
      if (compiled.some((p) => p.url.test(url) && p.exceptions.some((e) => e.test(url)))) excepted++;
    }
    expect(found).toBeGreaterThan(600);
    expect(excepted).toBeGreaterThan(30);
  });
});

describe('DomainIndex lookups', () => {
  it('takes the registrable domain tldts parses', () => {
    const index = new DomainIndex({ shorteners: [], blocklists: {} }, []);
    for (const host of ['shop.example.co.uk', 'WWW.Amazon.DE.', 'a.b.blogspot.com', 'localhost', '192.168.0.1', 'xn--p1ai', 'shop.xn--p1ai', 'com', 'x.github.io']) {
      const lower = host.toLowerCase().replace(/\.$/, '');
      expect([host, index.classify(host).domain]).toEqual([host, parse(lower).domain ?? lower]);
    }
  });
});

describe('findContacts where HANDLE starts', () => {
  it('still finds a handle written with letters that only fold to ASCII ("ſ", Kelvin sign)', () => {
    const kinds = (text: string) => findContacts('description', text).map((c) => `${c.messenger}:${c.value}:${c.start}`);
    expect(kinds('ſnap: abc_12345 and line id: shop_tw88')).toEqual(['ſnap:abc_12345:0', 'line:shop_tw88:20']);
    expect(kinds('\u212aik: abc_12345 and line id: shop_tw88')).toEqual(['kik:abc_12345:0', 'line:shop_tw88:19']);
    expect(kinds('xſline id: shop_tw88 line id: other_99')).toEqual(['line:other_99:21']);
  });
});
