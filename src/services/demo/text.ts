/** Template filling, slugs and price formatting shared by the listing builders. */

/** Brackets the spans that evasion may rewrite; stripped before a listing leaves the generator. */
// Private-use code points: never part of real text, so they cannot clash with a phrase.
export const EVADE_OPEN = '\ue000';
export const EVADE_CLOSE = '\ue001';
const MARKERS = /[\ue000\ue001]/g;

export type SlotResolver = (name: string) => string;

const SLOT = /\{(\w+)\}/g;

/** Replaces {slot} placeholders; slot values may contain further slots (three levels deep). */
export function fill(template: string, resolve: SlotResolver): string {
  let out = template;
  for (let depth = 0; depth < 3 && out.includes('{'); depth++) {
    out = out.replace(SLOT, (_m, name: string) => resolve(name));
  }
  return out;
}

export function stripMarkers(text: string): string {
  return text.includes(EVADE_OPEN) ? text.replace(MARKERS, '') : text;
}

const FOLD: Readonly<Record<string, string>> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };
/** Folded form of each non-ASCII character seen so far; slugs are built for every listing. */
const folded = new Map<string, string | null>();

/** ASCII letters for a character, '' for a separator, null for an invisible one to drop. */
function foldChar(c: string): string | null {
  let out = folded.get(c);
  if (out === undefined) {
    out = /\p{Cf}/u.test(c) ? null : (FOLD[c] ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    if (out !== null && !/^[a-z0-9]*$/.test(out)) out = '';
    folded.set(c, out);
  }
  return out;
}

/** URL slug: ASCII, lower case, words joined by dashes, at most 60 characters. */
export function slugify(text: string): string {
  let out = '';
  let dash = false;
  for (const c of text.toLowerCase()) {
    const code = c.charCodeAt(0);
    const piece = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? c : code < 128 ? '' : foldChar(c);
    if (piece === null) continue;
    if (piece === '') {
      dash = out.length > 0;
      continue;
    }
    if (dash) out += '-';
    out += piece;
    dash = false;
    if (out.length >= 60) break;
  }
  const cut = out.length > 60 ? out.slice(0, 60).replace(/-[^-]*$/, '') : out;
  return cut || 'item';
}

/** Shop-style price endings (.99, .95, .90, .00) on a value in the listing's currency. */
export function shopPrice(value: number, ending: number): number {
  const whole = Math.max(0, Math.floor(value));
  const cents = [0.99, 0.95, 0.9, 0, 0.49][ending % 5] ?? 0.99;
  const price = whole + cents;
  return Math.round((price < 0.5 ? 0.99 : price) * 100) / 100;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
