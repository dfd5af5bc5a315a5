/**
 * Street addresses with a house number in the common EU formats: "Hauptstraße 12a",
 * "Berliner Straße 5", "Kerkstraat 12", "12 rue de la Paix", "Calle Mayor, 5", "C/ Alcalá 23",
 * "Via Roma 10", "Rua Augusta 45", "ul. Marszałkowska 10/12", "221B Baker Street", with an optional
 * postcode and town after it. Heuristic by nature: it covers the usual patterns, not every address. X-4.
 */
import { spansOf, type PiiSpan } from './scrub-spans.js';

/** Both capitalisations of each word, without the `i` flag (which would make `\p{Lu}` match lower case). */
const cap = (words: readonly string[]): string =>
  words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).replace(/\./g, '\\.')}`).join('|');

const UNIT = String.raw`(?:\s?(?:mm|cm|m|km|kg|g|mg|ml|l|x|gb|tb|mb|w|kw|v|mah|hz|%|€|eur|pcs|pieces|stück|stk|teile|pezzi|piezas|pièces|szt|st)(?![\p{L}]))`;
const NUM = String.raw`\d{1,5}(?:\s?[a-zA-Z](?![\p{L}\p{N}]))?(?:\s?[-/]\s?\d{1,5}[a-zA-Z]?)?(?![\p{N}]|[.,]\d)(?!${UNIT})`;
const CAP_WORD = String.raw`[\p{Lu}][\p{L}'’.-]*`;
const PARTICLE = String.raw`(?:de|del|della|delle|dei|degli|di|da|do|dos|das|la|le|les|des|du|d'|d’|l'|l’|y|e|von|van|der|den|het|al|el)`;
const NAME = String.raw`${CAP_WORD}(?:\s(?:${PARTICLE}\s)*${CAP_WORD}){0,4}`;
/** A town is one capitalised word (hyphens allowed: "Saint-Denis"); a full stop ends it. */
const POSTCODE_TOWN = String.raw`(?:,?\s(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{4}\s?[A-Z]{2}|\d{4,5})\s[\p{Lu}][\p{L}'’-]*)?`;

/** Compound street names with the street word as a suffix (German, Dutch, Nordic, Central European). */
const SUFFIXES = ['straße', 'strasse', 'str.', 'gasse', 'allee', 'platz', 'damm', 'ufer', 'chaussee', 'steig', 'pfad', 'straat', 'laan', 'gracht', 'plein', 'dijk', 'kade', 'singel', 'steeg', 'vej', 'gade', 'vägen', 'gatan', 'katu', 'utca'];
/** Street words written as their own word after the name ("Berliner Straße 5", "Am Weinberg 3"). */
const SEPARATE = ['Straße', 'Strasse', 'Str.', 'Weg', 'Allee', 'Platz', 'Gasse', 'Damm', 'Ufer', 'Chaussee'];
/** Street words before the name (Romance languages, Polish). `Via` only capitalised: "via USB" is not an address. */
const PREFIXES = cap(['rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'cours', 'calle', 'c/', 'avenida', 'avda.', 'avda', 'plaza', 'paseo', 'camino', 'carrer', 'rúa', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'rua', 'travessa', 'praça', 'estrada', 'ulica', 'ul.', 'aleja', 'al.', 'os.', 'plac']) + '|Via';
const FR_TYPES = cap(['rue', 'avenue', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'route', 'cours']);
const EN_TYPES = ['Street', 'St.', 'Road', 'Rd.', 'Avenue', 'Ave.', 'Lane', 'Drive', 'Close', 'Way', 'Place', 'Square', 'Crescent', 'Terrace', 'Gardens'].map((w) => w.replace('.', '\\.')).join('|');

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])(?:${CAP_WORD}\s)?[\p{Lu}][\p{L}-]*(?:${SUFFIXES.map((s) => s.replace('.', '\\.')).join('|')})\s?${NUM}${POSTCODE_TOWN}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:${CAP_WORD}\s){1,2}(?:${SEPARATE.map((s) => s.replace('.', '\\.')).join('|')})\s${NUM}${POSTCODE_TOWN}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:${PREFIXES})\s?(?:${PARTICLE}\s)*(?!\p{Lu}{2,}(?![\p{L}]))${NAME},?\s(?:n[º°o]\.?\s?)?${NUM}${POSTCODE_TOWN}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM},?\s(?:bis\s|ter\s)?(?:${FR_TYPES})\s(?:${PARTICLE}\s)*${NAME}${POSTCODE_TOWN}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s(?:${CAP_WORD}\s){1,3}(?:${EN_TYPES})(?![\p{L}])${POSTCODE_TOWN}`, 'gu'),
];

export function findAddresses(text: string): PiiSpan[] {
  if (!/\d/.test(text)) return [];
  return PATTERNS.flatMap((re) => spansOf(text, re, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'address' })));
}
