/**
 * Detectors for structured personal data: e-mail addresses (also "name (at) domain (dot) com"),
 * URLs that carry personal query parameters, IBANs (mod-97 checked), payment card numbers (Luhn
 * checked), IP addresses and @handles. X-4, Art. 24(5).
 */
import { isValidIBAN } from 'ibantools';
import { spansOf, WORD_CHAR, type PiiSpan } from './scrub-spans.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const AT_WORD = String.raw`(?:at|ät|arroba|arobase|chiocciola|małpa|malpa|apenstaartje|klammeraffe)`;
const DOT_WORD = String.raw`(?:dot|punkt|point|punto|kropka|punt|ponto)`;
/** "jan.kowalski (at) example (dot) pl", "anna [at] example.com", "max at example dot com". */
const EMAIL_OBFUSCATED = new RegExp(
  String.raw`[\p{L}\p{N}._%+-]+\s*(?:[(\[{]\s*${AT_WORD}\s*[)\]}]|\s${AT_WORD}\s)\s*[\p{L}\p{N}-]+(?:\s*(?:[(\[{]\s*${DOT_WORD}\s*[)\]}]|\s${DOT_WORD}\s|\.)\s*[\p{L}\p{N}-]+)*\s*(?:[(\[{]\s*${DOT_WORD}\s*[)\]}]|\s${DOT_WORD}\s|\.)\s*(?:com|net|org|eu|de|at|ch|fr|be|es|it|pl|nl|pt|ie|se|dk|fi|cz|sk|hu|ro|bg|gr|hr|si|lu|lt|lv|ee|cy|mt|uk|info|biz|io)(?![\p{L}\p{N}])`,
  'giu',
);

export function findEmails(text: string): PiiSpan[] {
  const plain = text.includes('@') ? spansOf(text, EMAIL, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'email' })) : [];
  return [...plain, ...spansOf(text, EMAIL_OBFUSCATED, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'email' }))];
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'\]]+/giu;
/** Query parameter names that carry a person's identity or contact (normalised: lower case, no `-`/`_`). */
const PERSONAL_PARAMS = new Set([
  'email', 'mail', 'emailaddress', 'name', 'fullname', 'firstname', 'lastname', 'surname', 'givenname', 'familyname',
  'vorname', 'nachname', 'nom', 'prenom', 'prénom', 'nombre', 'apellido', 'apellidos', 'cognome', 'nome', 'imie', 'nazwisko',
  'phone', 'tel', 'telephone', 'telefon', 'mobile', 'msisdn', 'user', 'username', 'userid', 'uid', 'login', 'customer',
  'customerid', 'client', 'member', 'memberid', 'account', 'accountid', 'token', 'accesstoken', 'auth', 'session',
  'sessionid', 'sid', 'password', 'pwd', 'address', 'street', 'zip', 'postcode', 'iban', 'dob', 'birthdate', 'ip',
]);

/** URLs with personal query parameters or user info; plain links (laws, terms clauses) stay. */
export function findPersonalUrls(text: string): PiiSpan[] {
  return spansOf(text, URL_RE, (m) => {
    const raw = m[0].replace(/[.,;:!?)]+$/u, '');
    let url: URL;
    try {
      url = new URL(raw.startsWith('http') ? raw : `https://${raw}`);
    } catch {
      return null;
    }
    let personal = url.username !== '' || url.password !== '';
    for (const [k, v] of url.searchParams) {
      const key = k.toLowerCase().replace(/[-_]/g, '');
      if (PERSONAL_PARAMS.has(key) || v.includes('@') || /\+?\d[\d ]{7,}/.test(v)) personal = true;
    }
    return personal ? { start: m.index, end: m.index + raw.length, kind: 'url' } : null;
  });
}

/** Country code, check digits, then 11–30 letters or digits, optionally grouped by spaces or dashes. */
const IBAN_START = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?=[ -]?[A-Z0-9])/gu;

/** IBANs that pass the mod-97 check; the longest valid prefix that ends on a group boundary wins. */
export function findIbans(text: string): PiiSpan[] {
  return spansOf(text, IBAN_START, (m) => {
    let compact = '';
    const ends: number[] = [];
    let i = m.index;
    while (i < text.length && compact.length < 34) {
      const ch = text[i]!;
      if (/[A-Za-z0-9]/.test(ch)) {
        compact += ch.toUpperCase();
        ends.push(i + 1);
        i++;
      } else if ((ch === ' ' || ch === '-') && /[A-Za-z0-9]/.test(text[i + 1] ?? '') && compact.length > 0 && ch !== text[i - 1]) i++;
      else break;
    }
    for (let n = compact.length; n >= 15; n--) {
      const end = ends[n - 1]!;
      if (/[A-Za-z0-9]/.test(text[end] ?? '')) continue;
      if (isValidIBAN(compact.slice(0, n))) return { start: m.index, end, kind: 'iban' };
    }
    return null;
  });
}

const CARD = /(?<![\p{N}])\d(?:[ -]?\d){12,18}(?![\p{N}])/gu;

/** Luhn mod-10. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Card numbers: 15–19 digits (13-digit EANs and 14-digit GTINs are product codes), card-network prefix, Luhn. */
export function findCards(text: string): PiiSpan[] {
  return spansOf(text, CARD, (m) => {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 15 || !/^[2-6]/.test(digits) || !luhnValid(digits)) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'card' };
  });
}

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const IPV4 = new RegExp(String.raw`(?<![\p{N}.])${OCTET}(?:\.${OCTET}){3}(?![\p{N}]|\.\p{N})`, 'gu');
const IPV6_CANDIDATE = /(?<![\p{L}\p{N}:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\p{L}\p{N}:])/gu;

function isIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

export function findIps(text: string): PiiSpan[] {
  const v4 = spansOf(text, IPV4, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'ip' }));
  const v6 = text.includes(':')
    ? spansOf(text, IPV6_CANDIDATE, (m) => (isIpv6(m[0]) ? { start: m.index, end: m.index + m[0].length, kind: 'ip' } : null))
    : [];
  return [...v4, ...v6];
}

const HANDLE = new RegExp(String.raw`(?<![\p{L}\p{N}_@./])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}${WORD_CHAR})?`, 'gu');

/** Social and messenger @handles (e-mail addresses are removed before this runs). */
export function findHandles(text: string): PiiSpan[] {
  return text.includes('@') ? spansOf(text, HANDLE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'handle' })) : [];
}
