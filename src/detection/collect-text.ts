import type { CountryCode } from 'libphonenumber-js';
import type { DetectionEngine } from './engine.js';
import { applyExclusions, type FieldHits } from './lexicons/context.js';
import { matchTerms, type TermHit } from './lexicons/match.js';
import { matchPatterns } from './lexicons/patterns.js';
import { findContacts } from './links/contacts.js';
import { findLinks } from './links/extract.js';
import { cleanForLinks } from './normalize/clean.js';
import { normalize, type NormalizedText } from './normalize/normalize.js';
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
    const norm = normalize(f.text, engine.table);
    normalized.set(f.field, norm);
    const hits = matchTerms(engine.lexicon, f.field, norm);
    hits.push(...matchPatterns(f.field, norm, engine.patterns), ...matchStems(engine, f.field, norm));
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
function matchStems(engine: DetectionEngine, field: string, norm: NormalizedText): TermHit[] {
  if (engine.stems.size === 0) return [];
  const stemGroup = stemGroupOf(engine);
  const out: TermHit[] = [];
  const text = norm.text;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 32) continue;
    // Only words of eight or more characters can be an unknown generic: slice no others.
    const word = i - start >= 8 ? text.slice(start, i) : '';
    if (word.length >= 8 && !/\d/.test(word) && !engine.stopWords.has(word)) {
      const stem = engine.stems.get(word.slice(-3))?.find((s) => word.length >= s.length + 3 && word.endsWith(s));
      if (stem) out.push({ field, ref: { group: stemGroup, term: `-${stem}` }, pattern: word, normStart: start, normEnd: i, start: norm.starts[start]!, end: norm.ends[i - 1]! });
    }
    start = i + 1;
  }
  return out;
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
