/**
 * Phone numbers in international (+49 …, 0049 …) and the national formats of EU/EEA countries
 * ("0170 1234567", "06 12 34 56 78", "612 345 678", "333 123 4567"), separated by spaces, dots,
 * dashes or slashes. Product text is protected: dates, EAN/GTIN codes, prices, regulation numbers
 * ("2017/1001") and units ("100mg") are not numbers anyone dials. X-4.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { spansOf, type PiiSpan } from './scrub-spans.js';

const SEP = String.raw`[ \u00A0.\-/]`;
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_+\-/.,])(?:(?:\+|00)\s?)?(?:\(\d{1,4}\)${SEP}?)?\d(?:${SEP}?(?:\(\d{1,4}\)|\d)){5,17}(?![\p{L}\p{N}_]|[.,]\d)`,
  'gu',
);
/** Countries whose national numbers start with a trunk "0". */
const TRUNK_ZERO: CountryCode[] = ['DE', 'AT', 'FR', 'BE', 'NL', 'IT', 'IE', 'FI', 'SE', 'HR', 'SI', 'SK', 'BG', 'RO', 'HU', 'GB', 'CH', 'LI'];
/** Countries whose national numbers have no trunk prefix. */
const NO_TRUNK: CountryCode[] = ['ES', 'PL', 'PT', 'IT', 'GR', 'DK', 'CZ', 'LV', 'EE', 'CY', 'MT', 'LU', 'NO', 'IS'];
const CUE = /(?:tel|tél|phone|call|ring|mobile?|mobil|handy|cell|gsm|portable|téléphone|telefon|teléfono|telefono|telemóvel|telemovel|telefone|celular|cellulare|móvil|movil|komórka|komorka|whats\s?app|telegram|signal|viber|sms|llama|llámame|chiama|zadzwoń|zadzwon|ligue|appelez|appeler|anrufen|ruf|bel|contact|kontakt|contatto|contacto|contato|reach)\p{L}*\W{0,3}(?:\p{L}+\W{1,3}){0,3}$/iu;
const CURRENCY = /(?:€|\$|£|eur|euro|pln|zł|zl|kr|kč|czk|ft|huf|lei|ron|лв|chf|usd|gbp)/iu;
const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
/** "1 299 000", "12.345.678": thousands separators, while 3-3-3 phone groups ("612 345 678") start with three digits. */
const THOUSANDS = /^\d{1,2}(?:[.\u00A0 ]\d{3})+$/;

function gtinValid(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length - 1; i++) sum += Number(d[d.length - 2 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(d[d.length - 1]);
}

const validIn = (national: string, countries: readonly CountryCode[]): boolean =>
  countries.some((c) => parsePhoneNumberFromString(national, c)?.isValid() === true);

/** Groups of 2–4 digits with at least two separators: how people write phone numbers, not how they write codes. */
const phoneGrouping = (raw: string): boolean => {
  const groups = raw.split(/[ \u00A0.-]+/).filter(Boolean);
  return groups.length >= 3 && groups.every((g) => /^\d{2,4}$/.test(g));
};

export function findPhones(text: string): PiiSpan[] {
  if (!/\d{2}/.test(text)) return [];
  return spansOf(text, CANDIDATE, (m) => {
    const raw = m[0].trim();
    const start = m.index + m[0].indexOf(raw);
    const span: PiiSpan = { start, end: start + raw.length, kind: 'phone' };
    const digits = raw.replace(/\D/g, '');
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(span.end, span.end + 6);
    const cued = CUE.test(before);
    if (/^(?:\+|00)/.test(raw)) {
      // International: possible for its country is enough (sellers use new ranges too).
      const intl = `+${raw.replace(/^\+|^00/, '').replace(/\(0\)/g, '').replace(/\D/g, '')}`;
      const p = parsePhoneNumberFromString(intl);
      return p && p.isPossible() && digits.length >= 8 ? span : null;
    }
    if (DATE_LIKE.test(raw) || digits.length < 7 || digits.length > 13) return null;
    if (raw.includes('/') && !cued) return null;
    if (/^\d+$/.test(raw) && digits.length >= 12 && gtinValid(digits)) return null;
    const nearMoney = CURRENCY.test(text.slice(Math.max(0, start - 5), start)) || CURRENCY.test(after);
    if (nearMoney && !cued) return null;
    if (digits.startsWith('0')) return digits.length >= 8 && validIn(digits, TRUNK_ZERO) ? span : null;
    // No trunk prefix: ambiguous with order and model numbers, so ask for a cue or phone-style grouping.
    if (!cued && (!phoneGrouping(raw) || THOUSANDS.test(raw))) return null;
    return validIn(digits, NO_TRUNK) ? span : null;
  });
}
