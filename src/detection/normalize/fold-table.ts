import { TRANSFORM } from './transforms.js';

/** data/lexicons/fold.json as produced by scripts/build-lexicons.ts (Unicode confusables + ignorables). */
export interface FoldData {
  unicodeVersion: string;
  ignorable: [number, number][];
  entries: [number, string, 'accent' | 'compat' | 'confusable'][];
}

export interface FoldTable {
  readonly unicodeVersion: string;
  isIgnorable(cp: number): boolean;
  /** Replacement and transform flag for a non-ASCII code point, or undefined when it stays itself. */
  fold(cp: number): { text: string; flag: number } | undefined;
}

const KIND_FLAG = { accent: TRANSFORM.accent, compat: TRANSFORM.compat, confusable: TRANSFORM.homoglyph } as const;

export function createFoldTable(data: FoldData): FoldTable {
  const map = new Map<number, { text: string; flag: number }>();
  for (const [cp, text, kind] of data.entries) map.set(cp, { text, flag: KIND_FLAG[kind] });
  const ignorableBmp = new Uint8Array(0x10000);
  const astral: [number, number][] = [];
  for (const [a, b] of data.ignorable) {
    for (let cp = a; cp <= Math.min(b, 0xffff); cp++) ignorableBmp[cp] = 1;
    if (b > 0xffff) astral.push([Math.max(a, 0x10000), b]);
  }
  return {
    unicodeVersion: data.unicodeVersion,
    isIgnorable: (cp) => (cp <= 0xffff ? ignorableBmp[cp] === 1 : astral.some(([a, b]) => cp >= a && cp <= b)),
    fold: (cp) => map.get(cp),
  };
}
