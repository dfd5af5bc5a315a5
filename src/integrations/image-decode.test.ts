import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../core/errors.js';
import { hammingDistance, pdqHashToHex, tryParsePdqHex } from '../detection/hashing/pdq-hash.js';
import { pdqDihedralFromPixels, pdqFromPixels } from '../detection/hashing/pdq.js';
import { decodeImageForPdq, decodeImageForReading } from './image-decode.js';
import { sniffImageFormat } from './image-sniff.js';

const FIXTURES = new URL('../../test/fixtures/pdq/', import.meta.url);
const expected = readFileSync(new URL('expected.tsv', FIXTURES), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const DIH = ['rot90', 'rot180', 'rot270', 'flipX', 'flipY', 'flipPlus1', 'flipMinus1'] as const;

const rejects = async (p: Promise<unknown>, code: string, text: RegExp) => {
  try {
    await p;
  } catch (e) {
    expect(isDomainError(e) ? e.code : e).toBe(code);
    expect((e as Error).message).toMatch(text);
    return;
  }
  expect.unreachable('expected a DomainError');
};

describe('PDQ of the committed reference images (HMA pipeline values)', () => {
  it.each(expected)('%s hashes bit-exact, with quality and all 8 dihedral hashes', async (file, w, h, _mode, quality, hash, ...dihedral) => {
    const decoded = await decodeImageForPdq(readFileSync(new URL(file!, FIXTURES)));
    expect([decoded.width, decoded.height]).toEqual([Number(w), Number(h)]);
    const r = pdqDihedralFromPixels(decoded.pixels);
    expect(pdqHashToHex(r.hash)).toBe(hash);
    expect(r.quality).toBe(Number(quality));
    expect(DIH.map((n) => pdqHashToHex(r.dihedral[n]))).toEqual(dihedral);
  });

  it('hashes a palette GIF from its palette indices as HMA does, and keeps the true colours aside', async () => {
    const d = await decodeImageForPdq(readFileSync(new URL('gradient-100x100.gif', FIXTURES)));
    expect(d.pixelSource).toBe('palette_indices');
    expect(d.alternate?.reason).toBe('palette_colours');
    // The true-colour hash differs from HMA's (documented in the reference notes as dd908cc8…).
    expect(pdqHashToHex(pdqFromPixels(d.alternate!.pixels).hash).slice(0, 8)).toBe('dd908cc8');
  });

  it('ignores the embedded ICC profile, as HMA does (random-26x28.png has one)', async () => {
    const bytes = readFileSync(new URL('random-26x28.png', FIXTURES));
    const withIcc = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    const iccHash = pdqFromPixels({ width: 26, height: 28, channels: 4, data: withIcc.data }).hash;
    const ours = pdqFromPixels((await decodeImageForPdq(bytes)).pixels).hash;
    expect(pdqHashToHex(ours)).toBe(expected.find((r) => r[0] === 'random-26x28.png')![5]);
    expect(hammingDistance(iccHash, ours)).toBeGreaterThan(0);
  });
});

describe('decodeImageForPdq', () => {
  it('clips 16-bit grey to 255 like HMA and offers the scaled tones as the alternate', async () => {
    const w = 64;
    const raw = new Uint16Array(w * w).map((_, i) => (i % w) * 1000 + Math.floor(i / w) * 3);
    const png = await sharp(raw, { raw: { width: w, height: w, channels: 1 } }).toColourspace('grey16').png().toBuffer();
    const d = await decodeImageForPdq(png);
    expect(d.pixelSource).toBe('grey16_clipped');
    expect(Math.max(...d.pixels.data)).toBe(255);
    expect([...d.pixels.data.subarray(0, 3)]).toEqual([0, 255, 255]); // 0, 1000, 2000 clipped
    expect([...d.alternate!.pixels.data.subarray(0, 3)]).toEqual([0, 1000 >>> 8, 2000 >>> 8]);
  });

  it('hashes a grey image like the RGB image of the same tones', async () => {
    const grey = await sharp(readFileSync(new URL('square-128x128.jpg', FIXTURES))).toColourspace('b-w').png().toBuffer();
    const g = await decodeImageForPdq(grey);
    expect(g.pixelSource).toBe('grey');
    expect(g.pixels.channels).toBe(1);
    const asRgb = await sharp(grey).toColourspace('srgb').png().toBuffer();
    const c = await decodeImageForPdq(asRgb);
    expect(pdqHashToHex(pdqFromPixels(c.pixels).hash)).toBe(pdqHashToHex(pdqFromPixels(g.pixels).hash));
  });

  it('does not apply EXIF orientation (HMA does not), but reading does', async () => {
    const src = readFileSync(new URL('shrink-a-lot.jpg', FIXTURES));
    const rotated = await sharp(src).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const d = await decodeImageForPdq(rotated);
    expect([d.width, d.height, d.orientation]).toEqual([160, 100, 6]);
    expect(d.pixels.width).toBe(160);
    const reading = await decodeImageForReading(rotated);
    expect([reading.width, reading.height, reading.channels]).toEqual([100, 160, 3]);
  });

  it('prescales on request (faster, a few bits off) and not by default', async () => {
    const src = readFileSync(new URL('square-128x128.jpg', FIXTURES));
    const full = await decodeImageForPdq(src);
    const small = await decodeImageForPdq(src, undefined, { prescaleMaxSide: 64 });
    expect([full.pixels.width, small.pixels.width, small.width]).toEqual([128, 64, 128]);
    expect(hammingDistance(pdqFromPixels(full.pixels).hash, pdqFromPixels(small.pixels).hash)).toBeLessThanOrEqual(31);
  });

  it('still hashes a truncated JPEG (the undamaged part is evidence)', async () => {
    const src = readFileSync(new URL('square-128x128.jpg', FIXTURES));
    const d = await decodeImageForPdq(src.subarray(0, Math.floor(src.length * 0.7)));
    expect(d.width).toBe(128);
    const full = pdqFromPixels((await decodeImageForPdq(src)).pixels).hash;
    expect(hammingDistance(pdqFromPixels(d.pixels).hash, full)).toBeGreaterThan(0);
  });

  it('refuses non-images, oversize inputs and oversize pixel counts with reasons', async () => {
    await rejects(decodeImageForPdq(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), 'unsupported_media_type', /SVG document/);
    await rejects(decodeImageForPdq(Buffer.from('<!DOCTYPE html><html>')), 'unsupported_media_type', /HTML page/);
    await rejects(decodeImageForPdq(new Uint8Array(0)), 'unsupported_media_type', /empty input/);
    await rejects(decodeImageForPdq(Buffer.from([0xff, 0xd8, 0xff, 0x00, 1, 2, 3])), 'unsupported_media_type', /jpeg image could not be decoded/);
    const big = readFileSync(new URL('wee.jpg', FIXTURES));
    await rejects(decodeImageForPdq(big, { maxInputBytes: 1000, maxPixels: 1e6 }), 'payload_too_large', /13664 bytes; the limit is 1000/);
    await rejects(decodeImageForPdq(big, { maxInputBytes: 1e6, maxPixels: 1000 }), 'payload_too_large', /34x42 = 1428 pixels/);
    await rejects(decodeImageForReading(big, { limits: { maxInputBytes: 1e6, maxPixels: 1000 } }), 'payload_too_large', /pixels/);
  });
});

describe('sniffImageFormat', () => {
  it('names the raster formats it accepts and what others look like', () => {
    expect(sniffImageFormat(Buffer.from('GIF89a......'))).toEqual({ ok: true, format: 'gif' });
    expect(sniffImageFormat(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toEqual({ ok: true, format: 'webp' });
    expect(sniffImageFormat(Buffer.from('\0\0\0\x1cftypavif'))).toEqual({ ok: true, format: 'avif' });
    expect(sniffImageFormat(Buffer.from('\0\0\0\x1cftypmp42'))).toMatchObject({ ok: false, looksLike: expect.stringContaining('mp42') });
    expect(sniffImageFormat(Buffer.from('%PDF-1.7'))).toEqual({ ok: false, looksLike: 'a PDF document' });
    expect(sniffImageFormat(Buffer.from('BM\0\0'))).toMatchObject({ ok: false, looksLike: expect.stringContaining('BMP') });
  });
});

it('parses the expected table (guards the fixture itself)', () => {
  expect(expected).toHaveLength(5);
  for (const row of expected) for (const h of row.slice(5)) expect(tryParsePdqHex(h).ok).toBe(true);
});
