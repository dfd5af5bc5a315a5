/** Turns the third-party source lists into lexicon groups, filtering terms that would flag everyday text. */
import { DEFAULT_SOR, type VigilCategory } from '../../src/detection/lexicons/categories.js';
import type { LexiconGroup } from '../../src/detection/lexicons/types.js';
import { foldForCompare, type TermFilter } from './term-filter.js';

type Bucket = Map<string, { category: VigilCategory; strong: boolean; tags: string[]; terms: Set<string> }>;

function add(bucket: Bucket, filter: TermFilter, category: VigilCategory, tags: string[], raw: string): void {
  const term = raw.replace(/\s+/g, ' ').replace(/^[\s,.;:]+|[\s,.;:]+$/g, '').trim();
  // Fragments of chemical or vaccine descriptions ("(S)-methoprene", "antigen (inactivated)") never
  // appear in listings as written; keep only clean names.
  if (/[()[\]{}]|(^|\s)-|-(\s|$)|\b(vaccine|virus|antigen|strain|inactivated|live|attenuated|recombinant|adjuvanted|serotype|infections?|swine|bovine|porcine|avian|equine|canine|feline|type [a-z0-9]|subunit|conjugated?|purified|human|derived|cells?)\b/i.test(term)) return;
  const cls = filter.classify(term);
  if (cls === 'drop') return;
  const key = `${category}|${cls}|${tags.join(',')}`;
  const entry = bucket.get(key) ?? { category, strong: cls === 'strong', tags, terms: new Set<string>() };
  entry.terms.add(term.toLowerCase());
  bucket.set(key, entry);
}

const toGroups = (bucket: Bucket): LexiconGroup[] =>
  [...bucket.values()].map((b) => ({
    category: b.category, role: 'item', strength: b.strong ? 'strong' : 'weak', sor: DEFAULT_SOR[b.category],
    ...(b.tags.length ? { tags: b.tags } : {}), terms: [...b.terms].sort(),
  }));

