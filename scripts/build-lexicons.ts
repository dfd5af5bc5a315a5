/**
 * Builds data/lexicons/*.json from the source lists in data/sources, data/unicode and data/curated.
 * Run: npx tsx scripts/build-lexicons.ts. The output is committed so `vigil screen` needs no build.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SOR, type VigilCategory } from '../src/detection/lexicons/categories.js';
import type { LexiconFile, LexiconGroup } from '../src/detection/lexicons/types.js';
import { buildFoldData } from './lexicons/fold-data.js';
import { parseCsv } from './lexicons/csv.js';
import { curatedFile, type CuratedFile } from './lexicons/curated.js';
import { createTermFilter } from './lexicons/term-filter.js';
import { emaGroups, dodGroups, nlmGroups, gunGroups, chemicalGroups, brandGroups } from './lexicons/sources.js';
import { domainData, trackingData, safetyGateData } from './lexicons/links-data.js';
import { withSpellingVariants } from './lexicons/variants.js';

const root = process.cwd();
const dataDir = join(root, 'data');
const out = join(dataDir, 'lexicons');
mkdirSync(out, { recursive: true });

const read = (path: string): string => readFileSync(join(dataDir, path), 'utf8');
const readJson = <T>(path: string): T => JSON.parse(read(path)) as T;
const write = (name: string, value: unknown): void => {
  writeFileSync(join(out, name), `${JSON.stringify(value)}\n`);
  console.log(`wrote data/lexicons/${name}`);
};

const common = readJson<{ words: Record<string, string[]> }>('curated/common-words.json');
const filter = createTermFilter(Object.values(common.words).flat());

write('fold.json', buildFoldData(read('unicode/confusables.txt'), read('unicode/DerivedCoreProperties_DefaultIgnorable_subset.txt')));

const sourced = (name: string, version: string, source: string, licence: string, groups: LexiconGroup[]): LexiconFile =>
  withSpellingVariants({ name, version, source, licence, groups: groups.filter((g) => g.terms.length > 0) }, filter.isCommon);

write('ema-medicines.json', sourced('ema-medicines', '2023-03-12', 'EMA EPAR medicines table (data/sources/ema-epar-medicines)',
  'EMA: reproduction authorised provided the source is acknowledged', emaGroups(parseCsv(read('sources/ema-epar-medicines/epar_medicines_2023-03-12.csv')), filter)));
write('dod-supplement-ingredients.json', sourced('dod-supplement-ingredients', '2026-03-15', 'U.S. DoD Prohibited Dietary Supplement Ingredients (data/sources/dod-prohibited-supplement-ingredients)',
  'U.S. Government work (public domain); repository MIT', dodGroups(readJson('sources/dod-prohibited-supplement-ingredients/ingredients.json'), filter)));
write('nlm-drugs.json', sourced('nlm-drugs', 'cf30ca2', 'dariusk/corpora medicine lists from the U.S. NLM Drug Portal (data/sources/corpora)', 'CC0-1.0',
  nlmGroups(readJson<{ drugs: string[] }>('sources/corpora/drugs.json').drugs, filter)));
write('weapons-models.json', sourced('weapons-models', 'cf30ca2', 'dariusk/corpora guns_n_rifles (data/sources/corpora)', 'CC0-1.0',
  gunGroups(readJson<{ weapons: string[] }>('sources/corpora/guns_n_rifles.json').weapons, filter)));
write('toxic-chemicals.json', sourced('toxic-chemicals', 'cf30ca2', 'dariusk/corpora toxic_chemicals (data/sources/corpora)', 'CC0-1.0',
  chemicalGroups(readJson<{ chemicals: string[]; gases?: string[] }>('sources/corpora/toxic_chemicals.json'), filter)));
write('fortune500-brands.json', sourced('fortune500-brands', 'cf30ca2', 'dariusk/corpora fortune500 (data/sources/corpora)', 'CC0-1.0',
  brandGroups(readJson<{ companies: string[] }>('sources/corpora/fortune500.json').companies, filter)));
write('drug-stems.json', {
  source: 'dariusk/corpora drugNameStems (U.S. NLM)', licence: 'CC0-1.0',
  // Only suffix stems of five letters or more: shorter ones ("-cept", "-ol") end everyday words.
  suffixes: readJson<{ stems: string[] }>('sources/corpora/drugNameStems.json').stems
    .filter((s) => s.startsWith('-') && !s.endsWith('-'))
    .map((s) => s.slice(1).toLowerCase())
    .filter((s) => /^[a-z]{5,}$/.test(s)),
});

for (const name of ['medicine', 'supplement', 'narcotics', 'adult', 'counterfeit', 'weapons', 'unsafe', 'hidden-links', 'off-platform']) {
  write(`curated-${name}.json`, withSpellingVariants(curatedFile(readJson<CuratedFile>(`curated/${name}.json`), (c: VigilCategory) => DEFAULT_SOR[c]), filter.isCommon));
}
write('brand-prices.json', readJson('curated/brand-reference-prices.json'));
write('domains.json', domainData(read('sources/url-shorteners/list.txt'), {
  drugs: read('sources/blocklistproject/drugs.txt'),
  scam: read('sources/blocklistproject/scam.txt'),
  whatsapp: read('sources/blocklistproject/whatsapp.txt'),
}));
write('tracking.json', trackingData(readJson('sources/clearurls-rules/data.min.json')));
write('safety-gate.json', safetyGateData(parseCsv(read('sources/eu-safety-gate/safety_gate_alerts.csv'))));
