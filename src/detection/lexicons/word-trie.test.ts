import AhoCorasick from 'modern-ahocorasick';
import { describe, expect, it } from 'vitest';
import { FirstWordTable, WordTrie, wordHash } from './word-trie.js';

const found = (trie: WordTrie, text: string): [number, number, number][] => {
  const out: [number, number, number][] = [];
  trie.findWords(text, (p, s, e) => out.push([p, s, e]));
  return out;
};

/** What Aho-Corasick reports once matches that do not sit on word boundaries are dropped. */
const reference = (patterns: string[], text: string): [number, number, number][] =>
  new AhoCorasick<number>(patterns.map((pattern, i) => ({ pattern, data: i }))).search(text)
    .filter((m) => (m.start === 0 || text[m.start - 1] === ' ') && (m.end === text.length || text[m.end] === ' '))
    .map((m) => [m.data!, m.start, m.end]);

describe('WordTrie', () => {
  const patterns = ['viagra', 'via', 'no prescription', 'prescription', 'mg', 'a', 'δ9 thc'];
  const trie = new WordTrie(patterns);

  it('finds terms only on word boundaries', () => {
    expect(found(trie, 'specialist viagras xviagra')).toEqual([]);
    expect(found(trie, 'viagra 100mg')).toEqual([[0, 0, 6]]);
    expect(found(trie, 'buy via mg')).toEqual([[1, 4, 7], [4, 8, 10]]);
  });

  it('reuses its match buffer between calls, but not for a call made from inside onMatch', () => {
    expect(found(trie, 'no prescription a')).toEqual([[2, 0, 15], [3, 3, 15], [5, 16, 17]]);
    expect(found(trie, 'mg')).toEqual([[4, 0, 2]]);
    const outer: [number, number, number][] = [];
    const inner: [number, number, number][][] = [];
    trie.findWords('no prescription a', (p, s, e) => {
      outer.push([p, s, e]);
      inner.push(found(trie, 'viagra mg via'));
    });
    expect(outer).toEqual([[2, 0, 15], [3, 3, 15], [5, 16, 17]]);
    expect(inner).toEqual(Array(3).fill([[0, 0, 6], [4, 7, 9], [1, 10, 13]]));
  });

  it('reports overlapping multi-word terms by end, longest first', () => {
    expect(found(trie, 'no prescription a')).toEqual([[2, 0, 15], [3, 3, 15], [5, 16, 17]]);
  });

  it('handles characters outside ASCII and text the lexicon never uses', () => {
    expect(found(trie, 'δ9 thc 中文 via')).toEqual([[6, 0, 6], [1, 10, 13]]);
    expect(found(trie, '')).toEqual([]);
  });

  it('agrees with Aho-Corasick plus a boundary check', () => {
    const words = ['a', 'ab', 'abc', 'b', 'bc', 'c', 'ab c', 'a b', 'ca'];
    const big = new WordTrie(words);
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 200; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 8) }, () => words[Math.floor(next() * words.length)]!).join(next() < 0.8 ? ' ' : '');
      expect(found(big, text)).toEqual(reference(words, text));
    }
  });

  it('skips words and word pairs no pattern begins with, and only those', () => {
    // Three-word terms, a doubled space and a trailing one exercise the first-word and two-word filter.
    const words = ['a', 'ab', 'b c', 'a b c', 'a b', 'c  a', 'bc a b', 'c ', 'ab ab ab'];
    const trie3 = new WordTrie(words);
    const pieces = ['a', 'ab', 'b', 'c', 'bc', 'x'];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 1_000; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 9) }, () => pieces[Math.floor(next() * pieces.length)]!)
        .map((w) => (next() < 0.1 ? `${w}  ` : next() < 0.05 ? w : `${w} `)).join('');
      expect([text, found(trie3, text)]).toEqual([text, reference(words, text)]);
    }
  });

  it('matches through compressed chains, stopping inside and at the end of an edge', () => {
    // Long words sharing prefixes: most of the trie is single-child chains stored as edges, and
    // the pieces below end texts, words and mismatches part-way along them.
    const words = ['viagra', 'viagra online', 'viagra online kaufen', 'viag', 'vial', 'prescription', 'prescription free',
      'pre', 'presc', 'online pharmacy', 'on', 'online', 'xanax 2mg', 'xanax 2mg bars'];
    const trie = new WordTrie(words);
    const pieces = ['viagra', 'viagr', 'vi', 'vial', 'viagras', 'online', 'onlin', 'kaufen', 'kauf', 'prescription', 'prescript',
      'presc', 'pre', 'free', 'pharmacy', 'pharm', 'xanax', '2mg', '2m', 'bars', 'bar', 'x'];
    let seed = 23;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 1_000; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 9) }, () => pieces[Math.floor(next() * pieces.length)]!)
        .join(next() < 0.9 ? ' ' : '  ');
      expect([text, found(trie, text)]).toEqual([text, reference(words, text)]);
    }
  });

  it('tells long first words apart by the units after those kept in the table slot', () => {
    // First words of equal length that differ only late, and words that are prefixes of others.
    const words = ['pharmacist', 'pharmacies', 'pharmacy', 'pharmacy online', 'pharmacies online now', 'pharmaceutical', 'pharma', 'pharm'];
    const trie = new WordTrie(words);
    const pieces = ['pharmacist', 'pharmacies', 'pharmaciez', 'pharmacisx', 'pharmacy', 'pharmacx', 'pharmaceutical', 'pharmaceuticai', 'pharma', 'pharm', 'online', 'now', 'x'];
    let seed = 31;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 1_000; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 7) }, () => pieces[Math.floor(next() * pieces.length)]!).join(' ');
      expect([text, found(trie, text)]).toEqual([text, reference(words, text)]);
    }
  });

  it('compares every unit of a first word whose hash matches, in the slot and after it', () => {
    const words = ['pharmacies', 'abc', 'pharmacy'];
    const table = new FirstWordTable(new Map(words.map((w, i) => [w, { node: i, terminal: i, continues: i === 2 }])));
    const lookup = (text: string, as: string): number => table.find(text, 0, text.length, wordHash(as, 0, as.length));
    expect(table.node(lookup('pharmacies', 'pharmacies'))).toBe(0);
    expect(table.continues(lookup('pharmacy', 'pharmacy'))).toBe(true);
    expect(table.terminal(lookup('abc', 'abc'))).toBe(1);
    // A text word with a pattern word's hash and length (a collision) is still not that word,
    // whether it differs in the units kept in the slot or in those kept after it.
    for (const other of ['pharmaciez', 'qharmacies', 'pharmbcies', 'abd', 'pharmacx']) {
      const as = words.find((w) => w.length === other.length)!;
      expect(lookup(other, as), other).toBe(-1);
    }
  });
});
