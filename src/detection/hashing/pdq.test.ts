import { describe, expect, it } from 'vitest';
import { pdqDctFromPixels, pdqDihedralFromPixels, pdqFromLuma, pdqFromPixels } from './pdq.js';
import { DIHEDRAL_NAMES, type DihedralName } from './pdq-dihedral.js';
import { hammingDistance, popcountHash, pdqHashToHex } from './pdq-hash.js';
import { jaroszWindowSize } from './pdq-downsample.js';
import type { PixelImage } from './pixel-image.js';

/** Deterministic PRNG so failures reproduce. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** A photo-like RGB image: a gradient with a dozen overlapping ellipses and a little noise. */
const synthetic = (width: number, height: number, seed: number): PixelImage => {
  const r = rng(seed);
  const shapes = Array.from({ length: 12 }, () => ({
    cx: r() * width, cy: r() * height, rx: (0.05 + r() * 0.25) * width, ry: (0.05 + r() * 0.25) * height,
    rgb: [r() * 255, r() * 255, r() * 255],
  }));
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let rgb = [(x / width) * 200, (y / height) * 200, 100];
      for (const s of shapes) if (((x - s.cx) / s.rx) ** 2 + ((y - s.cy) / s.ry) ** 2 <= 1) rgb = s.rgb;
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) data[o + c] = Math.max(0, Math.min(255, rgb[c]! + (r() - 0.5) * 8));
    }
  }
  return { width, height, channels: 3, data };
};

/** Pixel-domain dihedral transforms, with the meanings the reference tools give the names. */
const transform = (img: PixelImage, name: DihedralName): PixelImage => {
  const { width: w, height: h, channels: ch, data } = img;
  const swap = ['rot90', 'rot270', 'flipPlus1', 'flipMinus1'].includes(name);
  const W = swap ? h : w;
  const H = swap ? w : h;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const [sx, sy] = {
        orig: [x, y], rot90: [w - 1 - y, x], rot180: [w - 1 - x, h - 1 - y], rot270: [y, h - 1 - x],
        flipX: [x, h - 1 - y], flipY: [w - 1 - x, y], flipPlus1: [y, x], flipMinus1: [w - 1 - y, h - 1 - x],
      }[name] as [number, number];
      for (let c = 0; c < ch; c++) out[(y * W + x) * ch + c] = data[(sy * w + sx) * ch + c]!;
    }
  }
  return { width: W, height: H, channels: ch, data: out };
};

describe('pdqFromPixels', () => {
  it('gives an all-zero hash with quality 0 below 5 px on a side, as the reference does', () => {
    const r = pdqFromPixels({ width: 4, height: 100, channels: 1, data: new Uint8Array(400).fill(7) });
    expect(pdqHashToHex(r.hash)).toBe('0'.repeat(64));
    expect(r.quality).toBe(0);
  });

  it('sets half the bits on a textured image and scores its quality high', () => {
    const r = pdqFromPixels(synthetic(300, 200, 1));
    expect(popcountHash(r.hash)).toBe(128);
    expect(r.quality).toBeGreaterThanOrEqual(50);
  });

  it('scores a flat image 0 (its hash must not be matched on)', () => {
    expect(pdqFromPixels({ width: 90, height: 90, channels: 3, data: new Uint8Array(90 * 90 * 3).fill(200) }).quality).toBe(0);
  });

  it('is stable under small changes and far from an unrelated image', () => {
    const img = synthetic(320, 240, 2);
    const noisy = { ...img, data: img.data.map((v, i) => Math.max(0, Math.min(255, v + ((i * 7919) % 5) - 2))) };
    const base = pdqFromPixels(img).hash;
    expect(hammingDistance(base, pdqFromPixels(noisy).hash)).toBeLessThanOrEqual(8);
    expect(hammingDistance(base, pdqFromPixels(synthetic(320, 240, 99)).hash)).toBeGreaterThan(60);
  });

  it('treats grey, grey+alpha, RGB and RGBA of the same grey picture alike (alpha ignored)', () => {
    const grey = synthetic(64, 80, 3);
    const g = new Uint8Array(64 * 80).map((_, p) => grey.data[p * 3 + 1]!);
    const ga = new Uint8Array(64 * 80 * 2).map((_, i) => (i % 2 === 0 ? g[i >> 1]! : (i * 31) & 255));
    const rgb = new Uint8Array(64 * 80 * 3).map((_, i) => g[Math.floor(i / 3)]!);
    const rgba = new Uint8Array(64 * 80 * 4).map((_, i) => (i % 4 === 3 ? 0 : g[i >> 2]!));
    const hashes = [
      pdqFromPixels({ width: 64, height: 80, channels: 1, data: g }),
      pdqFromPixels({ width: 64, height: 80, channels: 2, data: ga }),
      pdqFromPixels({ width: 64, height: 80, channels: 3, data: rgb }),
      pdqFromPixels({ width: 64, height: 80, channels: 4, data: rgba }),
    ].map((r) => pdqHashToHex(r.hash));
    expect(new Set(hashes).size).toBe(1);
  });

  it('takes a 64×64 luma plane as already downsampled', () => {
    const luma = new Float32Array(64 * 64).map((_, i) => (i * 37) % 251);
    const a = pdqFromLuma(Float32Array.from(luma), 64, 64);
    const b = pdqFromLuma(Float32Array.from(luma), 64, 64);
    expect(pdqHashToHex(a.hash)).toBe(pdqHashToHex(b.hash));
    expect(popcountHash(a.hash)).toBe(128);
  });

  it('rejects a buffer whose length does not fit its size', () => {
    expect(() => pdqFromPixels({ width: 10, height: 10, channels: 3, data: new Uint8Array(10) })).toThrow(/bytes for 10x10x3/);
  });

  it('uses the reference Jarosz window sizes', () => {
    expect([1600, 1004, 256, 128, 64, 5].map(jaroszWindowSize)).toEqual([13, 8, 2, 1, 1, 1]);
  });
});

describe('dihedral variants from the DCT', () => {
  const img = synthetic(640, 480, 5);
  const res = pdqDihedralFromPixels(img);

  it('has the plain hash as its orig variant', () => {
    expect(pdqHashToHex(res.dihedral.orig)).toBe(pdqHashToHex(pdqFromPixels(img).hash));
  });

  // The DCT-domain variants approximate the hash of the transformed pixels (the blur window
  // and the decimation grid are not exactly symmetric), so allow up to 16 bits (measured here: 0–14), half the match threshold of 31.
  it.each(DIHEDRAL_NAMES)('%s matches the hash of the physically transformed image', (name) => {
    const physical = pdqFromPixels(transform(img, name)).hash;
    expect(hammingDistance(res.dihedral[name], physical)).toBeLessThanOrEqual(16);
  });

  it('keeps the variants far apart from each other', () => {
    const hs = DIHEDRAL_NAMES.map((n) => res.dihedral[n]);
    for (let i = 0; i < hs.length; i++) for (let j = i + 1; j < hs.length; j++) expect(hammingDistance(hs[i]!, hs[j]!)).toBeGreaterThan(40);
  });

  it('exposes the DCT for debugging', () => {
    expect(pdqDctFromPixels(img)?.length).toBe(256);
    expect(pdqDctFromPixels({ width: 3, height: 3, channels: 1, data: new Uint8Array(9) })).toBeNull();
  });
});
