import { describe, expect, it } from 'vitest';
import { findContacts } from './contacts.js';
import { deobfuscate } from './deobfuscate.js';
import { DomainIndex } from './domains.js';
import { createLinkify, findLinks, type LinkContext, MAYBE_LINK, maybeLink } from './extract.js';
import { requiredLiteral, TrackingRules } from './tracking.js';

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

describe('maybeLink', () => {
  it('answers exactly as the expression it replaces', () => {
    const pieces = ['a', 'Z', '9', '.', ' ', '\u00a0', '\u3000', '\n', '(', '[', '{', ':', '/', '@', 'w', 'W', 'dot', 'DOT', 'punkt', 'Point', 'punto', 'kropka', 'punt', 'ponto', 'x', 'é', '-'];
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
