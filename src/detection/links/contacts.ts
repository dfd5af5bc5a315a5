import { findNumbers, type CountryCode, type PhoneNumber } from 'libphonenumber-js';

/** A way to reach the seller outside the platform, found in a field. */
export interface ContactFinding {
  readonly field: string;
  readonly kind: 'phone' | 'messenger_handle' | 'social_handle';
  readonly messenger?: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export const MESSENGER = String.raw`whats\s?app|whatsap|watsapp|wa|wapp|zap|telegram|telegramm|tg|we\s?chat|weixin|vx|signal|line|viber|kik|snap(?:chat)?|insta(?:gram)?|ig|threema|skype|discord|icq|zalo`;
const ID_WORD = String.raw`(?:id|nr\.?|no\.?|num(?:ber|ero|éro|ero)?|nummer|numer|número|handle|user(?:name)?|account|konto|compte|cuenta|conta)`;
const LINK_WORD = String.raw`(?:me|us|at|on|to|via|auf|über|unter|an|sur|par|au|en|por|al|su|tramite|allo|al|na|pod|przez|op|naar|bij|no|pelo|ao|para|:)`;
/** "WhatsApp: +49 170…", "Telegram @shop", "WeChat ID abc_123", "add me on snap: x.y1" */
const HANDLE = new RegExp(String.raw`\b(${MESSENGER})\b[\s:=\-–]*(?:${LINK_WORD}[\s:=\-–]+)?(?:${ID_WORD}[\s:=\-–]*)?(@[a-z0-9_.]{3,32}|[a-z0-9_.]*[\d_][a-z0-9_.]*|(?<=[:=]\s?)[a-z][a-z0-9_.]{3,31}|\+?\d[\d\s().\-/]{6,}\d)`, 'giu');
const AMBIGUOUS = new Set(['wa', 'tg', 'vx', 'zap', 'line', 'signal', 'ig', 'snap', 'insta', 'kik', 'icq']);
const AT_HANDLE = /(?<![\w.@])@([a-z0-9_](?:[a-z0-9_.]{2,29}[a-z0-9_]))\b(?!\.[a-z]{2,})/giu;
const PHONE_HINT = /(?:\+|\b00)\d|\d{3}[\s.-]?\d{3}[\s.-]?\d{3}/;
const PHONE_CUE = /(?:tel|phone|call|mobile|mobil|handy|cell|gsm|téléphone|telefon|teléfono|telefono|telemóvel|celular|whats|wa\b|telegram|signal|viber|sms|text|ring|bel|llama|chiama|zadzwoń|ligue)/i;

const SPACES = /\s+/g;
const canon = (m: string): string => {
  const s = m.toLowerCase().replace(SPACES, '');
  if (s.startsWith('whats') || s === 'wa' || s === 'wapp' || s === 'zap' || s.startsWith('watsap')) return 'whatsapp';
  if (s.startsWith('tele') || s === 'tg') return 'telegram';
  if (s === 'wechat' || s === 'weixin' || s === 'vx') return 'wechat';
  if (s.startsWith('snap')) return 'snapchat';
  if (s.startsWith('insta') || s === 'ig') return 'instagram';
  return s;
};

/**
 * MESSENGER with the names sharing a first letter grouped behind it: the same names, so the same
 * matches, but V8 decides at each position on one character instead of trying two dozen
 * alternatives (about 15 % less time over a listing without any; a test compares the two).
 */
export const MESSENGER_BY_LETTER = String.raw`w(?:hats\s?app|hatsap|atsapp|a|app|e\s?chat|eixin)|z(?:ap|alo)|t(?:elegramm?|g|hreema)|v(?:x|iber)|s(?:ignal|nap(?:chat)?|kype)|line|kik|i(?:nsta(?:gram)?|g|cq)|discord`;

// Cheap gates: the handle and phone scans are the costliest regexes of the text path.
export const MESSENGER_HINT = new RegExp(String.raw`\b(?:${MESSENGER_BY_LETTER})\b`, 'i');
/**
 * The only characters that are letters or word characters to HANDLE (flags `iu`: "ſ" folds to
 * "s", the Kelvin sign to "k") but not to MESSENGER_HINT (flag `i`). Without them both find a
 * messenger name at the same places, so HANDLE can start where the hint found the first one
 * instead of scanning the text before it a second time.
 */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
const EXPLICIT = /[:=@]|id|nr|no|num/i;
const NUMBER_START = /^\+?\d/;

/**
 * A character every contact needs: a handle's value holds "@", a digit or "_", or follows ":" or
 * "=" (HANDLE's last group); an @handle has its "@"; the phone pre-check needs a digit. About
 * four in ten fields have none, and this scan costs a third of the messenger-name scan it saves.
 */
const CONTACT_CHAR = /[\d_@:=]/;

/** The answer for the many fields without any: one shared empty list, not a new one per field. */
const NO_CONTACTS: readonly ContactFinding[] = [];

export function findContacts(field: string, text: string, defaultCountry?: CountryCode): readonly ContactFinding[] {
  return CONTACT_CHAR.test(text) ? scanContacts(field, text, defaultCountry) : NO_CONTACTS;
}

/** findContacts without the CONTACT_CHAR pre-check (exported for the test that compares the two). */
export function scanContacts(field: string, text: string, defaultCountry?: CountryCode): readonly ContactFinding[] {
  // The three pre-checks first (they read nothing but the text), so a field without a cue returns
  // the shared empty list instead of allocating one.
  const first = text.search(MESSENGER_HINT);
  const at = text.includes('@');
  const phone = PHONE_HINT.test(text);
  if (first < 0 && !at && !phone) return NO_CONTACTS;
  const out: ContactFinding[] = [];
  HANDLE.lastIndex = first > 0 && !FOLDS_TO_ASCII.test(text) ? first : 0;
  for (let m = first >= 0 ? HANDLE.exec(text) : null; m; m = HANDLE.exec(text)) {
    const value = m[2]!.trim();
    const start = m.index + m[0].lastIndexOf(m[2]!);
    const between = m[0].slice(m[1]!.length, m[0].length - m[2]!.length);
    // Everyday words ("line", "signal", "wa") count only with an explicit "id"/":"/"@"; handles need substance.
    if (AMBIGUOUS.has(m[1]!.toLowerCase()) && !EXPLICIT.test(between + value.slice(0, 1))) continue;
    if (!value.startsWith('@') && !NUMBER_START.test(value) && value.length < 5) continue;
    out.push({ field, kind: 'messenger_handle', messenger: canon(m[1]!), value, start: m.index, end: start + m[2]!.length });
  }
  AT_HANDLE.lastIndex = 0;
  for (let m = at ? AT_HANDLE.exec(text) : null; m; m = AT_HANDLE.exec(text)) {
    if (covered(out, out.length, m.index, m.index + m[0].length)) continue;
    out.push({ field, kind: 'social_handle', value: m[0], start: m.index, end: m.index + m[0].length });
  }
  if (phone) findPhones(field, text, out, defaultCountry);
  return out;
}

const INTERNATIONAL = /^\s*(?:\+|00)/;

/** Appends the phone numbers in `text` that no finding already in `out` covers. */
function findPhones(field: string, text: string, out: ContactFinding[], defaultCountry?: CountryCode): void {
  const known = out.length;
  // POSSIBLE leniency: the stricter default drops numbers from ranges a validator does not know yet.
  const found = findNumbersQuietly(text, (defaultCountry ? { defaultCountry, v2: true, leniency: 'POSSIBLE' } : { v2: true, leniency: 'POSSIBLE' }) as never) as unknown as
    { startsAt: number; endsAt: number; number: PhoneNumber }[];
  for (const p of found) {
    const raw = text.slice(p.startsAt, p.endsAt);
    const international = INTERNATIONAL.test(raw);
    const cued = PHONE_CUE.test(text.slice(Math.max(0, p.startsAt - 40), p.startsAt));
    // A bare national number could be an order or model number; only a "+", "00" or a cue makes it a phone.
    // An international number only needs to be possible (new ranges, fiction ranges used by sellers too).
    if (!(international ? p.number.isPossible() : p.number.isValid()) || (!international && !cued)) continue;
    if (covered(out, known, p.startsAt, p.endsAt)) continue;
    out.push({ field, kind: 'phone', value: p.number.number, start: p.startsAt, end: p.endsAt });
  }
}

/** Whether one of the first `count` findings covers start..end. */
function covered(findings: readonly ContactFinding[], count: number, start: number, end: number): boolean {
  for (let i = 0; i < count; i++) if (findings[i]!.start <= start && findings[i]!.end >= end) return true;
  return false;
}

/**
 * findNumbers without stack traces: the library throws and catches a ParseError for every candidate
 * it rejects (a price, a model number), and capturing each error's stack was the larger part of
 * parsing a long listing's numbers. No stack is ever read; the limit is restored before returning
 * (screening is synchronous, nothing else runs in between).
 */
function findNumbersQuietly(text: string, options: never): unknown {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return findNumbers(text, options);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
