/**
 * Undoes the usual ways of hiding a link from a filter ("shop dot com", "shop(.)com", "shop [dot] com",
 * "hxxps://", "shop . com", "name [at] mail"), keeping a map from the rewritten text back to the
 * original so a found link still points at the characters the seller wrote.
 */
export interface Rewritten {
  readonly text: string;
  /** original offset of each rewritten character, plus one entry for the end */
  readonly map: Int32Array;
  /** original ranges that were rewritten */
  readonly changes: readonly { start: number; end: number }[];
}

const DOT_WORDS = 'dot|punkt|point|punto|kropka|punt|ponto|pt';
const TLD_HINT = '[a-z]{2,12}\\b';
/**
 * The rewrites, applied in this order: expression, replacement, and a cheap test without whose
 * match the expression cannot match (a literal, or a short expression that begins with a fixed
 * character). The rules with a leading `\s*` or a lookbehind are tried at every position of the
 * text, about a microsecond each, while a text that needs rewriting nearly always needs only one.
 */
export const RULES: readonly (readonly [RegExp, string, RegExp])[] = [
  [/\bhxxp(s?)(?=:\/\/|\[:\]\/\/)/gi, 'http$1', /hxxp/i],
  [/\[:\]\/\//g, '://', /\[:\]\/\//],
  [new RegExp(`\\s*[([{<]\\s*(?:\\.|${DOT_WORDS})\\s*[)\\]}>]\\s*(?=[a-z0-9])`, 'gi'), '.', /[([{<]/],
  [new RegExp(`(?<=[a-z0-9])\\s+(?:${DOT_WORDS})\\s+(?=${TLD_HINT})`, 'gi'), '.', new RegExp(`\\s(?:${DOT_WORDS})\\s`, 'i')],
  [new RegExp(`(?<=[a-z0-9]{2})\\s+\\.\\s*(?=(?:com|net|org|shop|store|top|xyz|eu|de|fr|es|it|pl|nl|pt|be|at|ch|uk|co|io|me|ru|cn|info|biz|online|site)\\b)`, 'gi'), '.', /\s\./],
  [/\s*[([{<]\s*(?:at|@)\s*[)\]}>]\s*(?=[a-z0-9])/gi, '@', /[([{<]/],
];

const TRIGGER = new RegExp(`hxxp|\\[:\\]|[([{<]\\s*(?:\\.|${DOT_WORDS}|at|@)\\s*[)\\]}>]|\\s(?:${DOT_WORDS})\\s|\\s\\.\\s?[a-z]`, 'i');

export function deobfuscate(text: string): Rewritten | undefined {
  if (!TRIGGER.test(text)) return undefined;
  let current = text;
  let map: Int32Array | undefined; // undefined: the identity, until a rule rewrites something
  const changes: { start: number; end: number }[] = [];
  // A rule's matches: start, end and replacement of each, then applied in one pass into a map of
  // known length (growing a plain array per character and converting it was most of the work).
  const starts: number[] = [];
  const ends: number[] = [];
  const values: string[] = [];
  for (const [regex, replacement, needed] of RULES) {
    if (!needed.test(current)) continue;
    regex.lastIndex = 0;
    starts.length = ends.length = values.length = 0;
    let length = current.length;
    for (let m = regex.exec(current); m; m = regex.exec(current)) {
      if (m[0].length === 0) { regex.lastIndex++; continue; }
      const value = replacement.replace('$1', m[1] ?? '');
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      values.push(value);
      length += value.length - m[0].length;
    }
    if (starts.length === 0) continue;
    const next = new Int32Array(length + 1);
    let out = '';
    let last = 0;
    let k = 0;
    for (let j = 0; j < starts.length; j++) {
      const start = starts[j]!;
      const value = values[j]!;
      out += current.slice(last, start);
      for (let i = last; i < start; i++) next[k++] = map ? map[i]! : i;
      out += value;
      const from = map ? map[start]! : start;
      for (let i = 0; i < value.length; i++) next[k++] = from;
      changes.push({ start: from, end: map ? map[ends[j]!]! : ends[j]! });
      last = ends[j]!;
    }
    out += current.slice(last);
    for (let i = last; i <= current.length; i++) next[k++] = map ? map[i]! : i;
    current = out;
    map = next;
  }
  return changes.length ? { text: current, map: map!, changes } : undefined;
}
