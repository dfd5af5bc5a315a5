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
const RULES: readonly [RegExp, string][] = [
  [/\bhxxp(s?)(?=:\/\/|\[:\]\/\/)/gi, 'http$1'],
  [/\[:\]\/\//g, '://'],
  [new RegExp(`\\s*[([{<]\\s*(?:\\.|${DOT_WORDS})\\s*[)\\]}>]\\s*(?=[a-z0-9])`, 'gi'), '.'],
  [new RegExp(`(?<=[a-z0-9])\\s+(?:${DOT_WORDS})\\s+(?=${TLD_HINT})`, 'gi'), '.'],
  [new RegExp(`(?<=[a-z0-9]{2})\\s+\\.\\s*(?=(?:com|net|org|shop|store|top|xyz|eu|de|fr|es|it|pl|nl|pt|be|at|ch|uk|co|io|me|ru|cn|info|biz|online|site)\\b)`, 'gi'), '.'],
  [/\s*[([{<]\s*(?:at|@)\s*[)\]}>]\s*(?=[a-z0-9])/gi, '@'],
];

const TRIGGER = new RegExp(`hxxp|\\[:\\]|[([{<]\\s*(?:\\.|${DOT_WORDS}|at|@)\\s*[)\\]}>]|\\s(?:${DOT_WORDS})\\s|\\s\\.\\s?[a-z]`, 'i');

export function deobfuscate(text: string): Rewritten | undefined {
  if (!TRIGGER.test(text)) return undefined;
  let current = text;
  let map = identity(text.length);
  const changes: { start: number; end: number }[] = [];
  for (const [regex, replacement] of RULES) {
    regex.lastIndex = 0;
    let out = '';
    const next: number[] = [];
    let last = 0;
    for (let m = regex.exec(current); m; m = regex.exec(current)) {
      if (m[0].length === 0) { regex.lastIndex++; continue; }
      out += current.slice(last, m.index);
      for (let i = last; i < m.index; i++) next.push(map[i]!);
      const value = replacement.replace('$1', m[1] ?? '');
      out += value;
      for (let i = 0; i < value.length; i++) next.push(map[m.index]!);
      changes.push({ start: map[m.index]!, end: map[m.index + m[0].length]! });
      last = m.index + m[0].length;
    }
    if (last === 0) continue;
    out += current.slice(last);
    for (let i = last; i <= current.length; i++) next.push(map[i]!);
    current = out;
    map = Int32Array.from(next);
  }
  return changes.length ? { text: current, map, changes } : undefined;
}

function identity(n: number): Int32Array {
  const map = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) map[i] = i;
  return map;
}
