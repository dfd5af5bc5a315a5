/**
 * Relisting lookups (RO-6) against N removed listings (default one million), in one run:
 * - text: MinHash/LSH `RelistIndex` vs comparing the query's signature with every stored one;
 * - images: the PDQ multi-index `RelistImageIndex` vs a linear Hamming scan;
 * - a relisting lookup as screening does it (one text query and one image query).
 * Then recall and false positives on the generated re-upload fixtures (test/fixtures/relist), per
 * kind of edit and per channel. Bounded: fixed query counts, build time printed.
 *
 *   npx tsx bench/relist.ts [--removed 1000000] [--queries 2000] [--scan-queries 20]
 */
import { cpus, loadavg } from 'node:os';
import { pdqFromPixels } from '../src/detection/hashing/pdq.js';
import { emptyPdqHash, hammingDistance, PDQ_HASH_WORDS, pdqHashToHex, type PdqHash } from '../src/detection/hashing/pdq-hash.js';
import { normalize } from '../src/detection/normalize/normalize.js';
import { screen } from '../src/detection/screen.js';
import { minhash, RelistImageIndex, RelistIndex, shingles } from '../src/detection/signals/relist.js';
import { decodeImageForPdq } from '../src/integrations/image-decode.js';
import { loadEngine } from '../src/services/detection/load-engine.js';
import { buildRelistFixtures } from '../test/fixtures/relist/reuploads.js';
import { argNumber, seededRandom } from './args.js';

const REMOVED = argNumber('removed', 1_000_000);
const QUERIES = argNumber('queries', 2000);
const SCAN_QUERIES = Math.min(QUERIES, argNumber('scan-queries', 20));

const rand = seededRandom(20261129);
// A marketplace-like vocabulary: 20,000 made-up words, drawn with a skew (common words are common).
const SYL = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'so', 'vi', 'de', 'pa', 'xi', 'bo', 'le', 'mu', 'ri', 'gan', 'tor', 'vel', 'sin', 'dar'];
const vocab = Array.from({ length: 20_000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => SYL[Math.floor(rand() * SYL.length)]).join(''));
const word = (): string => vocab[Math.floor(rand() ** 2 * vocab.length)]!;
const listingText = (): string => Array.from({ length: 12 + Math.floor(rand() * 30) }, word).join(' ');
const editText = (t: string): string => {
  const w = t.split(' ');
  w.splice(Math.floor(rand() * w.length), 1);
  return `${w.join(' ')} ${word()}`;
};
const randomHash = (): PdqHash => {
  const h = emptyPdqHash();
  for (let k = 0; k < PDQ_HASH_WORDS; k++) h[k] = Math.floor(rand() * 2 ** 32) >>> 0;
  return h;
};
const flip = (h: PdqHash, bits: number): PdqHash => {
  const out = Uint32Array.from(h);
  for (let i = 0; i < bits; i++) { const b = Math.floor(rand() * 256); out[b >>> 5] = (out[b >>> 5]! ^ (1 << (b & 31))) >>> 0; }
  return out;
};
const mb = (n: number): string => `${(n / 1e6).toFixed(0)} MB`;
const rate = (n: number, ms: number): string => `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`;

