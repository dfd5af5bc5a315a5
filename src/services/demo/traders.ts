/**
 * Traders: a profile table (country, languages, risk, share of listings) that listings and orders
 * consult, plus the TraderInput records built from it. The table is sized by the trader count,
 * never by the listing count, so memory stays bounded for a million listings.
 */
import { COMPANY_WORDS, PINYIN, TRADER_COUNTRIES, type ShopStyle, type TraderCountry } from './trader-countries.js';
import type { DemoLanguage } from './languages.js';
import { deriveSeed, Rng, weylFraction } from './prng.js';
import { capitalise, fill, pad } from './text.js';
import type { DemoTraderRecord } from './types.js';
import type { TraderStatus } from '../../core/catalog/types.js';

const DAY = 86_400_000;
export const TRADER_STREAM = 1;

export interface TraderProfile {
  index: number;
  country: TraderCountry;
  createdAtMs: number;
  status: TraderStatus;
  highRisk: boolean;
  /** Relative share of the marketplace's listings; a few big sellers, a long tail of small ones. */
  weight: number;
  /** The trader's own no-name label (invented; many marketplace sellers sell under one). */
  houseBrand: string;
  currency: 'EUR' | 'PLN';
  /** Unique across the marketplace, as shop names are. */
  displayName: string;
}

export function traderId(index: number): string {
  return `T-${pad(index + 1, 6)}`;
}

const COUNTRY_CUMULATIVE: readonly number[] = (() => {
  const total = TRADER_COUNTRIES.reduce((s, c) => s + c.weight, 0);
  let acc = 0;
  return TRADER_COUNTRIES.map((c) => (acc += c.weight / total));
})();

function countryAt(fraction: number): TraderCountry {
  const i = COUNTRY_CUMULATIVE.findIndex((edge) => fraction < edge);
  return TRADER_COUNTRIES[i < 0 ? TRADER_COUNTRIES.length - 1 : i] as TraderCountry;
}

const SYLLABLES = ['vo', 'ze', 'ki', 'lu', 'nor', 'tek', 'ha', 'mi', 'ro', 'sa', 'qu', 'fy', 'zen', 'bri', 'ka', 'xo', 'li', 'da'];
const ENDINGS = ['vix', 'nda', 'lo', 'ra', 'mex', 'tis', 'vo', 'ley', 'xo', 'lia', 'nix', 'ona', 'teq'];

function houseBrand(rng: Rng, style: ShopStyle): string {
  const word = rng.pick(SYLLABLES) + rng.pick(SYLLABLES) + rng.pick(ENDINGS);
  return style === 'cn' && rng.chance(0.6) ? word.toUpperCase() : capitalise(word);
}

export function buildTraderTable(seed: number, count: number, nowMs: number): TraderProfile[] {
  const offset = new Rng(deriveSeed(seed, TRADER_STREAM, 0x7fffffff)).next();
  const table: TraderProfile[] = [];
  const taken = new Set<string>();
  let riskiest = -1;
  let riskiestScore = Infinity;
  for (let i = 0; i < count; i++) {
    const rng = new Rng(deriveSeed(seed, TRADER_STREAM, i));
    const country = countryAt(weylFraction(offset, i));
    const riskDraw = rng.next();
    const highRisk = riskDraw < country.risk;
    if (riskDraw / country.risk < riskiestScore) {
      riskiestScore = riskDraw / country.risk;
      riskiest = i;
    }
    const isNew = rng.chance(highRisk ? 0.35 : 0.08);
    const ageDays = isNew ? rng.between(0, 29) : 30 + Math.floor((6 * 365 - 30) * rng.next() ** 1.5);
    const createdAtMs = nowMs - ageDays * DAY - rng.int(DAY);
    const status: TraderStatus = isNew
      ? (rng.chance(0.45) ? 'pending' : 'active')
      : (['active', 'suspended', 'terminated'] as const)[rng.weighted(highRisk ? [84, 10, 6] : [96, 3, 1])] ?? 'active';
    // exp(normal) gives the long tail of listing counts seen on real marketplaces.
    const gauss = (rng.next() + rng.next() + rng.next() - 1.5) * 2;
    const weight = Math.exp(1.2 * gauss) * (highRisk ? 0.6 : 1);
    const currency: TraderProfile['currency'] = rng.chance(country.plnShare ?? 0) ? 'PLN' : 'EUR';
    const profile: TraderProfile = { index: i, country, createdAtMs, status, highRisk, weight, houseBrand: houseBrand(rng, country.shop), currency, displayName: '' };
    profile.displayName = uniqueDisplayName(profile, new Rng(deriveSeed(seed, TRADER_STREAM + 100, i)), taken);
    table.push(profile);
  }
  // Small demos still need at least one high-risk seller for the problem listings.
  const fallback = table[riskiest];
  if (fallback && !table.some((t) => t.highRisk)) fallback.highRisk = true;
  return table;
}

/** Picks a listing language for this trader. */
export function traderLanguage(profile: TraderProfile, rng: Rng): DemoLanguage {
  const langs = profile.country.languages;
  return (langs[rng.weighted(langs.map(([, w]) => w))] ?? langs[0] ?? ['en'])[0];
}

