/**
 * Hash banks as CSV: `hash,label,source`, one entry per line (DET-4). Banks come from outside
 * (NGO lists, other platforms, Vigil's own removed listings), so one bad line must not lose
 * the rest: every line that cannot be used is skipped and reported with its line number and a
 * reason, and the import shows how many entries it kept.
 *
 * Format: an optional header line whose first field is `hash`; fields separated by commas,
 * RFC 4180 quoting ("a, b" and "say ""hi""") within one line; `source` may be left out (the
 * caller's default is used); blank lines and lines starting with `#` are ignored.
 */
import { isDegeneratePdqHash, tryParsePdqHex, type PdqHash } from './pdq-hash.js';

export interface BankEntry {
  hash: PdqHash;
  label: string;
  source: string;
  /** 1-based line in the input, so a match can be traced back to the bank file. */
  line: number;
}

export interface BankLineError {
  line: number;
  reason: string;
}

export interface BankParseResult {
  entries: BankEntry[];
  errors: BankLineError[];
  hadHeader: boolean;
}

export interface BankParseOptions {
  /** Used when a line has no source field. Default: '' (no source). */
  defaultSource?: string;
  /** Longest label or source kept, in characters; longer lines are refused. Default 500. */
  maxFieldLength?: number;
}

type Split = { ok: true; fields: string[] } | { ok: false; reason: string };

/** Splits one CSV line. Quotes must wrap a whole field; a quote left open is an error. */
export const splitCsvLine = (line: string): Split => {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return { ok: false, reason: 'a quoted field is not closed on this line' };
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < line.length && line[i] !== ',') return { ok: false, reason: `unexpected text after a closing quote at column ${i + 1}` };
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      const value = line.slice(i, end);
      if (value.includes('"')) return { ok: false, reason: 'a quote may only start a field' };
      fields.push(value.trim());
      i = end;
    }
    if (i >= line.length) return { ok: true, fields };
    i++; // skip the comma
    if (i === line.length) {
      fields.push('');
      return { ok: true, fields };
    }
  }
};

export const parseHashBankCsv = (text: string, options: BankParseOptions = {}): BankParseResult => {
  const defaultSource = options.defaultSource ?? '';
  const maxField = options.maxFieldLength ?? 500;
  const entries: BankEntry[] = [];
  const errors: BankLineError[] = [];
  let hadHeader = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let firstContent = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const split = splitCsvLine(trimmed);
    if (!split.ok) return void errors.push({ line, reason: split.reason });
    const f = split.fields;
    if (firstContent) {
      firstContent = false;
      if (f[0]?.toLowerCase() === 'hash') {
        hadHeader = true;
        return;
      }
    }
    if (f.length < 2 || f.length > 3) {
      return void errors.push({ line, reason: `expected 2 or 3 fields (hash,label[,source]), got ${f.length}` });
    }
    const parsed = tryParsePdqHex(f[0]!);
    if (!parsed.ok) return void errors.push({ line, reason: parsed.reason });
    if (isDegeneratePdqHash(parsed.hash)) {
      return void errors.push({ line, reason: 'degenerate hash (all bits equal): it would match every blank or tiny image' });
    }
    const label = f[1]!;
    const source = f.length === 3 && f[2] !== '' ? f[2]! : defaultSource;
    if (label === '') return void errors.push({ line, reason: 'the label is empty' });
    if (label.length > maxField || source.length > maxField) {
      return void errors.push({ line, reason: `label or source longer than ${maxField} characters` });
    }
    entries.push({ hash: parsed.hash, label, source, line });
  });
  return { entries, errors, hadHeader };
};