const COMPANY = /\b(zentiva|teva|mylan|accord|sandoz|krka|viatris|aurobindo|actavis|ratiopharm|stada|hexal|medac|hospira|pfizer|sun|dr\.? reddy'?s|glenmark|cipla|zydus|apotex|fresenius|baxter|amneal|norameda|ratio|generics|qualimed|winthrop|biogaran|egis|gedeon richter|polpharma|mundipharma|viatris)\b/i;

export function emaGroups(rows: Record<string, string>[], filter: TermFilter): LexiconGroup[] {
  const bucket: Bucket = new Map();
  for (const r of rows) {
    const status = (r['Authorisation status'] ?? '').toLowerCase();
    const tags = ['ema', r['Category'] === 'Veterinary' ? 'veterinary' : 'human', ...(status === 'authorised' ? [] : ['unauthorised'])];
    const inns = (r['International non-proprietary name (INN) / common name'] ?? '').split(/[,;/]| and /).map((s) => s.trim()).filter(Boolean);
    for (const inn of inns) if (inn.split(' ').length <= 3) add(bucket, filter, 'medicine', tags, inn);
    const name = (r['Medicine name'] ?? '').replace(/\(.*?\)/g, '').trim();
    const firstInn = inns[0]?.split(' ')[0]?.toLowerCase();
    // Generics are named "<INN> <company>": the INN already covers them.
    if (!name || COMPANY.test(name) || (firstInn && name.toLowerCase().startsWith(firstInn))) continue;
    if (name.split(' ').length <= 2) add(bucket, filter, 'medicine', tags, name);
  }
  return toGroups(bucket);
}

interface DodIngredient { name: string; otherNames: string[]; reasons: string[] }

export function dodGroups(items: DodIngredient[], filter: TermFilter): LexiconGroup[] {
  const bucket: Bucket = new Map();
  for (const it of items) {
    const reasons = it.reasons.join(' | ');
    // Schedule I substances have no accepted medical use: narcotics. Prescription and scheduled
    // medicines hidden in supplements are medicines; the rest are prohibited supplement ingredients.
    const category: VigilCategory = /Schedule I$|Schedule I\b(?!I|V)/.test(reasons) ? 'narcotic'
      : /Prescription drug|Schedule\s+(II|III|IV|V)\b/.test(reasons) ? 'medicine' : 'supplement';
    const tags = ['dod', ...(/WADA/.test(reasons) ? ['doping'] : [])];
    for (const n of [it.name, ...it.otherNames]) {
      if (n.length > 50 || /[()[\]]/.test(n.replace(/\(.*?\)/g, ''))) continue;
      add(bucket, filter, category, tags, n);
    }
  }
  return toGroups(bucket);
}

const DOSAGE_SUFFIX = /\s+(hfa|ls|xr|er|sr|xl|cr|odt|la|cd|dr|hct|plus|forte|sulfate|sodium|hydrochloride|hcl|calcium|potassium|maleate|mesylate|tartrate|succinate|acetate|citrate)$/i;

export function nlmGroups(drugs: string[], filter: TermFilter): LexiconGroup[] {
  const bucket: Bucket = new Map();
  for (const d of drugs) {
    add(bucket, filter, 'medicine', ['nlm'], d);
    const base = d.replace(DOSAGE_SUFFIX, '').trim();
    if (base !== d && base.length >= 6) add(bucket, filter, 'medicine', ['nlm'], base);
  }
  return toGroups(bucket);
}

const GUN_WORDS = /\b(caliber|calibre|gauge|semiautomatic|assault|rifle|carbine|handgun|revolver|shotgun|pump-action|sawed-off|two-shot|derringer|model|magnum|kurz|military|industries|israeli|century arms)\b/gi;

export function gunGroups(weapons: string[], filter: TermFilter): LexiconGroup[] {
  const bucket: Bucket = new Map();
  for (const w of weapons) {
    // Calibres (".223", "9mm", "7.62mm", "12-gauge", ".38-caliber") go; model numbers ("Glock 17") stay.
    const phrase = w.replace(/(^|\s)(?:\.\d+(?:-\d+|-caliber)?|\d+(?:\.\d+)?mm|\d+(?:\.\d+)?x\d+|\d+-(?:caliber|gauge))(?=\s|$)/gi, ' ').replace(GUN_WORDS, ' ').replace(/[,]/g, ' ').replace(/\s[a-z]$/i, '').replace(/\s+/g, ' ').trim();
    if (phrase.split(' ').length > 4 || foldForCompare(phrase).length < 4) continue;
    // Model names are homonyms of everyday words often enough ("Star", "Universal") to need a weapon cue.
    const cls = filter.classify(phrase);
    if (cls !== 'drop') bucket.set(`w|${phrase}`, { category: 'weapon', strong: false, tags: ['firearm_model'], terms: new Set([phrase.toLowerCase()]) });
  }
  const merged: Bucket = new Map([['weapon', { category: 'weapon', strong: false, tags: ['firearm_model'], terms: new Set([...bucket.values()].flatMap((b) => [...b.terms])) }]]);
  return toGroups(merged);
}

export function chemicalGroups(src: { chemicals: string[]; gases?: string[] }, filter: TermFilter): LexiconGroup[] {
  const bucket: Bucket = new Map();
  for (const c of [...src.chemicals, ...(src.gases ?? [])]) {
    if (filter.classify(c) === 'drop') continue;
    const entry = bucket.get('c') ?? { category: 'unsafe' as VigilCategory, strong: false, tags: ['toxic_chemical'], terms: new Set<string>() };
    entry.terms.add(c.replace(/\s*\(.*?\)\s*/g, ' ').trim().toLowerCase());
    bucket.set('c', entry);
  }
  return toGroups(bucket);
}

const CORP = /\s+(group|inc\.?|corp\.?|corporation|holdings?|stores|communications|energy|financial|international|industries|companies|company|co\.?|brands|worldwide|health|healthcare|services|systems|technologies|entertainment|mobil|motor|motors|resources|partners|bancorp|insurance|of america|& co\.?|\.com)$/i;

export function brandGroups(companies: string[], filter: TermFilter): LexiconGroup[] {
  const bucket: Bucket = new Map();
  for (const c of companies) {
    let name = c.replace(/[,.!]+$/, '');
    for (let i = 0; i < 3; i++) name = name.replace(CORP, '').trim();
    name = name.replace(/[,.!]+$/, '');
    if (name.split(' ').length > 2) continue;
    const cls = filter.classify(name);
    if (cls === 'drop') continue;
    const entry = bucket.get('b') ?? { category: 'counterfeit' as VigilCategory, strong: false, tags: ['brand', 'fortune500'], terms: new Set<string>() };
    entry.terms.add(name.toLowerCase());
    bucket.set('b', entry);
  }
  return toGroups(bucket);
}
