/**
 * PDQ photo hashing (Meta's published algorithm, as used by Hasher-Matcher-Actioner), DET-4.
 * Input is a decoded raster; the caller decodes (src/integrations/image-decode.ts), because
 * this library is pure. Output matches the reference C++ core bit for bit given the same
 * pixels (see docs/detection-images.md for the measured distances per reference image).
 */
import { dct64To16, dctToHash, pdqQuality } from './pdq-dct.js';
import { dihedralHashesFromDct, type DihedralHashes } from './pdq-dihedral.js';
import { downsampleLumaTo64, downsamplePixelsTo64 } from './pdq-downsample.js';
import { emptyPdqHash, type PdqHash } from './pdq-hash.js';
import { assertPixelImage, type PixelImage } from './pixel-image.js';

/** Images with a side shorter than this hash to all zeros with quality 0, as in the reference. */
export const PDQ_MIN_DIMENSION = 5;

export interface PdqResult {
  hash: PdqHash;
  /** 0–100; below 50 the hash is too flat to match on (PDQ_MIN_QUALITY). */
  quality: number;
}

export interface PdqDihedralResult extends PdqResult {
  dihedral: DihedralHashes;
}

interface PdqCore {
  dct: Float32Array | null;
  quality: number;
}

const tooSmall = (width: number, height: number): boolean => width < PDQ_MIN_DIMENSION || height < PDQ_MIN_DIMENSION;

const coreFrom64 = (small: Float32Array): PdqCore => ({ dct: dct64To16(small), quality: pdqQuality(small) });

const coreFromLuma = (luma: Float32Array, width: number, height: number): PdqCore =>
  tooSmall(width, height) ? { dct: null, quality: 0 } : coreFrom64(downsampleLumaTo64(luma, height, width));

const coreFromPixels = (img: PixelImage): PdqCore => {
  assertPixelImage(img);
  return tooSmall(img.width, img.height) ? { dct: null, quality: 0 } : coreFrom64(downsamplePixelsTo64(img));
};

const zeroDihedral = (): DihedralHashes => ({
  orig: emptyPdqHash(), rot90: emptyPdqHash(), rot180: emptyPdqHash(), rot270: emptyPdqHash(),
  flipX: emptyPdqHash(), flipY: emptyPdqHash(), flipPlus1: emptyPdqHash(), flipMinus1: emptyPdqHash(),
});

/**
 * Hash from a float luma plane (row-major, `width` × `height`). The plane is blurred in place.
 * Exposed for inputs that are not 8-bit rasters and for checking intermediates.
 */
export const pdqFromLuma = (luma: Float32Array, width: number, height: number): PdqResult => {
  const { dct, quality } = coreFromLuma(luma, width, height);
  return { hash: dct ? dctToHash(dct) : emptyPdqHash(), quality };
};

export const pdqFromPixels = (img: PixelImage): PdqResult => {
  const { dct, quality } = coreFromPixels(img);
  return { hash: dct ? dctToHash(dct) : emptyPdqHash(), quality };
};

/** The hash plus its 8 DCT-domain dihedral variants (orig equals `hash`). */
export const pdqDihedralFromPixels = (img: PixelImage): PdqDihedralResult => {
  const { dct, quality } = coreFromPixels(img);
  if (!dct) return { hash: emptyPdqHash(), quality, dihedral: zeroDihedral() };
  const dihedral = dihedralHashesFromDct(dct);
  return { hash: dihedral.orig, quality, dihedral };
};

/** The 16×16 DCT (row-major) before thresholding, or null below the minimum size. */
export const pdqDctFromPixels = (img: PixelImage): Float32Array | null => coreFromPixels(img).dct;
