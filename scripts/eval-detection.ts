/**
 * Evaluates the detection engine on the labelled corpus in test/fixtures/detection (DET-1, DET-6):
 * precision, recall and false-positive rate per category, language and evasion transform.
 * Run: npm run eval:detection [-- --verbose]
 */
import { join } from 'node:path';
import { screen } from '../src/detection/screen.js';
import { loadEngine, PROJECT_ROOT } from '../src/services/detection/load-engine.js';
import { loadCorpus } from './eval/corpus.js';
import { formatTable, rowsBy, score } from './eval/metrics.js';

const verbose = process.argv.includes('--verbose');
const engine = loadEngine({ ownDomains: ['example-market.eu'] });
const corpus = loadCorpus(join(PROJECT_ROOT, 'test', 'fixtures', 'detection'));
const scored = corpus.map((item) => score(item, screen(item.listing, engine)));

const originals = scored.filter((s) => !s.item.evasion);
const evasions = scored.filter((s) => s.item.evasion);
const legit = scored.filter((s) => s.item.label === 'legit');
const hard = legit.filter((s) => s.item.lookAlike !== 'ordinary');

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');
console.log(`corpus: ${originals.length - legit.length} written positives, ${evasions.length} evasion variants, ${legit.length} legit listings (${hard.length} hard negatives)`);
console.log(`recall on written positives: ${ratio(originals.filter((s) => s.item.label !== 'legit' && s.correct).length, originals.length - legit.length)}`);
console.log(`recall on evasion variants:  ${ratio(evasions.filter((s) => s.correct).length, evasions.length)}  (target >= 0.95)`);
console.log(`false-positive rate, legit:  ${ratio(legit.filter((s) => s.flagged).length, legit.length)}  (target <= 0.01)`);
console.log(`false-positive rate, hard negatives only: ${ratio(hard.filter((s) => s.flagged).length, hard.length)}`);

const byCategory = rowsBy(scored, (s) => (s.item.label === 'legit' ? s.item.lookAlike === 'ordinary' ? undefined : s.item.lookAlike : s.item.label), (k) => k);
console.log(formatTable('per category (n- = hard negatives that look like the category; precision over the whole corpus)', byCategory));
console.log(formatTable('per language', rowsBy(scored, (s) => s.item.lang)));
console.log(formatTable('per evasion transform (positives only)', rowsBy(evasions, (s) => s.item.evasion)));

if (verbose) {
  console.log('\nmisses and false positives:');
  for (const s of scored.filter((x) => !x.correct)) {
    console.log(`  ${s.item.listing.id} [${s.item.label}] ${s.result.verdict} ${JSON.stringify(s.result.categories)} :: ${s.item.listing.title}`);
  }
}
