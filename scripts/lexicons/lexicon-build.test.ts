import { describe, expect, it } from 'vitest';
import { DEFAULT_SOR } from '../../src/detection/lexicons/categories.js';
import { parseCsv } from './csv.js';
import { curatedFile } from './curated.js';
import { buildFoldData, foldCodePoint, parseConfusables, parseIgnorable } from './fold-data.js';
import { domainData, safetyGateData, trackingData } from './links-data.js';
import { brandGroups, dodGroups, emaGroups, gunGroups } from './sources.js';
import { createTermFilter, foldForCompare } from './term-filter.js';
import { spellingVariants, withSpellingVariants } from './variants.js';

const filter = createTermFilter(['alli', 'speed', 'hemp', 'phosphate', 'apple', 'star', 'general']);

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and blank lines', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n\r\n3,\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }, { a: '3', b: '' }]);
    expect(parseCsv('')).toEqual([]);
  });
});

describe('fold data from Unicode confusables', () => {
  const confusables = parseConfusables('0430 ;\t0061 ;\tMA\t# CYRILLIC A\n0031 ;\t006C ;\tMA\t# ASCII skipped\n# comment\n');
  it('parses single-code-point sources above ASCII only', () => {
    expect([...confusables]).toEqual([[0x430, 'a']]);
  });
  it('classifies foldings as confusable, compatibility or accent', () => {
    expect(foldCodePoint(0x430, confusables)).toEqual(['a', 'confusable']);
    expect(foldCodePoint(0xff41, confusables)).toEqual(['a', 'compat']);
    expect(foldCodePoint(0xe9, confusables)).toEqual(['e', 'accent']);
    expect(foldCodePoint(0xdf, confusables)).toEqual(['ss', 'accent']);
    expect(foldCodePoint(0x4e2d, confusables)).toBeUndefined();
  });
  it('parses default-ignorable ranges', () => {
    expect(parseIgnorable('200B..200F    ; Default_Ignorable_Code_Point # Cf\n00AD ; Default_Ignorable_Code_Point # Cf\n')).toEqual([[0x200b, 0x200f], [0xad, 0xad]]);
  });
  it('builds a table without ignorables and with the version', () => {
    const data = buildFoldData('# Version: 17.0.0\n0430 ;\t0061 ;\tMA\t#\n', '200B..200F ; Default_Ignorable_Code_Point #\n');
    expect(data.unicodeVersion).toBe('17.0.0');
    expect(data.entries.find(([cp]) => cp === 0x430)).toEqual([0x430, 'a', 'confusable']);
    expect(data.entries.some(([cp]) => cp === 0x200b)).toBe(false);
  });
});

describe('term filter', () => {
  it('drops everyday words of any language and fragments', () => {
    expect(filter.classify('Alli')).toBe('drop');
    expect(filter.classify('SPEED')).toBe('drop');
    expect(filter.classify('a1')).toBe('drop');
    expect(filter.classify('Foo®')).toBe('drop');
  });
  it('marks short names and acronyms weak, the rest strong', () => {
    expect(filter.classify('Evra')).toBe('weak');
    expect(filter.classify('DMAA')).toBe('weak');
    expect(filter.classify('semaglutide')).toBe('strong');
  });
  it('compares without case, accents or separators', () => {
    expect(foldForCompare('Al-Li')).toBe('al li');
    expect(filter.isCommon('ÀLLI')).toBe(true);
  });
});

describe('source lists', () => {
  it('EMA: INNs and brand names, generics by INN only, status tags', () => {
    const groups = emaGroups([
      { Category: 'Human', 'Medicine name': 'Ozempic', 'International non-proprietary name (INN) / common name': 'semaglutide', 'Authorisation status': 'Authorised' },
      { Category: 'Human', 'Medicine name': 'Clopidogrel Zentiva', 'International non-proprietary name (INN) / common name': 'clopidogrel', 'Authorisation status': 'Authorised' },
      { Category: 'Veterinary', 'Medicine name': 'Alli', 'International non-proprietary name (INN) / common name': 'orlistat, hemp', 'Authorisation status': 'Withdrawn' },
      { Category: 'Human', 'Medicine name': 'Vaxx', 'International non-proprietary name (INN) / common name': 'influenza vaccine (inactivated)', 'Authorisation status': 'Authorised' },
    ], filter);
    const terms = groups.flatMap((g) => g.terms.map((t) => `${t}:${g.strength}:${(g.tags ?? []).join('+')}`)).sort();
    expect(terms).toEqual(['clopidogrel:strong:ema+human', 'orlistat:strong:ema+veterinary+unauthorised', 'ozempic:strong:ema+human', 'semaglutide:strong:ema+human', 'vaxx:weak:ema+human']);
    expect(groups.every((g) => g.sor === DEFAULT_SOR.medicine)).toBe(true);
  });
  it('DoD: narcotics, medicines and supplement ingredients by reason', () => {
    const groups = dodGroups([
      { name: 'methylone', otherNames: ['bk-MDMA'], reasons: ['DEA Controlled Substance List: Schedule I'] },
      { name: 'sildenafil', otherNames: [], reasons: ['Prescription drug'] },
      { name: '1,3-dimethylamylamine', otherNames: ['DMAA', 'hemp'], reasons: ['FDA Statement'] },
    ], filter);
    const by = Object.fromEntries(groups.flatMap((g) => g.terms.map((t) => [t, g.category])));
    expect(by).toEqual({ methylone: 'narcotic', 'bk-mdma': 'narcotic', sildenafil: 'medicine', '1,3-dimethylamylamine': 'supplement', dmaa: 'supplement' });
  });
  it('guns: model names without calibres and generic words, all weak', () => {
    const [g] = gunGroups(['9mm Glock 17 handgun', '.223 Bushmaster assault rifle', '.38-caliber Star semiautomatic'], filter);
    expect(g!.terms).toEqual(['bushmaster', 'glock 17']);
    expect(g!.strength).toBe('weak');
  });
  it('brands: corporate suffixes removed, common words dropped', () => {
    const [g] = brandGroups(['Apple', 'Nike Inc.', 'General Motors', 'Exxon Mobil', 'Yum! Brands'], filter);
    expect(g!.terms.sort()).toEqual(['exxon', 'nike', 'yum']);
  });
});

