/**
 * Everything Vigil reads from one listing image (DET-4): the PDQ hash for bank matching, text
 * found by OCR and QR payloads. Text and payloads come back as segments with provenance so the
 * text pipeline screens them like listing text and an explanation can say "found in image 2,
 * by OCR". A failing stage is reported in `errors` and the other stages still run: a
 * half-read image is more useful to a reviewer than none.
 */
import { createHash } from 'node:crypto';
import { isDomainError, type ErrorCode } from '../core/errors.js';
import { DIHEDRAL_NAMES, type DihedralName } from '../detection/hashing/pdq-dihedral.js';
import { PDQ_MIN_QUALITY, pdqHashToHex } from '../detection/hashing/pdq-hash.js';
import { pdqDihedralFromPixels, pdqFromPixels } from '../detection/hashing/pdq.js';
import type { PixelImage } from '../detection/hashing/pixel-image.js';
import { findQrCodes, type QrPoint } from '../detection/images/qr.js';
import {
  decodeImageForPdq, decodeImageForReading, encodeGreyPng, DEFAULT_IMAGE_LIMITS, type ImageLimits, type PdqPixelSource,
} from './image-decode.js';
import type { RasterFormat } from './image-sniff.js';
import type { OcrEngine } from './ocr.js';

export interface ImageSignalsOptions {
  /** The caller's reference for the image (listing image URL or id), echoed in provenance. */
  imageRef?: string;
  limits?: ImageLimits;
  /** OCR engine from createOcrEngine; without one, OCR is skipped (not an error). */
  ocr?: OcrEngine;
  /** Read QR codes. Default true. */
  qr?: boolean;
  /** Compute the 8 dihedral hashes for rotation/mirror-tolerant matching. Default true. */
  dihedral?: boolean;
  /** Longest side of the raster used for OCR and QR. Default 2048. */
  readingMaxSide?: number;
  /** See PdqDecodeOptions.prescaleMaxSide: faster, not HMA-exact. Default off. */
  pdqPrescaleMaxSide?: number;
}

export interface ImageProvenance {
  imageRef?: string;
  sha256: string;
  bytes: number;
  format?: RasterFormat;
  width?: number;
  height?: number;
  /** EXIF orientation when present (applied for OCR/QR, not for PDQ). */
  orientation?: number;
}

export interface ImagePdqSignal {
  hash: string;
  quality: number;
  /** quality ≥ 50: HMA discards flatter images' hashes, and so should matching. */
  usable: boolean;
  pixelSource: PdqPixelSource;
  dihedral?: Record<DihedralName, string>;
  /** Hash of the image's true colours where HMA's pixels differ (palette, 16-bit grey). */
  alternate?: { hash: string; quality: number; reason: 'palette_colours' | 'grey16_scaled' };
}

export interface QrPayload {
  text: string;
  version: number;
  /** Corners in the reading raster (upright, scaled to readingMaxSide). */
  corners: QrPoint[];
}

export interface ImageTextSegment {
  origin: 'image_ocr' | 'image_qr';
  text: string;
  imageRef?: string;
  sha256: string;
  /** OCR confidence 0–100; absent for QR (a decoded QR payload is exact). */
  confidence?: number;
}

export interface ImageSignalError {
  stage: 'decode' | 'pdq' | 'ocr' | 'qr';
  code: ErrorCode;
  message: string;
}

export interface ImageSignals {
  provenance: ImageProvenance;
  pdq: ImagePdqSignal | null;
  ocrText: string;
  ocrConfidence: number | null;
  qrPayloads: QrPayload[];
  /** OCR text and QR payloads, ready for the text and link pipeline. */
  texts: ImageTextSegment[];
  errors: ImageSignalError[];
}

const toError = (stage: ImageSignalError['stage'], e: unknown): ImageSignalError =>
  isDomainError(e)
    ? { stage, code: e.code, message: e.message }
    : { stage, code: 'internal', message: e instanceof Error ? e.message : String(e) };

const pdqSignal = (pixels: PixelImage, source: PdqPixelSource, withDihedral: boolean): ImagePdqSignal => {
  if (!withDihedral) {
    const r = pdqFromPixels(pixels);
    return { hash: pdqHashToHex(r.hash), quality: r.quality, usable: r.quality >= PDQ_MIN_QUALITY, pixelSource: source };
  }
  const r = pdqDihedralFromPixels(pixels);
  const dihedral = Object.fromEntries(DIHEDRAL_NAMES.map((n) => [n, pdqHashToHex(r.dihedral[n])])) as Record<DihedralName, string>;
  return { hash: pdqHashToHex(r.hash), quality: r.quality, usable: r.quality >= PDQ_MIN_QUALITY, pixelSource: source, dihedral };
};

/** Small images are enlarged for OCR: tesseract reads glyphs best at ~30 px cap height. */
const ocrScale = (img: PixelImage): number => (Math.max(img.width, img.height) < 1000 ? 2 : 1);

export const extractImageSignals = async (bytes: Uint8Array, options: ImageSignalsOptions = {}): Promise<ImageSignals> => {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  const provenance: ImageProvenance = {
    ...(options.imageRef !== undefined ? { imageRef: options.imageRef } : {}),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
  const out: ImageSignals = { provenance, pdq: null, ocrText: '', ocrConfidence: null, qrPayloads: [], texts: [], errors: [] };
  const segment = (origin: ImageTextSegment['origin'], text: string, confidence?: number): ImageTextSegment => ({
    origin, text, sha256: provenance.sha256,
    ...(options.imageRef !== undefined ? { imageRef: options.imageRef } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
  });

  try {
    const decoded = await decodeImageForPdq(bytes, limits, options.pdqPrescaleMaxSide ? { prescaleMaxSide: options.pdqPrescaleMaxSide } : {});
    Object.assign(provenance, { format: decoded.format, width: decoded.width, height: decoded.height });
    if (decoded.orientation !== undefined) provenance.orientation = decoded.orientation;
    try {
      out.pdq = pdqSignal(decoded.pixels, decoded.pixelSource, options.dihedral !== false);
      if (decoded.alternate) {
        const alt = pdqFromPixels(decoded.alternate.pixels);
        out.pdq.alternate = { hash: pdqHashToHex(alt.hash), quality: alt.quality, reason: decoded.alternate.reason };
      }
    } catch (e) {
      out.errors.push(toError('pdq', e));
    }
  } catch (e) {
    // Not an image, too large, undecodable: the same reason stops OCR and QR, so report once.
    out.errors.push(toError('decode', e));
    return out;
  }

  if (options.qr === false && !options.ocr) return out;
  let reading: PixelImage;
  try {
    reading = await decodeImageForReading(bytes, { limits, maxSide: options.readingMaxSide ?? 2048 });
  } catch (e) {
    out.errors.push(toError('decode', e));
    return out;
  }
  if (options.qr !== false) {
    try {
      out.qrPayloads = findQrCodes(reading).map((c) => ({ text: c.text, version: c.version, corners: c.corners }));
      for (const p of out.qrPayloads) if (p.text !== '') out.texts.push(segment('image_qr', p.text));
    } catch (e) {
      out.errors.push(toError('qr', e));
    }
  }
  if (options.ocr) {
    try {
      const r = await options.ocr.recognize(await encodeGreyPng(reading, ocrScale(reading)));
      out.ocrText = r.text;
      out.ocrConfidence = r.confidence;
      if (r.text !== '') out.texts.unshift(segment('image_ocr', r.text, r.confidence));
    } catch (e) {
      out.errors.push(toError('ocr', e));
    }
  }
  return out;
};