console.log(`relisting benchmark: ${REMOVED.toLocaleString('en')} removed listings, ${QUERIES} queries (${SCAN_QUERIES} for the linear baselines), Node ${process.version}, ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

// Build: text signatures and image hashes of the removed listings. A sample of the texts is kept for queries.
let t0 = performance.now();
const text = new RelistIndex();
const hashes: PdqHash[] = new Array(REMOVED);
const sample: string[] = [];
for (let i = 0; i < REMOVED; i++) {
  const t = listingText();
  if (i % Math.max(1, Math.floor(REMOVED / QUERIES)) === 0 && sample.length < QUERIES) sample.push(t);
  text.addSignature(`r${i}`, minhash(shingles(t)));
  hashes[i] = randomHash();
}
const textBuildMs = performance.now() - t0;
t0 = performance.now();
const images = RelistImageIndex.build(hashes.map((hash, i) => ({ removedId: `r${i}`, hash })));
const imageBuildMs = performance.now() - t0;
text.querySignature(minhash(shingles('warm up the band tables')));
console.log(`build: text signatures ${(textBuildMs / 1000).toFixed(1)} s (band tables at first query), image index ${(imageBuildMs / 1000).toFixed(1)} s; RSS ${mb(process.memoryUsage().rss)}`);

// Queries: half are edited copies of removed listings (hits), half new listings (misses, the common case).
const textQueries = Array.from({ length: QUERIES }, (_, i) => (i % 2 === 0 ? editText(sample[i % sample.length]!) : listingText()));
const imageQueries = Array.from({ length: QUERIES }, (_, i) => (i % 2 === 0 ? flip(hashes[Math.floor(rand() * REMOVED)]!, 1 + Math.floor(rand() * 20)) : randomHash()));
const imageQueryHex = imageQueries.map((h) => pdqHashToHex(h));

let found = 0;
t0 = performance.now();
for (const q of textQueries) found += text.query(q, 0.6).length > 0 ? 1 : 0;
const textMs = performance.now() - t0;
t0 = performance.now();
let agree = 0;
for (let i = 0; i < SCAN_QUERIES; i++) {
  const sig = minhash(shingles(textQueries[i]!));
  const scanned = text.scanSignature(sig, 0.6);
  if (JSON.stringify(scanned) === JSON.stringify(text.querySignature(sig, 0.6))) agree++;
}
const textScanMs = performance.now() - t0;
console.log(`\ntext (MinHash 64, LSH 16×4, threshold 0.6): index ${rate(QUERIES, textMs)} (${found} of ${QUERIES} queries with a hit), linear signature scan ${rate(SCAN_QUERIES, textScanMs)}: index / scan ${((QUERIES / textMs) / (SCAN_QUERIES / textScanMs)).toFixed(0)}x; index and scan agree on ${agree}/${SCAN_QUERIES}`);

let imageHits = 0;
t0 = performance.now();
for (const hex of imageQueryHex) imageHits += images.match({ hash: hex, quality: 100 }).length > 0 ? 1 : 0;
const imageMs = performance.now() - t0;
t0 = performance.now();
for (let i = 0; i < SCAN_QUERIES; i++) {
  const q = imageQueries[i]!;
  for (let k = 0; k < REMOVED; k++) if (hammingDistance(hashes[k]!, q) <= 31) break;
}
const imageScanMs = performance.now() - t0;
console.log(`images (PDQ, distance ≤ 31): index ${rate(QUERIES, imageMs)} (${imageHits} of ${QUERIES} with a hit), linear Hamming scan ${rate(SCAN_QUERIES, imageScanMs)}: index / scan ${((QUERIES / imageMs) / (SCAN_QUERIES / imageScanMs)).toFixed(0)}x`);

t0 = performance.now();
for (let i = 0; i < QUERIES; i++) { text.query(textQueries[i]!, 0.6); images.match({ hash: imageQueryHex[i]!, quality: 100 }); }
const bothMs = performance.now() - t0;
const bothScan = (textScanMs + imageScanMs) / SCAN_QUERIES;
console.log(`relisting lookup (one text and one image query): ${rate(QUERIES, bothMs)} against ${rate(1, bothScan)} by linear scans: ${((QUERIES / bothMs) * bothScan).toFixed(0)}x; RSS ${mb(process.memoryUsage().rss)}`);

// Recall on the generated re-uploads, per edit and per channel.
const engine = loadEngine();
const fx = await buildRelistFixtures();
const pdqOf = async (img: Buffer) => {
  const r = pdqFromPixels((await decodeImageForPdq(img)).pixels);
  return { hash: r.hash, hex: pdqHashToHex(r.hash), quality: r.quality };
};
const fxText = new RelistIndex();
const norm = (s: string | null | undefined): string => normalize(s ?? '', engine.table).text;
for (const r of fx.removed) fxText.add(r.listing.id, `${norm(r.listing.title)} ${norm(r.listing.description)}`.trim());
const removedPdq = await Promise.all(fx.removed.map(async (r) => ({ removedId: r.listing.id, ...(await pdqOf(r.image)) })));
const fxImages = RelistImageIndex.build(removedPdq);
const RULES = new Set(['repeat.relisted-removed-item', 'repeat.image-hash-match']);
const outcome = async (c: (typeof fx.reuploads)[number]) => {
  const p = await pdqOf(c.image);
  const r = screen({ ...c.listing, images: [{ url: 'photo', hashMatches: fxImages.match({ hash: p.hex, quality: p.quality }) }] }, engine, { relist: fxText });
  const fired = (id: string) => r.rules.some((x) => x.id === id) && r.signals.some((s) => s.rule === id && (c.of === null || s.detail?.removedId === c.of || s.detail?.removedListingId === c.of));
  return { text: fired('repeat.relisted-removed-item'), image: fired('repeat.image-hash-match'), any: r.rules.some((x) => RULES.has(x.id)) };
};
console.log(`\nre-upload fixtures: ${fx.removed.length} removed listings, ${fx.reuploads.length} re-uploads, ${fx.negatives.length} other products`);
const byEdit = new Map<string, { n: number; text: number; image: number; either: number }>();
for (const c of fx.reuploads) {
  const o = await outcome(c);
  const e = byEdit.get(c.edit!) ?? { n: 0, text: 0, image: 0, either: 0 };
  e.n++;
  if (o.text) e.text++;
  if (o.image) e.image++;
  if (o.text || o.image) e.either++;
  byEdit.set(c.edit!, e);
}
let total = 0;
for (const [edit, e] of byEdit) {
  total += e.either;
  console.log(`  ${edit.padEnd(10)} recall ${(e.either / e.n).toFixed(2)} (text ${(e.text / e.n).toFixed(2)}, image ${(e.image / e.n).toFixed(2)})`);
}
let fp = 0;
for (const c of fx.negatives) if ((await outcome(c)).any) fp++;
console.log(`  overall recall ${(total / fx.reuploads.length).toFixed(3)}; false positives ${fp} of ${fx.negatives.length} (${(fp / fx.negatives.length).toFixed(3)})`);
console.log(`peak RSS ${mb(process.memoryUsage().rss)}`);
