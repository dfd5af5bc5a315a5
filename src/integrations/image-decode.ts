/**
 * Image bytes → pixels, with limits (DET-4; bad input: "too large or not an image is refused
 * with a reason"). Takes bytes only: fetching image URLs is the SSRF-safe link resolver's job.
 *
 * Two decodes serve two purposes:
 *  - `decodeImageForPdq` feeds PDQ exactly what HMA's pipeline feeds it, so hashes meet the
 *    hashes in shared banks bit for bit: full resolution (no pre-resize), EXIF orientation NOT
 *    applied, embedded ICC profiles ignored, alpha dropped without compositing, palette images
 *    as palette indices, 16-bit grey clipped to 255. The last two are quirks of HMA's Pillow
 *    path; where they apply, the faithful pixels are returned as `alternate` too.
 *  - `decodeImageForReading` gives an upright, bounded, white-backed raster for OCR and QR.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import { DomainError } from '../core/errors.js';
import type { PixelImage } from '../detection/hashing/pixel-image.js';
import { gifPalette, paletteIndices, pngPalette } from './image-palette.js';
import { sniffImageFormat, type RasterFormat } from './image-sniff.js';

export interface ImageLimits {
  /** Largest accepted input, in bytes. */
  maxInputBytes: number;
  /** Largest accepted width × height, checked from the header before decoding. */
  maxPixels: number;
}

/** 20 MiB and 50 MP: above any product photo, below what would strain a 2-core worker. */
export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxInputBytes: 20 * 1024 * 1024, maxPixels: 50_000_000 };

export type PdqPixelSource = 'colour' | 'grey' | 'palette_indices' | 'grey16_clipped' | 'high_byte';

export interface DecodedForPdq {
  format: RasterFormat;
  width: number;
  height: number;
  /** EXIF orientation tag (1–8) when present; deliberately not applied (HMA does not). */
  orientation?: number;
  pixels: PixelImage;
  pixelSource: PdqPixelSource;
  /** The image's real colours / tones where HMA's pixels differ from them. */
  alternate?: { reason: 'palette_colours' | 'grey16_scaled'; pixels: PixelImage };
}

interface Probe {
  format: RasterFormat;
  meta: Metadata;
}

const decodeFailure = (format: string, e: unknown): DomainError =>
  new DomainError('unsupported_media_type', `the ${format} image could not be decoded: ${e instanceof Error ? e.message : String(e)}`);

/** Size, format and pixel-count checks that need no pixel decoding. */
export const probeImage = async (bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<Probe> => {
  if (bytes.length > limits.maxInputBytes) {
    throw new DomainError('payload_too_large', `image is ${bytes.length} bytes; the limit is ${limits.maxInputBytes}`);
  }
  const sniff = sniffImageFormat(bytes);
  if (!sniff.ok) throw new DomainError('unsupported_media_type', `not a supported image: the bytes look like ${sniff.looksLike}`);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false, failOn: 'none' }).metadata();
  } catch (e) {
    throw decodeFailure(sniff.format, e);
  }
  const { width, height } = meta;
  if (!width || !height) throw new DomainError('unsupported_media_type', `the ${sniff.format} image has no size in its header`);
  if (width * height > limits.maxPixels) {
    throw new DomainError('payload_too_large', `image is ${width}x${height} = ${width * height} pixels; the limit is ${limits.maxPixels}`);
  }
  return { format: sniff.format, meta };
};

// failOn 'none': browsers show truncated or damaged uploads (the missing part grey), so Vigil
// reads them too; the visible part is evidence. Headers that cannot be parsed still fail.
const open = (bytes: Uint8Array, limits: ImageLimits): Sharp =>
  sharp(bytes, { ignoreIcc: true, failOn: 'none', limitInputPixels: limits.maxPixels });

const raw8 = async (s: Sharp): Promise<PixelImage> => {
  const { data, info } = await s.raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
};

const raw16 = async (s: Sharp): Promise<{ width: number; height: number; channels: number; data: Uint16Array }> => {
  const { data, info } = await s.raw({ depth: 'ushort' }).toBuffer({ resolveWithObject: true });
  const copy = new Uint8Array(data); // aligned copy for the 16-bit view
  return { width: info.width, height: info.height, channels: info.channels, data: new Uint16Array(copy.buffer, 0, copy.length / 2) };
};

