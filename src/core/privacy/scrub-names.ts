/**
 * Names the caller knows (the notifier's, the trader's): found case- and accent-insensitively, as
 * the full name and as each part of it, with common transliterations (ü → ue, ß → ss). Art. 24(5):
 * no notifier identity in the Transparency Database text; X-4.
 */
import type { PiiSpan } from './scrub-spans.js';

/** One folded UTF-16 unit per original unit, so offsets in the folded text are offsets in the original. */
/** Letters Unicode does not decompose into a base letter and a mark. */
const BASE: Record<string, string> = { ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't' };

function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = (BASE[ch] ?? ch).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

const TRANSLIT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };
/** Words too common to remove on their own even when they are part of a name ("Van", "De"). */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'y', 'e', 'mc', 'mac', 'bin', 'al', 'el']);

function needles(name: string): string[] {
  const variants = new Set<string>();
  const base = name.trim().replace(/\s+/g, ' ');
  if (base.length < 2) return [];
  const lower = base.toLowerCase();
  const translit = [...lower].map((c) => TRANSLIT[c] ?? c).join('');
  for (const v of [lower, translit]) {
    variants.add(fold(v));
    for (const part of v.split(/[\s-]+/)) if (part.length >= 3 && !PARTICLES.has(part)) variants.add(fold(part));
  }
  // Longest first, so "Anna Kowalska" is one span, not two.
  return [...variants].sort((a, b) => b.length - a.length);
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

export function findNames(text: string, names: readonly string[]): PiiSpan[] {
  if (names.length === 0) return [];
  const folded = fold(text);
  const out: PiiSpan[] = [];
  for (const needle of names.flatMap(needles)) {
    for (let i = folded.indexOf(needle); i !== -1; i = folded.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      if (isWordChar(folded[i - 1]) || isWordChar(folded[end])) continue;
      out.push({ start: i, end, kind: 'name' });
    }
  }
  return out;
}
