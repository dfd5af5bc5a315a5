import type { CountryCode } from 'libphonenumber-js';
import type { DetectionEngine } from './engine.js';
import { applyExclusions, type FieldHits } from './lexicons/context.js';
import { matchTerms, type TermHit } from './lexicons/match.js';
import { matchPatterns } from './lexicons/patterns.js';
import { findContacts } from './links/contacts.js';
import { findLinks } from './links/extract.js';
import { cleanForLinks } from './normalize/clean.js';
import { keepFor, type NormalizedText, normalizeScratch } from './normalize/normalize.js';
import type { Finding } from './signals/findings.js';

/** One screened text: a listing field, an image's OCR text or a QR payload. */
export interface TextField {
  readonly field: string;
  readonly text: string;
  /** whether links and contacts are looked for (not in the brand field) */
  readonly links: boolean;
}

export interface TextAnalysis {
  readonly findings: Finding[];
  readonly normalized: Map<string, NormalizedText>;
}

const COUNTRY: Record<string, CountryCode> = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pl: 'PL', nl: 'NL', pt: 'PT' };

/** Runs the text and link pipeline over every field and returns its findings. */
export function analyseText(engine: DetectionEngine, fields: readonly TextField[], language?: string | null, memberState?: string | null): TextAnalysis {
  const normalized = new Map<string, NormalizedText>();
  const perField: FieldHits[] = [];
  for (const f of fields) {
    // Matched while the positions are in the scratch buffers; an explanation rebuilds them if it needs them.
    const norm = normalizeScratch(f.text, engine.table);
    const hits = matchTerms(engine.lexicon, f.field, norm);
    for (const h of matchPatterns(f.field, norm, engine.patterns)) hits.push(h);
    matchStems(engine, f.field, norm, hits);
    normalized.set(f.field, keepFor(norm, engine.table));
    perField.push({ field: f.field, text: norm.text, hits });
  }
  applyExclusions(perField);
  // Plain loops: flatMap with a mapping callback is a slow generic path in V8, once per listing.
  const findings: Finding[] = [];
  for (const f of perField) for (const hit of f.hits) findings.push({ kind: 'term', hit });
  const country = (memberState?.toUpperCase() as CountryCode | undefined) ?? COUNTRY[(language ?? '').toLowerCase()];
  for (const f of fields) {
    if (!f.links) continue;
    const clean = cleanForLinks(f.text, engine.table);
    const text = clean?.text ?? f.text;
    // Offsets in the cleaned text map back through clean.map (no per-field closure: under the
    // project's TypeScript runner every named inner function costs a property definition).
    const map = clean?.map;
    for (const link of findLinks(f.field, text, engine)) {
      findings.push({ kind: 'link', link: map ? { ...link, start: map[link.start]!, end: map[link.end]!, raw: f.text.slice(map[link.start]!, map[link.end]!) } : link });
    }
    for (const contact of findContacts(f.field, text, country)) {
      findings.push({ kind: 'contact', contact: map ? { ...contact, start: map[contact.start]!, end: map[contact.end]! } : contact });
    }
  }
  return { findings, normalized };
}

/**
 * Unknown generics: a word ending in an INN stem ("-azepam", "-afil") that no list names. Weak:
 * rules need a medical cue before such a word counts.
 */
function matchStems(engine: DetectionEngine, field: string, norm: NormalizedText, out: TermHit[]): void {
  if (engine.stems.size === 0) return;
  const bySuffix = stemsBySuffixOf(engine);
  const text = norm.text;
  const n = text.length;
  // Word by word with the native indexOf: only a word of eight or more characters that ends in
  // some stem and has no digit can be an unknown generic, and the checks run in that order, on
  // the text in place. The word is sliced only for a stem that fits.
  for (let start = 0; start < n;) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = n;
    const len = end - start;
    const candidates = len >= 8 ? bySuffix.get(suffixKey(text, end)) : undefined;
    if (candidates && !hasDigit(text, start, end)) {
      for (const stem of candidates) {
        if (len < stem.length + 3 || !text.startsWith(stem, end - stem.length)) continue;
        const word = text.slice(start, end);
        if (!engine.stopWords.has(word)) out.push({ field, ref: { group: stemGroupOf(engine), term: `-${stem}` }, pattern: word, normStart: start, normEnd: end, start: norm.starts[start]!, end: norm.ends[end - 1]! });
        break;
      }
    }
    start = end + 1;
  }
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The last three UTF-16 units before `end` as one number: a small integer (21 bits) when all
 * three are ASCII, as INN stems are, else a larger one that cannot collide with it.
 */
function suffixKey(text: string, end: number): number {
  const a = text.charCodeAt(end - 3);
  const b = text.charCodeAt(end - 2);
  const c = text.charCodeAt(end - 1);
  return (a | b | c) < 128 ? (a << 14) | (b << 7) | c : 2 ** 21 + (a * 65536 + b) * 65536 + c;
}

const stemsBySuffix = new WeakMap<DetectionEngine['stems'], ReadonlyMap<number, readonly string[]>>();

/** The engine's stems by the key of their last three characters, in the engine's order. */
function stemsBySuffixOf(engine: DetectionEngine): ReadonlyMap<number, readonly string[]> {
  let index = stemsBySuffix.get(engine.stems);
  if (!index) {
    const built = new Map<number, string[]>();
    for (const [suffix, stems] of engine.stems) {
      built.set(suffixKey(suffix, 3), [...stems]);
    }
    stemsBySuffix.set(engine.stems, index = built);
  }
  return index;
}

const stemGroups = new WeakMap<DetectionEngine, TermHit['ref']['group']>();
function stemGroupOf(engine: DetectionEngine): TermHit['ref']['group'] {
  let g = stemGroups.get(engine);
  if (!g) {
    const base = engine.patterns.get('dosage')!;
    g = { ...base, id: base.id + 1000, role: 'item', strength: 'weak', cue: undefined, tags: ['inn_stem'], terms: [], file: 'drug-stems', licence: 'CC0-1.0' };
    stemGroups.set(engine, g);
  }
  return g;
}
