/**
 * Precomputes, for every code point above ASCII, what it folds to for matching: NFKC (compatibility
 * forms such as full-width or mathematical letters), lower case, diacritics removed, and the UTS #39
 * confusable prototype from confusables.txt. Only foldings that end in plain ASCII are kept: those
 * are the ones an evasion of a Latin-script term can use. Each entry records the strongest kind of
 * change so an explanation can say "homoglyph" rather than "accent".
 */
export type FoldKind = 'accent' | 'compat' | 'confusable';
export interface FoldData {
  unicodeVersion: string;
  ignorable: [number, number][];
  entries: [number, string, FoldKind][];
}

// Letters that carry no decomposable diacritic but read as a Latin base letter in EU languages.
const EXTRA: Record<string, string> = { 'ß': 'ss', 'ẞ': 'ss', 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ħ': 'h', 'ı': 'i', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'ð': 'd' };
const PLAIN = /^[\x20-\x7e]{1,4}$/;

export function parseConfusables(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9A-F]{4,6})\s*;\s*([0-9A-F ]+?)\s*;\s*MA/.exec(line);
    if (!m) continue;
    const source = parseInt(m[1]!, 16);
    if (source < 0x80) continue; // ASCII look-alikes (0/O, 1/l) are leetspeak, handled in context.
    map.set(source, String.fromCodePoint(...m[2]!.split(' ').map((h) => parseInt(h, 16))));
  }
  return map;
}

export function parseIgnorable(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of text.split('\n')) {
    const m = /^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*Default_Ignorable_Code_Point/.exec(line);
    if (m) ranges.push([parseInt(m[1]!, 16), parseInt(m[2] ?? m[1]!, 16)]);
  }
  return ranges;
}

const stripMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

export function foldCodePoint(cp: number, confusables: Map<number, string>): [string, FoldKind] | undefined {
  const original = String.fromCodePoint(cp);
  if (EXTRA[original]) return [EXTRA[original], 'accent'];
  let kind: FoldKind = 'accent';
  const compat = original.normalize('NFKC');
  if (compat !== original && compat.toLowerCase() !== original.toLowerCase()) kind = 'compat';
  let folded = stripMarks(compat.toLowerCase());
  if (!PLAIN.test(folded)) {
    const proto = confusables.get(cp) ?? [...folded].map((c) => confusables.get(c.codePointAt(0)!) ?? c).join('');
    const again = stripMarks(proto.normalize('NFKC').toLowerCase());
    if (again !== folded) kind = 'confusable';
    folded = [...again].map((c) => EXTRA[c] ?? c).join('');
  }
  if (!PLAIN.test(folded) || folded === original.toLowerCase()) return undefined;
  return [folded, kind];
}

export function buildFoldData(confusablesText: string, ignorableText: string): FoldData {
  const confusables = parseConfusables(confusablesText);
  const ignorable = parseIgnorable(ignorableText);
  const entries: [number, string, FoldKind][] = [];
  for (let cp = 0x80; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (ignorable.some(([a, b]) => cp >= a && cp <= b)) continue;
    const folded = foldCodePoint(cp, confusables);
    if (folded) entries.push([cp, folded[0], folded[1]]);
  }
  const version = /Version:\s*([\d.]+)/.exec(confusablesText)?.[1] ?? 'unknown';
  return { unicodeVersion: version, ignorable, entries };
}
