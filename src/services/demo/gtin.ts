/** EAN-13 (GTIN-13) codes: check digits, and GS1 company prefixes that match an origin. */
import { hashString, Rng } from './prng.js';

/** GS1 mod-10 check digit over the first 12 digits (weights 1,3,1,3,… from the left). */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new RangeError(`EAN-13 body must be 12 digits: ${first12}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (first12.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === code.charCodeAt(12) - 48;
}

/** Pads the prefix with random digits to 12 and appends the check digit. */
export function makeEan13(prefix: string, rng: Rng): string {
  const body = prefix + rng.digits(12 - prefix.length);
  return body + String(ean13CheckDigit(body));
}

/** GS1 member-organisation prefixes, so a Polish no-name product carries a 590 code. */
const GS1_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  DE: ['400', '401', '402', '403', '404', '405', '406', '407', '408', '409', '426', '428'],
  AT: ['900', '901', '902', '903', '904', '905', '906', '907', '908', '909'],
  FR: ['300', '301', '302', '303', '304', '305', '306', '340', '350', '370'],
  BE: ['540', '541', '542', '543', '544', '545'], LU: ['540', '541'],
  ES: ['840', '841', '842', '843', '844', '845', '846', '847', '848', '849'],
  IT: ['800', '801', '802', '803', '804', '805', '806', '807', '808', '809'],
  PL: ['590'], NL: ['870', '871', '872', '873', '874', '875', '876', '877', '878', '879'],
  PT: ['560'], IE: ['539'], GB: ['500', '501', '502', '503', '504', '505', '506', '507', '508', '509'],
  SE: ['730', '731', '732', '733', '734', '735', '736', '737', '738', '739'], DK: ['570', '571', '572', '573', '574'],
  FI: ['640', '641', '642', '643', '644'], CZ: ['859'], RO: ['594'], GR: ['520', '521'], HU: ['599'],
  CN: ['690', '691', '692', '693', '694', '695', '696', '697', '698', '699'], HK: ['489'], TR: ['868', '869'],
  US: ['001', '003', '004', '007', '008', '019', '084', '085', '088', '089'],
};

export function gs1PrefixFor(country: string, rng: Rng): string {
  return rng.pick(GS1_PREFIXES[country] ?? GS1_PREFIXES['DE'] ?? ['400']);
}

/**
 * One stable GTIN per branded product and variant, so every trader selling the same headphones
 * reports the same code, as on a real marketplace.
 */
export function brandedGtin(brand: string, model: string, variant: string): string {
  const rng = new Rng(hashString(`${brand}\u0000${model}\u0000${variant}`));
  const countries = ['DE', 'US', 'FR', 'NL', 'GB', 'IT', 'CN', 'SE'];
  return makeEan13(gs1PrefixFor(countries[hashString(brand) % countries.length] ?? 'DE', rng), rng);
}

/** ISBN-13 in the registration group of the book's language (978-3 German, 978-84 Spanish…). */
const ISBN_GROUPS: readonly string[] = ['9781', '9783', '9782', '97884', '97888', '97883', '97890', '978972'];

export function isbn13(languageIndex: number, rng: Rng): string {
  return makeEan13(ISBN_GROUPS[languageIndex] ?? '9781', rng);
}