/** First channel (grey) or first three (RGB) of 16-bit samples, each mapped to 8 bits. */
const from16 = (img: Awaited<ReturnType<typeof raw16>>, keep: 1 | 3, map: (v: number) => number): PixelImage => {
  const n = img.width * img.height;
  const out = new Uint8Array(n * keep);
  for (let p = 0; p < n; p++) for (let c = 0; c < keep; c++) out[p * keep + c] = map(img.data[p * img.channels + c]!);
  return { width: img.width, height: img.height, channels: keep, data: out };
};

export interface PdqDecodeOptions {
  /**
   * Opt-in speed-up for bulk rescans: scale so the longest side is at most this many pixels
   * before hashing (JPEG shrink-on-load makes decoding cheaper too). Not what HMA does, so
   * hashes move a few bits (measured ≤ 12 on the reference photos at 512); off by default.
   */
  prescaleMaxSide?: number;
}

export const decodeImageForPdq = async (
  bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS, options: PdqDecodeOptions = {},
): Promise<DecodedForPdq> => {
  const { format, meta } = await probeImage(bytes, limits);
  const max = options.prescaleMaxSide;
  const openScaled = (): Sharp => {
    const s = open(bytes, limits);
    return max ? s.resize({ width: max, height: max, fit: 'inside', withoutEnlargement: true }) : s;
  };
  const base = { format, width: meta.width!, height: meta.height!, ...(meta.orientation ? { orientation: meta.orientation } : {}) };
  const grey = (meta.channels ?? 3) <= 2;
  try {
    if (meta.isPalette && (format === 'png' || format === 'gif')) {
      const colours = await raw8(open(bytes, limits));
      const palette = format === 'png' ? pngPalette(bytes) : gifPalette(bytes);
      const indices = palette ? paletteIndices(colours, palette) : null;
      if (indices) return { ...base, pixels: indices, pixelSource: 'palette_indices', alternate: { reason: 'palette_colours', pixels: colours } };
      return { ...base, pixels: colours, pixelSource: 'colour' };
    }
    if (meta.depth === 'ushort') {
      const wide = await raw16(open(bytes, limits).toColourspace(grey ? 'grey16' : 'rgb16'));
      const highByte = (v: number): number => v >>> 8;
      if (grey && meta.channels === 1) {
        // Pillow reads 16-bit grey as 32-bit ints and clips them to 255 on conversion.
        const clipped = from16(wide, 1, (v) => Math.min(v, 255));
        return { ...base, pixels: clipped, pixelSource: 'grey16_clipped', alternate: { reason: 'grey16_scaled', pixels: from16(wide, 1, highByte) } };
      }
      // Pillow reads 16-bit RGB(A) and grey+alpha through its ";16B" raw modes: the high byte.
      return { ...base, pixels: from16(wide, grey ? 1 : 3, highByte), pixelSource: 'high_byte' };
    }
    if (grey) return { ...base, pixels: await raw8(openScaled().toColourspace('b-w')), pixelSource: 'grey' };
    return { ...base, pixels: await raw8(openScaled()), pixelSource: 'colour' };
  } catch (e) {
    throw decodeFailure(format, e);
  }
};

export interface ReadingOptions {
  limits?: ImageLimits;
  /** Longest side of the returned raster; larger images are scaled down. Default 2048. */
  maxSide?: number;
}

/** Upright (EXIF applied), alpha flattened on white, at most `maxSide` px: what a reader sees. */
export const decodeImageForReading = async (bytes: Uint8Array, options: ReadingOptions = {}): Promise<PixelImage> => {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  const maxSide = options.maxSide ?? 2048;
  const { format } = await probeImage(bytes, limits);
  try {
    const s = sharp(bytes, { failOn: 'none', limitInputPixels: limits.maxPixels, autoOrient: true })
      .flatten({ background: '#ffffff' })
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb');
    return await raw8(s);
  } catch (e) {
    throw decodeFailure(format, e);
  }
};

/** A grey PNG of a raster (the input tesseract reads), optionally enlarged for small text. */
export const encodeGreyPng = async (img: PixelImage, scale = 1): Promise<Buffer> => {
  let s = sharp(img.data, { raw: { width: img.width, height: img.height, channels: img.channels } });
  if (scale !== 1) s = s.resize({ width: Math.round(img.width * scale), kernel: 'lanczos3' });
  return s.greyscale().png({ compressionLevel: 1 }).toBuffer();
};
