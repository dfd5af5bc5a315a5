import type { LexiconFile, LexiconGroup } from '../../src/detection/lexicons/types.js';

/**
 * International non-proprietary names are spelled per language: tramadol/tramadolo, oxycodone/
 * ossicodone/oxicodona/oksykodon, finasteride/finasterida/finasteryd, ephedrine/efedrina. These
 * regular rewrites give the lexicon the EU-language spellings of every long single-word substance
 * name, so a listing in Italian or Polish is matched without a per-language drug list.
 */
// Latin pharmacopoeia names ("Clonazepamum", "Tramadoli hydrochloridum") are used on Polish packs.
const SUFFIXES: [RegExp, string[]][] = [
  [/ine$/, ['ina', 'in', 'yna', 'ine', 'inum']],
  [/one$/, ['ona', 'on', 'one', 'onum']],
  [/ide$/, ['ida', 'id', 'yd', 'idum']],
  [/ole$/, ['ol', 'olo', 'olum']],
  [/ol$/, ['olo', 'ol', 'olum']],
  [/ate$/, ['ato', 'at']],
  [/ene$/, ['eno', 'en']],
  [/am$/, ['amo', 'am', 'amum']],
  [/in$/, ['ina', 'ine', 'in']],
  [/il$/, ['ilo', 'ila', 'il']],
];

export function spellingVariants(term: string): string[] {
  if (!/^[a-z]{7,}$/.test(term)) return [];
  const stems = new Set([term]);
  // Romance and Slavic spellings: ph→f, th→t, y→i, x→ss (IT), c→k (PL/NL), ch→k.
  const romance = term.replace(/ph/g, 'f').replace(/th/g, 't').replace(/y/g, 'i');
  stems.add(romance);
  stems.add(romance.replace(/x/g, 'ss'));
  stems.add(romance.replace(/x/g, 's'));
  stems.add(term.replace(/ph/g, 'f').replace(/x/g, 'ks').replace(/c(?=[aou])/g, 'k'));
  stems.add(romance.replace(/c(?=[aou])/g, 'k').replace(/ch/g, 'ch'));
  const out = new Set<string>();
  for (const s of stems) {
    out.add(s);
    for (const [re, endings] of SUFFIXES) {
      if (re.test(s)) for (const e of endings) out.add(s.replace(re, e));
    }
  }
  out.delete(term);
  return [...out].filter((v) => v.length >= 7);
}

/** Adds a variants group beside every strong substance group of a file. */
export function withSpellingVariants(file: LexiconFile, isCommon: (t: string) => boolean): LexiconFile {
  const groups: LexiconGroup[] = [...file.groups];
  for (const g of file.groups) {
    if (g.role !== 'item' || g.strength !== 'strong' || !['medicine', 'supplement', 'narcotic'].includes(g.category)) continue;
    const existing = new Set(g.terms);
    const terms = [...new Set(g.terms.flatMap(spellingVariants))].filter((t) => !existing.has(t) && !isCommon(t)).sort();
    if (terms.length) groups.push({ ...g, tags: [...(g.tags ?? []), 'spelling_variant'], terms });
  }
  return { ...file, groups };
}