const SHOP_NAMES: Readonly<Record<ShopStyle, readonly [readonly string[], readonly string[], boolean]>> = {
  de: [['Technik', 'Garten', 'Haushalts', 'Mode', 'Sport', 'Tier', 'Auto', 'Werkzeug', 'Spielwaren', 'Wohn', 'Elektro', 'Schuh', 'Bücher', 'Beauty'],
    ['welt', 'profi', 'paradies', 'shop', 'zentrale', 'direkt', 'markt', 'laden', 'kiste', 'stube'], true],
  nl: [['Tech', 'Tuin', 'Huis', 'Mode', 'Sport', 'Dieren', 'Speelgoed', 'Klus', 'Beauty', 'Fiets'],
    ['winkel', 'plaza', 'centrum', 'shop', 'wereld', 'paleis', 'markt', 'huis'], true],
  fr: [['Maison', 'Atelier', 'Comptoir', 'Boutique', 'Univers', 'Bazar', 'Le Coin'],
    ['du Jardin', 'Tech', 'de la Mode', 'Déco', 'Sport', 'Beauté', 'Animalier', 'du Bricolage', 'des Jouets'], false],
  es: [['Tienda', 'Mundo', 'Casa', 'Bazar', 'El Rincón'],
    ['Tecno', 'del Hogar', 'Deportivo', 'de Mascotas', 'de la Belleza', 'Moda', 'del Bricolaje', 'del Juguete'], false],
  it: [['Bottega', 'Casa', 'Mondo', 'Emporio', "L'Angolo"],
    ['Tech', 'della Moda', 'dello Sport', 'della Bellezza', 'del Giardino', 'del Bricolage', 'dei Giocattoli'], false],
  pl: [['Sklep', 'Świat', 'Dom', 'Hurtownia', 'Centrum'],
    ['Elektroniki', 'Mody', 'Ogrodu', 'Zabawek', 'Sportu', 'Zwierzaka', 'Narzędzi', 'Urody'], false],
  pt: [['Loja', 'Casa', 'Mundo', 'Bazar', 'Cantinho'],
    ['Tech', 'da Moda', 'do Jardim', 'Desportivo', 'Pet', 'da Beleza', 'das Ferramentas'], false],
  en: [['Urban', 'Bright', 'Prime', 'Northern', 'Blue', 'Home', 'Gadget', 'Happy Paws', 'Trail', 'Modern'],
    ['Goods', 'Supply Co.', 'Store', 'Outlet', 'Direct', 'Hub', 'Corner', 'Emporium'], false],
  cn: [['Global', 'Smart', 'Top', 'Best', 'Mega', 'Ever', 'Hi', 'Ali'],
    ['Official Store', 'Direct', 'Mall', 'Deals', 'Flagship Store', 'Tech', 'Trading', 'Life'], false],
  tr: [['Anatolia', 'Bosphorus', 'Istanbul', 'Ege', 'Lale', 'Kapadokya'],
    ['Textile', 'Bazaar', 'Home', 'Fashion', 'Leather', 'Store'], false],
};

function displayName(profile: TraderProfile, rng: Rng): string {
  const style = profile.country.shop;
  if (rng.chance(0.15)) return `${profile.houseBrand} ${style === 'de' ? 'Shop' : 'Store'}`;
  const [first, second, compound] = SHOP_NAMES[style];
  const a = rng.pick(first);
  return compound ? a + rng.pick(second) : `${a} ${rng.pick(second)}`;
}

/** A few fresh draws, then a number as shops do ("Technikwelt24", "Casa Tech 7"). */
function uniqueDisplayName(profile: TraderProfile, rng: Rng, taken: Set<string>): string {
  let name = displayName(profile, rng);
  for (let attempt = 0; attempt < 3 && taken.has(name); attempt++) name = displayName(profile, rng);
  const glue = SHOP_NAMES[profile.country.shop][2] ? '' : ' ';
  for (let n = 24; taken.has(name); n = rng.between(2, 999)) name = `${name.replace(/ ?\d+$/, '')}${glue}${n}`;
  taken.add(name);
  return name;
}

function legalName(profile: TraderProfile, rng: Rng): string {
  const c = profile.country;
  const pattern = rng.chance(0.25) ? rng.pick(c.sole) : rng.pick(c.company);
  const last = rng.pick(c.last);
  const others = c.last.filter((n) => n !== last);
  return fill(pattern, (slot) => {
    switch (slot) {
      case 'first': return rng.pick(c.first);
      case 'last': return last;
      case 'last2': return rng.pick(others.length > 0 ? others : c.last);
      case 'biz': return rng.pick(c.biz);
      case 'form': return rng.pick(c.forms);
      case 'word': return rng.pick(COMPANY_WORDS[c.shop]);
      case 'py': return rng.pick(PINYIN);
      case 'py2': return rng.pick(PINYIN).toLowerCase();
      default: return slot;
    }
  });
}

export function traderRecord(seed: number, profile: TraderProfile): DemoTraderRecord {
  // A stream of its own so legal names do not shift when the profile logic above changes.
  const rng = new Rng(deriveSeed(seed, TRADER_STREAM + 200, profile.index));
  const missingLegalName = profile.status === 'pending' && rng.chance(0.4);
  return {
    id: traderId(profile.index),
    input: {
      display_name: profile.displayName,
      legal_name: missingLegalName ? null : legalName(profile, rng),
      country: profile.country.code,
      status: profile.status,
      created_at: new Date(profile.createdAtMs).toISOString(),
    },
    label: { highRisk: profile.highRisk },
  };
}
