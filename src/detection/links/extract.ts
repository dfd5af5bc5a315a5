import { LinkifyIt } from 'linkify-it';
import { deobfuscate } from './deobfuscate.js';
import type { DomainIndex, DomainInfo } from './domains.js';
import type { TrackingFinding, TrackingRules } from './tracking.js';

/** A link found in a field: where, what it points to, and what is suspicious about it. */
export interface LinkFinding {
  readonly field: string;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly url: string;
  readonly email: boolean;
  readonly obfuscated: boolean;
  readonly domain: DomainInfo;
  readonly tracking: TrackingFinding[];
}

// New generic TLDs that spam and shop links use and linkify's default list lacks.
const EXTRA_TLDS = ['shop', 'store', 'top', 'xyz', 'online', 'site', 'club', 'app', 'link', 'live', 'buzz', 'icu', 'vip', 'pro',
  'cc', 'tk', 'ml', 'ga', 'cf', 'gq', 'cn', 'ws', 'me', 'io', 'co', 'ly', 'gl', 'gg', 'to', 'sh', 'biz', 'info', 'eu', 'store',
  'fun', 'space', 'website', 'tech', 'win', 'bid', 'loan', 'men', 'click', 'cam', 'rest', 'sbs', 'cfd', 'lol', 'mom', 'today', 'life', 'world', 'market', 'deals', 'sale'];
// File names that look like domains ("readme.md", "setup.py", "photo.zip") are not links.
const FILE_LIKE = /\.(?:md|py|sh|zip|mov|pdf|jpg|jpeg|png|gif|exe|js|ts|rs|pl|cs|ps)$/i;

export function createLinkify(): LinkifyIt {
  return new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false }).tlds(EXTRA_TLDS, true);
}

export interface LinkContext {
  readonly linkify: LinkifyIt;
  readonly domains: DomainIndex;
  readonly tracking: TrackingRules;
}

// Something that can be a link: a scheme, "www", an e-mail "@", or a dot followed by letters
// ("shop.com"; a sentence's ". " is not). Most listings have none, and linkify's scan is costly.
const MAYBE_LINK = /:\/\/|www|@|[a-z0-9]\.[a-z]{2}|[a-z0-9]\s*[([{]\s*(?:\.|dot|punkt|point|punto|kropka|punt|ponto)|\s(?:dot|punkt|point|punto|kropka|punt|ponto)\s|\s\.\s?[a-z]/i;

export function findLinks(field: string, text: string, ctx: LinkContext): LinkFinding[] {
  if (!MAYBE_LINK.test(text)) return [];
  const out: LinkFinding[] = [];
  const seen = new Set<string>();
  addLinks(ctx, field, text, out, seen, text, undefined, []);
  const rewritten = deobfuscate(text);
  if (rewritten) addLinks(ctx, field, text, out, seen, rewritten.text, rewritten.map, rewritten.changes);
  return out;
}

/** Links linkify finds in `source` (the text or its de-obfuscated form, mapped back by `map`). */
function addLinks(ctx: LinkContext, field: string, text: string, out: LinkFinding[], seen: Set<string>,
  source: string, map: Int32Array | undefined, changes: readonly { start: number; end: number }[]): void {
  for (const m of ctx.linkify.match(source) ?? []) {
    const start = map ? map[m.index]! : m.index;
    const end = map ? map[m.lastIndex]! : m.lastIndex;
    const email = m.schema === 'mailto:';
    if (!email && m.schema === '' && FILE_LIKE.test(m.raw)) continue;
    const key = `${start}:${m.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const host = hostOf(m.url, email);
    if (!host) continue;
    out.push({
      field, start, end, raw: text.slice(start, end), url: m.url, email,
      obfuscated: changes.some((c) => c.start < end && c.end > start),
      domain: ctx.domains.classify(host),
      tracking: email ? [] : ctx.tracking.inspect(m.url),
    });
  }
}

function hostOf(url: string, email: boolean): string | undefined {
  if (email) return url.slice(url.indexOf('@') + 1).toLowerCase();
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
