/**
 * The one personal-data scrubber that guards everything leaving Vigil for the public or the EU
 * Transparency Database (Art. 24(5), Art. 39(1), X-4). It replaces personal data with typed
 * placeholders (`[email]`, `[phone]`, `[iban]`, `[name]` …) and reports how many of each kind it
 * removed, never the values. Pure: no I/O, deterministic, idempotent (placeholders never match).
 */
import { findAddresses } from './scrub-addresses.js';
import { findCards, findEmails, findHandles, findIbans, findIps, findPersonalUrls } from './scrub-detectors.js';
import { findNames } from './scrub-names.js';
import { findPhones } from './scrub-phones.js';
import { PII_KINDS, replaceSpans, type PiiKind, type PiiSpan } from './scrub-spans.js';

export { PII_KINDS, type PiiKind } from './scrub-spans.js';

/** Bump when a rule changes, so a scrub log says which rules ran (X-4 "scrub rules and their version"). */
export const SCRUBBER_VERSION = 2;

export interface ScrubOptions {
  /** Names known to the caller (notifier, trader, reviewer) to remove wherever they appear. */
  names?: readonly (string | null | undefined)[];
  /** Kinds to leave alone, e.g. a public page that may show a trader's business address. */
  keep?: readonly PiiKind[];
}

/** Counts by kind, never the values. */
export type ScrubCounts = Partial<Record<PiiKind, number>>;

export interface ScrubReport {
  version: number;
  removed: ScrubCounts;
  total: number;
}

export interface ScrubResult extends ScrubReport {
  text: string;
}

type Detector = (text: string, names: readonly string[]) => PiiSpan[];

/**
 * Order matters: URLs before e-mails (a personal URL goes whole), IBANs and cards before phones
 * (their digit runs would look like phone numbers), names after addresses, handles last (after
 * e-mail addresses are gone, an "@" left over is a handle).
 */
const PASSES: readonly [PiiKind, Detector][] = [
  ['url', findPersonalUrls],
  ['email', findEmails],
  ['iban', findIbans],
  ['card', findCards],
  ['ip', findIps],
  ['phone', findPhones],
  ['address', findAddresses],
  ['name', (t, names) => findNames(t, names)],
  ['handle', findHandles],
];

/** Canonical UUIDs (8-4-4-4-12 hex): record ids such as a statement's PUID, never a person's data. */
const UUID = /(?<![\p{L}\p{N}_-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}_-])/giu;

/** Version 2: a digit run inside a UUID is not a card, phone number or IP address (a cited PUID stays whole). */
function outsideUuids(text: string, spans: PiiSpan[]): PiiSpan[] {
  if (spans.length === 0 || !text.includes('-')) return spans;
  const ids = [...text.matchAll(UUID)].map((m) => [m.index, m.index + m[0].length] as const);
  return ids.length ? spans.filter((s) => !ids.some(([a, b]) => s.start >= a && s.end <= b)) : spans;
}

/** Replace the personal data in one text. */
export function scrubText(text: string, options: ScrubOptions = {}): ScrubResult {
  const names = (options.names ?? []).filter((n): n is string => typeof n === 'string' && n.trim().length >= 2);
  const keep = new Set(options.keep ?? []);
  const removed: ScrubCounts = {};
  let out = text;
  for (const [kind, detect] of PASSES) {
    if (keep.has(kind)) continue;
    const spans = kind === 'card' || kind === 'phone' || kind === 'ip' ? outsideUuids(out, detect(out, names)) : detect(out, names);
    if (spans.length === 0) continue;
    const r = replaceSpans(out, spans);
    out = r.text;
    for (const s of r.replaced) removed[s.kind] = (removed[s.kind] ?? 0) + 1;
  }
  return { text: out, removed, version: SCRUBBER_VERSION, total: sumCounts(removed) };
}

/** The kinds of personal data a text contains (counts only); empty when the text is clean. */
export function findPersonalData(text: string, options: ScrubOptions = {}): ScrubCounts {
  return scrubText(text, options).removed;
}

/** Scrub several fields of one record; the report adds up every field. */
export function scrubFields<T extends Record<string, unknown>>(record: T, fields: readonly (keyof T & string)[], options: ScrubOptions = {}): { record: T; report: ScrubReport } {
  const out: Record<string, unknown> = { ...record };
  const removed: ScrubCounts = {};
  for (const f of fields) {
    const v = record[f];
    if (typeof v !== 'string') continue;
    const r = scrubText(v, options);
    out[f] = r.text;
    mergeCounts(removed, r.removed);
  }
  return { record: out as T, report: { version: SCRUBBER_VERSION, removed, total: sumCounts(removed) } };
}

export function mergeCounts(into: ScrubCounts, from: ScrubCounts): ScrubCounts {
  for (const k of PII_KINDS) if (from[k]) into[k] = (into[k] ?? 0) + from[k]!;
  return into;
}

const sumCounts = (c: ScrubCounts): number => PII_KINDS.reduce((n, k) => n + (c[k] ?? 0), 0);
