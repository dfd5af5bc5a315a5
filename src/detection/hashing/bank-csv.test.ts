import { describe, expect, it } from 'vitest';
import { parseHashBankCsv, splitCsvLine } from './bank-csv.js';
import { pdqHashToHex } from './pdq-hash.js';

const H1 = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const H2 = '30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af';

describe('splitCsvLine', () => {
  it('splits plain and quoted fields', () => {
    expect(splitCsvLine('a, b ,c')).toEqual({ ok: true, fields: ['a', 'b', 'c'] });
    expect(splitCsvLine('x,"a, b","say ""hi"""')).toEqual({ ok: true, fields: ['x', 'a, b', 'say "hi"'] });
    expect(splitCsvLine('x,')).toEqual({ ok: true, fields: ['x', ''] });
  });
  it('reports broken quoting', () => {
    expect(splitCsvLine('x,"open')).toMatchObject({ ok: false, reason: expect.stringContaining('not closed') });
    expect(splitCsvLine('x,"a"b')).toMatchObject({ ok: false, reason: expect.stringContaining('after a closing quote') });
    expect(splitCsvLine('x,a"b')).toMatchObject({ ok: false });
  });
});

describe('parseHashBankCsv', () => {
  it('reads a bank with a header, quoted labels, CRLF and a BOM', () => {
    const text = `\uFEFFhash,label,source\r\n${H1},counterfeit-watch,ngo-list-2026\r\n${H2.toUpperCase()},"weapons, replica",own-removals\r\n`;
    const r = parseHashBankCsv(text);
    expect(r.hadHeader).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [pdqHashToHex(e.hash), e.label, e.source, e.line])).toEqual([
      [H1, 'counterfeit-watch', 'ngo-list-2026', 2],
      [H2, 'weapons, replica', 'own-removals', 3],
    ]);
  });

  it('works without a header and fills a missing source from the default', () => {
    const r = parseHashBankCsv(`${H1},a\n\n# a comment\n${H2},b,\n`, { defaultSource: 'import-7' });
    expect(r.hadHeader).toBe(false);
    expect(r.entries.map((e) => [e.label, e.source, e.line])).toEqual([['a', 'import-7', 1], ['b', 'import-7', 4]]);
  });

  it('skips bad lines with their line numbers and reasons, keeping the good ones', () => {
    const lines = [
      'hash,label,source',
      `${H1},ok,src`,
      `${H1.slice(1)},short,src`,
      `${'z'.repeat(64)},nonhex,src`,
      `${H2}`,
      `${H2},a,b,c`,
      `${'0'.repeat(64)},blank,src`,
      `${H2},,src`,
      `${H2},"unterminated,src`,
      `${H2},${'x'.repeat(600)},src`,
      `${H2},fine,src`,
    ];
    const r = parseHashBankCsv(lines.join('\n'));
    expect(r.entries.map((e) => e.line)).toEqual([2, 11]);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.errors.map((e) => e.reason)).toEqual([
      expect.stringContaining('64 hex digits'),
      expect.stringContaining('hex digits 0-9'),
      expect.stringContaining('expected 2 or 3 fields'),
      expect.stringContaining('got 4'),
      expect.stringContaining('degenerate'),
      'the label is empty',
      expect.stringContaining('not closed'),
      expect.stringContaining('longer than 500'),
    ]);
  });

  it('treats only a first line starting with "hash" as a header', () => {
    const r = parseHashBankCsv(`${H1},x,y\nhash,label,source\n`);
    expect(r.hadHeader).toBe(false);
    expect(r.errors).toEqual([{ line: 2, reason: expect.stringContaining('64 hex digits') }]);
  });
});
