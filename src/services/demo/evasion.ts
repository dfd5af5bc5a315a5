/**
 * The spelling tricks sellers use to slip past keyword filters. Only the spans a phrase bank
 * marked as evadable (drug names, brands, banned ingredients) are rewritten, because that is what
 * evaders do: the rest of the listing stays readable for buyers.
 */
import type { Rng } from './prng.js';
import { EVADE_CLOSE, EVADE_OPEN } from './text.js';
import type { DemoEvasion } from './types.js';

/** Cyrillic and Greek letters that render like Latin ones. */
const HOMOGLYPHS: Readonly<Record<string, readonly string[]>> = {
  a: ['\u0430'], c: ['\u0441'], e: ['\u0435'], o: ['\u043e', '\u03bf'], p: ['\u0440'], x: ['\u0445'],
  y: ['\u0443'], i: ['\u0456'], s: ['\u0455'], j: ['\u0458'],
  A: ['\u0410', '\u0391'], B: ['\u0412', '\u0392'], C: ['\u0421'], E: ['\u0415', '\u0395'], H: ['\u041d', '\u0397'],
  I: ['\u0406', '\u0399'], K: ['\u041a', '\u039a'], M: ['\u041c', '\u039c'], N: ['\u039d'], O: ['\u041e', '\u039f'],
  P: ['\u0420', '\u03a1'], T: ['\u0422', '\u03a4'], X: ['\u0425', '\u03a7'], Y: ['\u03a5'], Z: ['\u0396'],
};

const LEET: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'], A: ['4', '@'], e: ['3'], E: ['3'], i: ['1', '!'], I: ['1'], o: ['0'], O: ['0'],
  s: ['5', '$'], S: ['5', '$'], t: ['7'], T: ['7'], l: ['1'], b: ['8'], B: ['8'], g: ['9'],
};

/** Zero-width space, non-joiner, joiner, word joiner and soft hyphen: invisible when rendered. */
export const INVISIBLE_CHARS: readonly string[] = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad'];

/** Aliases seen on real marketplaces for the brands and drug names in the phrase banks. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  rolex: ['R0lex', 'Rollex', 'Rolx', 'R.O.L.E.X', 'Ro1ex'],
  'louis vuitton': ['L0uis Vuitton', 'Louis V.', 'Lou1s Vuiton', 'Luis Vuiton', 'L-V'],
  gucci: ['Guccy', 'Gucc1', 'G.U.C.C.I', 'Guci'],
  chanel: ['Chanell', 'Chan3l', 'Shanel', 'C-C'],
  nike: ['N1ke', 'Nik3', 'Nlke', 'N-I-K-E'],
  apple: ['Appl3', 'AppIe', 'Aple'],
  airpods: ['AirP0ds', 'Air-Pods', 'Airpod5'],
  cartier: ['Cartiier', 'C4rtier', 'Cartie'],
  moncler: ['Monclr', 'M0ncler', 'Monkler'],
  'ray-ban': ['Rayban', 'Ray-B4n', 'R-B'],
  dyson: ['Dysn', 'Dyzon', 'D-yson'],
  'canada goose': ['Canada G00se', 'Kanada Goose', 'C-Goose'],
  'air jordan': ['Air J0rdan', 'AJ-1', 'Air Jordn'],
  viagra: ['V1agra', 'Vi@gra', 'Viagara', 'V!agra'],
  cialis: ['C1alis', 'Cialiss', 'Ci@lis'],
  ozempic: ['0zempic', 'Ozemp1c', 'Ozempik'],
  wegovy: ['Weg0vy', 'Wegovi'],
  xanax: ['X@nax', 'Xanaks', 'Xan4x'],
  tramadol: ['Tramad0l', 'Tr@madol', 'Tramadool'],
  sildenafil: ['S1ldenafil', 'Sildenafll', 'Sildenaf!l'],
  roaccutane: ['Ro-accutane', 'Roacutane'],
};

export function applyEvasion(text: string, evasion: DemoEvasion | undefined, rng: Rng): string {
  if (!evasion || !text.includes(EVADE_OPEN)) return text;
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf(EVADE_OPEN, from);
    if (open < 0) break;
    const close = text.indexOf(EVADE_CLOSE, open + 1);
    if (close < 0) break;
    out += text.slice(from, open) + EVADE_OPEN + rewrite(text.slice(open + 1, close), evasion, rng) + EVADE_CLOSE;
    from = close + 1;
  }
  return out + text.slice(from);
}

function rewrite(span: string, evasion: DemoEvasion, rng: Rng): string {
  if (span.length < 3) return span;
  switch (evasion) {
    case 'homoglyph':
      return substitute(span, HOMOGLYPHS, 0.45, rng);
    case 'leetspeak':
      return substitute(span, LEET, 0.5, rng);
    case 'zero_width':
      return interleave(span, () => rng.pick(INVISIBLE_CHARS), rng);
    case 'punctuation':
      return interleave(span, () => rng.pick(['.', '-', '*', '_', '·']), rng);
    case 'spaced_letters':
      return [...span].filter((c) => c !== ' ').join(' ');
    case 'brand_alias': {
      const aliases = ALIASES[span.toLowerCase()];
      return aliases ? rng.pick(aliases) : substitute(span, LEET, 0.5, rng);
    }
    case 'obfuscated_contact':
      // Contact details are written obfuscated by the contact phrase bank itself.
      return span;
  }
}

/** Replaces each mappable letter with probability p, and always at least one. */
function substitute(span: string, table: Readonly<Record<string, readonly string[]>>, p: number, rng: Rng): string {
  const chars = [...span];
  const candidates: number[] = [];
  chars.forEach((c, i) => {
    if (table[c]) candidates.push(i);
  });
  if (candidates.length === 0) return interleave(span, () => '.', rng);
  const forced = rng.pick(candidates);
  for (const i of candidates) {
    const options = table[chars[i] as string];
    if (options && (i === forced || rng.chance(p))) chars[i] = rng.pick(options);
  }
  return chars.join('');
}

const LETTER = /\p{L}/u;

/** Inserts one to three separators between two letters inside the span (digits stay intact). */
function interleave(span: string, separator: () => string, rng: Rng): string {
  const chars = [...span];
  const between = (i: number) => LETTER.test(chars[i - 1] as string) && LETTER.test(chars[i] as string);
  let slots = chars.map((_, i) => i).filter((i) => i > 0 && between(i));
  if (slots.length === 0) slots = chars.map((_, i) => i).filter((i) => i > 0 && chars[i] !== ' ' && chars[i - 1] !== ' ');
  if (slots.length === 0) return span;
  const at = new Set<number>();
  const count = Math.min(slots.length, 1 + rng.int(3));
  while (at.size < count) at.add(rng.pick(slots));
  return chars.map((c, i) => (at.has(i) ? separator() + c : c)).join('');
}