describe('spelling variants of substance names', () => {
  it('adds the EU-language spellings of an INN', () => {
    expect(spellingVariants('oxycodone')).toEqual(expect.arrayContaining(['ossicodone', 'oxicodona', 'oksykodon']));
    expect(spellingVariants('ephedrine')).toEqual(expect.arrayContaining(['efedrina', 'efedryna']));
    expect(spellingVariants('finasteride')).toContain('finasterida');
    expect(spellingVariants('clonazepam')).toContain('clonazepamum');
  });
  it('leaves short and multi-word terms alone', () => {
    expect(spellingVariants('dmaa')).toEqual([]);
    expect(spellingVariants('insulin glargine')).toEqual([]);
  });
  it('adds a variants group only for strong substance items', () => {
    const file = withSpellingVariants({ name: 'x', version: '1', source: 's', licence: 'l', groups: [
      { category: 'medicine', role: 'item', strength: 'strong', sor: DEFAULT_SOR.medicine, terms: ['tramadol'] },
      { category: 'weapon', role: 'item', strength: 'strong', sor: DEFAULT_SOR.weapon, terms: ['revolver'] },
      { category: 'medicine', role: 'cue', strength: 'weak', sor: DEFAULT_SOR.medicine, terms: ['tablets'] },
    ] }, () => false);
    expect(file.groups).toHaveLength(4);
    expect(file.groups[3]).toMatchObject({ category: 'medicine', tags: ['spelling_variant'], terms: ['tramadolo', 'tramadolum'] });
  });
});

describe('curated files and link data', () => {
  it('turns per-language terms and brands into groups with statement-of-reasons grounds', () => {
    const file = curatedFile({ id: 'c', description: 'd', source: 's', licence: 'Apache-2.0', groups: [
      { category: 'counterfeit', role: 'item', strength: 'strong', brands: { rolex: ['rolex', 'datejust'] } },
      { category: 'counterfeit', role: 'cue', strength: 'strong', cue: 'counterfeit', terms: { en: ['replica', 'replica'], de: ['Replika'] } },
    ] }, (c) => DEFAULT_SOR[c]);
    expect(file.groups.map((g) => [g.brand ?? g.lang, g.terms])).toEqual([['rolex', ['rolex', 'datejust']], ['en', ['replica']], ['de', ['Replika']]]);
    expect(file.groups[0]!.sor.keyword).toBe('KEYWORD_TRADEMARK_INFRINGEMENT');
  });
  it('reads hosts-format lists, ClearURLs providers and Safety Gate rows', () => {
    expect(domainData('# c\nbit.ly\n\nt.me\n', { drugs: '0.0.0.0 a.com\n0.0.0.0 a.com\n# x\n' })).toEqual({ shorteners: ['bit.ly', 't.me'], blocklists: { drugs: ['a.com'] } });
    expect(trackingData({ providers: { p: { urlPattern: 'x', referralMarketing: ['tag'] } } }).providers[0]).toEqual({ name: 'p', urlPattern: 'x', rules: [], referral: ['tag'], redirections: [], exceptions: [] });
    const sg = safetyGateData([{ alert_number: 'A1', product_category: 'Motor vehicles' }, { alert_number: 'A2', product_category: 'Toys', brand: 'B', barcode: '123 456' }]);
    expect(sg.alerts).toEqual([expect.objectContaining({ id: 'A2', brand: 'B', barcode: '123456' })]);
  });
});
