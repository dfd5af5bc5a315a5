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
export const MAYBE_LINK = /:\/\/|www|@|[a-z0-9]\.[a-z]{2}|[a-z0-9]\s*[([{]\s*(?:\.|dot|punkt|point|punto|kropka|punt|ponto)|\s(?:dot|punkt|point|punto|kropka|punt|ponto)\s|\s\.\s?[a-z]/i;

/**
 * MAYBE_LINK with every alternative that began with a letter or digit turned around to begin at its
 * "." or bracket, the letter or digit before it a lookbehind: the same positions qualify, so it
 * matches exactly when MAYBE_LINK does (a test compares them). MAYBE_LINK itself has alternatives
 * that can start at any letter or digit, so V8 tries them at every position; here each starts at
 * "@", ":", "w", ".", a bracket or a space, and V8's native scan passes over the letters between. A
 * hand-written scan of the characters in JavaScript took about three times as long.
 */
const LINK_CUE = /@|:\/\/|www|\.(?:(?<=[a-z0-9]\.)[a-z]{2}|(?<=\s\.)\s?[a-z])|[([{](?<=[a-z0-9]\s*[([{])\s*(?:\.|dot|p(?:unkt|oint|unto|unt|onto)|kropka)|\s(?:dot|p(?:unkt|oint|unto|unt|onto)|kropka)\s/i;

/** Whether `text` can hold a link: the same answer as MAYBE_LINK.test(text). */
export function maybeLink(text: string): boolean {
  return LINK_CUE.test(text);
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The answer for the many fields without any: one shared empty list, not a new one per field. */
const NO_LINKS: readonly LinkFinding[] = [];

export function findLinks(field: string, text: string, ctx: LinkContext): readonly LinkFinding[] {
  if (!maybeLink(text)) return NO_LINKS;
  const out: LinkFinding[] = [];
  const seen = new Set<string>();
  addLinks(ctx, field, text, out, seen, text, undefined, NO_CHANGES);
  const rewritten = deobfuscate(text);
  if (rewritten) addLinks(ctx, field, text, out, seen, rewritten.text, rewritten.map, rewritten.changes);
  return out;
}

const NO_CHANGES: readonly { start: number; end: number }[] = [];

/** Links linkify finds in `source` (the text or its de-obfuscated form, mapped back by `map`). */
function addLinks(ctx: LinkContext, field: string, text: string, out: LinkFinding[], seen: Set<string>,
  source: string, map: Int32Array | undefined, changes: readonly { start: number; end: number }[]): void {
  const windows = linkWindows(source);
  for (let w = 0; w < windows.length; w += 2) matchWindow(ctx, field, text, out, seen, source, windows[w]!, windows[w + 1]!, map, changes);
}

/**
 * Where in `text` linkify has to look: `[from, to, from, to, …]`, the words that can hold a link.
 * linkify's fuzzy-link expression has no literal to search for, so V8 tries it at every position,
 * and over the whole text that was the larger part of finding links (merging neighbouring words
 * into one window, to save calls, made no measurable difference). linkify over each window finds
 * exactly what it finds over the whole text, because
 * - no link linkify reports contains a space or control character (its Z and Cc classes): hosts,
 *   paths, quoted and bracketed path parts and e-mail names all exclude them;
 * - every window starts and ends at such a character or at the text's ends, and linkify's
 *   expressions treat the text's start and end exactly as such a character (a link may begin after
 *   `^` or a Z/P/Cc character and end before `$` or a Z/P/Cc character; the e-mail name check looks
 *   back from "@" only to the start of the name);
 * - a link without a scheme needs "." followed by its top-level domain (ASCII letters, "xn--" or
 *   "рф"), a scheme link "//", an e-mail address "@" followed by "." (its domain) or "[" ("[IPv6:")
 *   or, after "mailto:", by any host: a word with none of them holds no link (a bare "@handle" is
 *   a social handle, not a link);
 * - links do not overlap, so one word's link never hides another word's.
 * The tests compare both ways on random text.
 */
export function linkWindows(text: string): number[] {
  const windows: number[] = [];
  const n = text.length;
  let word = 0; // start of the current word
  let candidate = false; // the word can hold a link
  let at = false; // the word has an "@" so far
  let colon = false; // the word has a ":" so far
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (!isZCc(c)) {
      if (candidate) continue;
      if (c === 46) candidate = at || startsTld(text.charCodeAt(i + 1));
      else if (c === 64) { at = true; candidate = colon; }
      else if (c === 58) { colon = true; candidate = at; }
      else if (c === 47) candidate = text.charCodeAt(i + 1) === 47;
      else if (c === 91) candidate = at;
      continue;
    }
    if (candidate) windows.push(word, i);
    candidate = false;
    at = false;
    colon = false;
    word = i + 1;
  }
  return windows;
}

function matchWindow(ctx: LinkContext, field: string, text: string, out: LinkFinding[], seen: Set<string>,
  source: string, from: number, to: number, map: Int32Array | undefined, changes: readonly { start: number; end: number }[]): void {
  const found = ctx.linkify.match(from === 0 && to === source.length ? source : source.slice(from, to));
  if (!found) return;
  for (const m of found) {
    const start = map ? map[m.index + from]! : m.index + from;
    const end = map ? map[m.lastIndex + from]! : m.lastIndex + from;
    const email = m.schema === 'mailto:';
    if (!email && m.schema === '' && FILE_LIKE.test(m.raw)) continue;
    const key = `${start}:${m.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let host: string | undefined;
    let parsed: URL | undefined;
    if (email) host = m.url.slice(m.url.indexOf('@') + 1).toLowerCase();
    else {
      try {
        parsed = new URL(m.url);
        host = parsed.hostname;
      } catch {
        host = undefined;
      }
    }
    if (!host) continue;
    out.push({
      field, start, end, raw: text.slice(start, end), url: m.url, email,
      obfuscated: overlaps(changes, start, end),
      domain: ctx.domains.classify(host),
      tracking: parsed ? ctx.tracking.inspect(m.url, parsed) : [],
    });
  }
}

function overlaps(changes: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const c of changes) if (c.start < end && c.end > start) return true;
  return false;
}

/** linkify's space and control classes (uc.micro Z and Cc): no link contains one. */
export function isZCc(c: number): boolean {
  if (c <= 32) return true;
  if (c < 127) return false;
  if (c <= 0xa0) return true;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A character a top-level domain can start with: an ASCII letter (also "xn--") or "р" of "рф", any case. */
const startsTld = (c: number): boolean => isAsciiLetter(c) || c === 0x440 || c === 0x420;
