/**
 * PDQ against the full ThreatExchange reference set (33 images, HMA pipeline values) and the
 * float32 intermediates of the reference core. The set lives in the team's shared data folder
 * beside the repository, not in the repository; where it is absent (a clean clone elsewhere)
 * only this file is skipped — the committed fixtures in src/integrations/image-decode.test.ts
 * always run.
 */
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { dct64To16 } from '../src/detection/hashing/pdq-dct.js';
import { DIHEDRAL_NAMES } from '../src/detection/hashing/pdq-dihedral.js';
import { downsampleLumaTo64, lumaFromPixels } from '../src/detection/hashing/pdq-downsample.js';
import { hammingDistance, pdqHashToHex, tryParsePdqHex } from '../src/detection/hashing/pdq-hash.js';
import { pdqDihedralFromPixels } from '../src/detection/hashing/pdq.js';
import { decodeImageForPdq } from '../src/integrations/image-decode.js';

const REF = new URL('../../shared/data/pdq-reference/', import.meta.url);
const present = existsSync(new URL('expected/local-hma-pipeline.tsv', REF));
const read = (path: string) => readFileSync(new URL(path, REF));
const hash = (hex: string) => {
  const r = tryParsePdqHex(hex);
  if (!r.ok) throw new Error(r.reason);
  return r.hash;
};

describe.skipIf(!present)('PDQ vs the reference set in ../shared/data/pdq-reference', () => {
  const rows = present ? read('expected/local-hma-pipeline.tsv').toString('utf8').trim().split('\n').slice(1).map((l) => l.split('\t')) : [];
  const report: string[] = [];
  afterAll(() => {
    if (report.length > 0) console.log(`PDQ distance to the reference (hash / worst dihedral), ${report.length} images:\n${report.join('\n')}`);
  });

  it('has all 33 images', () => expect(rows).toHaveLength(33));

  // The tolerance in docs/detection-images.md is 0 bits for PNG/GIF and ≤ 16 bits for JPEG
  // (decoder differences); with sharp's libjpeg-turbo-derived decoder every JPEG is exact too.
  it.each(rows)('%s', async (file, _w, _h, _mode, quality, expectedHex, _f64, _diff, ...dihedral) => {
    const decoded = await decodeImageForPdq(read(file!));
    const r = pdqDihedralFromPixels(decoded.pixels);
    const d = hammingDistance(r.hash, hash(expectedHex!));
    const dd = DIHEDRAL_NAMES.slice(1).map((n, i) => hammingDistance(r.dihedral[n], hash(dihedral[i]!)));
    report.push(`  ${file}: ${d} / ${Math.max(...dd)} (quality ${r.quality}, expected ${quality})`);
    const lossless = !/\.jpe?g$/.test(file!);
    expect(d).toBeLessThanOrEqual(lossless ? 0 : 16);
    expect(Math.max(...dd)).toBeLessThanOrEqual(lossless ? 0 : 16);
    if (lossless) expect(r.quality).toBe(Number(quality));
    // With the pinned sharp (mozjpeg: libjpeg-turbo's ISLOW IDCT and fancy upsampling, like
    // Pillow's decoder) JPEGs are bit-exact too; a sharp upgrade may relax this to the tolerance.
    if (sharp.versions.sharp === '0.35.5') expect(pdqHashToHex(r.hash)).toBe(expectedHex);
  });

  const numbers = (path: string) => read(path).toString('utf8').trim().split(/\s+/).map((s) => Math.fround(Number(s)));
  const intermediates: [string, string][] = [
    ['LA', 'images/hma-resources/LA.png'],
    ['pen-and-coaster', 'images/misc/pen-and-coaster.png'],
    ['random-26x28', 'images/hma-resources/random-26x28.png'],
  ];
  it.each(intermediates)('%s: the 64×64 buffer and the 16×16 DCT equal the reference core float for float', async (name, file) => {
    const { pixels } = await decodeImageForPdq(read(file));
    const small = downsampleLumaTo64(lumaFromPixels(pixels), pixels.height, pixels.width);
    expect([...small]).toEqual(numbers(`expected/intermediates/${name}-64x64.txt`));
    expect([...dct64To16(small)]).toEqual(numbers(`expected/intermediates/${name}-dct16x16.txt`));
  });
});
