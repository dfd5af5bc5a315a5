/**
 * PDQ benchmark (issue "Detection engine", targets: PDQ images/s and index lookup vs linear
 * scan at 1M hashes). Run: `npx tsx bench/pdq.ts [--hashes N] [--queries N]`.
 * Prints numbers measured in this run only; nothing is asserted.
 */
import { cpus, loadavg } from 'node:os';
import sharp from 'sharp';
import { pdqFromPixels, pdqDihedralFromPixels } from '../src/detection/hashing/pdq.js';
import { DIHEDRAL_NAMES } from '../src/detection/hashing/pdq-dihedral.js';
import { emptyPdqHash, PDQ_HASH_WORDS, type PdqHash } from '../src/detection/hashing/pdq-hash.js';
import { PdqIndexBuilder } from '../src/detection/hashing/pdq-index.js';
import { decodeImageForPdq } from '../src/integrations/image-decode.js';
import { argNumber, seededRandom } from './args.js';

const HASHES = argNumber('hashes', 1_000_000);
const QUERIES = argNumber('queries', 200);
const SCAN_QUERIES = Math.min(QUERIES, argNumber('scan-queries', 40));

const rand = seededRandom(20261129);
const randomHash = (): PdqHash => {
  const h = emptyPdqHash();
  for (let w = 0; w < PDQ_HASH_WORDS; w++) h[w] = Math.floor(rand() * 2 ** 32) >>> 0;
  return h;
};
const flipBits = (h: PdqHash, k: number): PdqHash => {
  const out = Uint32Array.from(h);
  const used = new Set<number>();
  while (used.size < k) used.add(Math.floor(rand() * 256));
  for (const b of used) out[b >>> 5] = (out[b >>> 5]! ^ (1 << (b & 31))) >>> 0;
  return out;
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (t: number): string => `${t.toFixed(3)} ms`;

/** A photo-like test image: a gradient, random shapes and noise, rendered by sharp. */
const makeImage = async (width: number, height: number, format: 'jpeg' | 'png'): Promise<Buffer> => {
  const shapes = Array.from({ length: 30 }, () =>
    `<ellipse cx="${rand() * width}" cy="${rand() * height}" rx="${rand() * width * 0.2}" ry="${rand() * height * 0.2}" ` +
    `fill="rgb(${Math.floor(rand() * 255)},${Math.floor(rand() * 255)},${Math.floor(rand() * 255)})" opacity="0.8"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g">` +
    `<stop offset="0" stop-color="#345"/><stop offset="1" stop-color="#fd8"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  const base = sharp(Buffer.from(svg)).blur(0.6);
  return format === 'jpeg' ? base.jpeg({ quality: 85 }).toBuffer() : base.png({ compressionLevel: 6 }).toBuffer();
};

const benchHashing = async (): Promise<void> => {
  console.log('## PDQ hashing (decode with sharp at full resolution + hash), single process');
  const cases: [string, number, number, 'jpeg' | 'png', number][] = [
    ['640x480 JPEG', 640, 480, 'jpeg', 60],
    ['1024x768 JPEG', 1024, 768, 'jpeg', 40],
    ['1600x1200 JPEG', 1600, 1200, 'jpeg', 20],
    ['1000x1000 PNG', 1000, 1000, 'png', 20],
  ];
  for (const [name, w, h, format, n] of cases) {
    const images = await Promise.all(Array.from({ length: 4 }, () => makeImage(w, h, format)));
    for (let i = 0; i < 3; i++) pdqFromPixels((await decodeImageForPdq(images[i % 4]!)).pixels); // warm up
    let decode = 0;
    let hash = 0;
    let dihedral = 0;
    let prescaled = 0;
    for (let i = 0; i < n; i++) {
      const p0 = performance.now();
      pdqFromPixels((await decodeImageForPdq(images[i % 4]!, undefined, { prescaleMaxSide: 512 })).pixels);
      prescaled += performance.now() - p0;
      const t0 = performance.now();
      const d = await decodeImageForPdq(images[i % 4]!);
      const t1 = performance.now();
      pdqFromPixels(d.pixels);
      const t2 = performance.now();
      pdqDihedralFromPixels(d.pixels);
      dihedral += performance.now() - t2;
      decode += t1 - t0;
      hash += t2 - t1;
    }
    const per = (decode + hash) / n;
    console.log(`${name.padEnd(15)} ${(1000 / per).toFixed(1).padStart(6)} images/s  (decode ${ms(decode / n)}, hash ${ms(hash / n)}, ` +
      `hash+8 dihedral ${ms(dihedral / n)}; ${(images[0]!.length / 1024).toFixed(0)} KiB input); ` +
      `opt-in prescale to 512: ${(1000 / (prescaled / n)).toFixed(1)} images/s`);
  }
};

const benchIndex = (): void => {
  console.log(`\n## Hash-bank index: ${HASHES.toLocaleString('en')} random hashes, ${QUERIES} queries with planted near matches`);
  const before = process.memoryUsage();
  const t0 = performance.now();
  const builder = new PdqIndexBuilder();
  const queries = Array.from({ length: QUERIES }, randomHash);
  let planted = 0;
  for (let i = 0; planted + i < HASHES; i++) {
    // Every 200th slot is a planted copy of a query at distance 0–40 (some beyond 31 on purpose).
    if (i % 200 === 0 && planted < QUERIES * 5) {
      builder.add(flipBits(queries[planted % QUERIES]!, Math.floor(rand() * 41)), 'planted', 'bench');
      planted++;
    }
    builder.add(randomHash(), `label-${i % 5000}`, i % 2 ? 'ngo-bank' : 'own-removals');
  }
  const t1 = performance.now();
  const index = builder.build();
  const t2 = performance.now();
  const after = process.memoryUsage();
  console.log(`entries ${index.size.toLocaleString('en')} (${planted} planted); fill ${ms(t1 - t0)}, build ${ms(t2 - t1)}`);
  console.log(`index typed arrays ${mb(index.byteSize)}; process rss ${mb(after.rss)} ` +
    `(+${mb(after.rss - before.rss)}), arrayBuffers +${mb(after.arrayBuffers - before.arrayBuffers)}, heapUsed +${mb(after.heapUsed - before.heapUsed)}`);

  let found = 0;
  const s0 = performance.now();
  for (const q of queries) found += index.search(q, 31).length;
  const searchMs = (performance.now() - s0) / QUERIES;

  // Index and scan alternate query by query, so both see the same machine load.
  let pairedIndex = 0;
  let pairedScan = 0;
  let scanFound = 0;
  let mismatches = 0;
  for (const q of queries.slice(0, SCAN_QUERIES)) {
    const a0 = performance.now();
    const viaIndex = index.search(q, 31);
    const a1 = performance.now();
    const viaScan = index.scan(q, 31);
    pairedScan += performance.now() - a1;
    pairedIndex += a1 - a0;
    scanFound += viaScan.length;
    if (viaIndex.map((m) => m.id).join() !== viaScan.map((m) => m.id).join()) mismatches++;
  }
  const scanMs = pairedScan / SCAN_QUERIES;
  console.log(`threshold 31: index ${ms(searchMs)}/query over ${QUERIES} queries (${found} matches); ` +
    `paired on ${SCAN_QUERIES} queries: index ${ms(pairedIndex / SCAN_QUERIES)}, linear scan ${ms(scanMs)} (${scanFound} matches); ` +
    `same results: ${mismatches === 0 ? 'yes' : `NO (${mismatches})`}`);
  console.log(`ratio index / linear scan (paired): ${(pairedIndex / pairedScan).toFixed(4)} (index is ${(pairedScan / pairedIndex).toFixed(0)}x faster)`);

  const variants = queries.slice(0, 50).map((q) => DIHEDRAL_NAMES.map((variant, i) => ({ variant, hash: i === 0 ? q : randomHash() })));
  const v0 = performance.now();
  for (const v of variants) index.searchVariants(v, 31);
  console.log(`8 dihedral variants per image: ${ms((performance.now() - v0) / variants.length)}/image`);

  for (const t of [47, 63]) {
    const r0 = performance.now();
    for (const q of queries.slice(0, 20)) index.search(q, t);
    console.log(`threshold ${t}: index ${ms((performance.now() - r0) / 20)}/query`);
  }
};

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`node ${process.version}, ${cpus().length} cores, load average at start: ${load()}`);
await benchHashing();
benchIndex();
console.log(`load average at end: ${load()} (other processes share these cores; compare ratios, not absolute times)`);
