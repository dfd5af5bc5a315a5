/**
 * QR codes in listing images (DET-3 off-platform contact, DET-4 images): traders print a
 * wa.me or t.me link as a QR code because the text filter cannot read it. jsQR is pure JS and
 * finds one code per call, so found codes are painted over and the image is searched again
 * to read several codes from one picture.
 */
import jsQRModule from 'jsqr';
import type { PixelImage } from '../hashing/pixel-image.js';

// jsqr is CommonJS with a `default` property; under NodeNext the default import is the
// module object, whose `.default` is the function (typed and present at run time).
const jsQR = jsQRModule.default;

export interface QrPoint {
  x: number;
  y: number;
}

export interface QrFinding {
  /** The payload as text (jsQR decodes byte mode as UTF-8 / Latin-1 as the code says). */
  text: string;
  /** Raw payload bytes, for payloads that are not text. */
  bytes: number[];
  version: number;
  /** Corners in the pixel coordinates of the image that was searched. */
  corners: [QrPoint, QrPoint, QrPoint, QrPoint];
}

export interface QrOptions {
  /** Stop after this many codes (bounds work on adversarial images). Default 4. */
  maxCodes?: number;
  /** Also try the inverted image (light code on dark background). Default true. */
  tryInverted?: boolean;
}

/** jsQR wants RGBA; expand grey / grey+alpha / RGB without touching the caller's buffer. */
export const toRgba = (img: PixelImage): Uint8ClampedArray => {
  const { width, height, channels, data } = img;
  const n = width * height;
  const out = new Uint8ClampedArray(n * 4);
  if (channels === 4) {
    out.set(data);
    return out;
  }
  for (let p = 0, s = 0, o = 0; p < n; p++, s += channels, o += 4) {
    const r = data[s]!;
    const g = channels >= 3 ? data[s + 1]! : r;
    const b = channels >= 3 ? data[s + 2]! : r;
    out[o] = r;
    out[o + 1] = g;
    out[o + 2] = b;
    out[o + 3] = 255;
  }
  return out;
};

/**
 * Paints the quadrilateral's bounding box, grown by a quiet-zone margin, in the colour around
 * it, so the next search sees no code there. A box is enough: it can only remove pixels of
 * the code just read and its margin.
 */
const maskCode = (rgba: Uint8ClampedArray, width: number, height: number, corners: QrPoint[]): void => {
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const margin = Math.ceil(size * 0.08) + 2;
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - margin);
  const x1 = Math.min(width - 1, Math.ceil(Math.max(...xs)) + margin);
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - margin);
  const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)) + margin);
  // The pixel just outside the box's corner is the best cheap guess of the background.
  const bx = x0 > 0 ? x0 - 1 : Math.min(width - 1, x1 + 1);
  const by = y0 > 0 ? y0 - 1 : Math.min(height - 1, y1 + 1);
  const bg = (by * width + bx) * 4;
  const [r, g, b] = [rgba[bg]!, rgba[bg + 1]!, rgba[bg + 2]!];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const o = (y * width + x) * 4;
      rgba[o] = r;
      rgba[o + 1] = g;
      rgba[o + 2] = b;
      rgba[o + 3] = 255;
    }
  }
};

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

const crop = (rgba: Uint8ClampedArray, width: number, r: Region): Uint8ClampedArray => {
  if (r.x === 0 && r.width === width) return rgba.subarray(r.y * width * 4, (r.y + r.height) * width * 4);
  const out = new Uint8ClampedArray(r.width * r.height * 4);
  for (let y = 0; y < r.height; y++) {
    const from = ((r.y + y) * width + r.x) * 4;
    out.set(rgba.subarray(from, from + r.width * 4), y * r.width * 4);
  }
  return out;
};

/**
 * The whole image, its halves, then a 3×3 grid of overlapping quarter-size windows. jsQR
 * locates a code by its three finder patterns and gives up when it sees two codes' worth of
 * them; a window holding one code reads it. Found codes are masked so later windows do not
 * read them again. Total work is about 5× one full-image pass.
 */
const regionsOf = (width: number, height: number): Region[] => {
  const regions: Region[] = [{ x: 0, y: 0, width, height }];
  if (width < 100 || height < 100) return regions;
  const w = Math.ceil(width / 2);
  const h = Math.ceil(height / 2);
  regions.push({ x: 0, y: 0, width: w, height }, { x: width - w, y: 0, width: w, height });
  regions.push({ x: 0, y: 0, width, height: h }, { x: 0, y: height - h, width, height: h });
  for (const fy of [0, 0.5, 1]) for (const fx of [0, 0.5, 1]) {
    regions.push({ x: Math.floor((width - w) * fx), y: Math.floor((height - h) * fy), width: w, height: h });
  }
  return regions;
};

export const findQrCodes = (img: PixelImage, options: QrOptions = {}): QrFinding[] => {
  const maxCodes = options.maxCodes ?? 4;
  const { width, height } = img;
  if (width === 0 || height === 0 || maxCodes <= 0) return [];
  const rgba = toRgba(img);
  const found: QrFinding[] = [];
  const seen = new Set<string>();
  const inversionAttempts = options.tryInverted === false ? 'dontInvert' : 'attemptBoth';
  for (const region of regionsOf(width, height)) {
    while (found.length < maxCodes) {
      const code = jsQR(crop(rgba, width, region), region.width, region.height, { inversionAttempts });
      if (!code) break;
      const loc = code.location;
      const at = (p: QrPoint): QrPoint => ({ x: p.x + region.x, y: p.y + region.y });
      const corners: QrFinding['corners'] = [at(loc.topLeftCorner), at(loc.topRightCorner), at(loc.bottomRightCorner), at(loc.bottomLeftCorner)];
      const key = `${code.data}@${Math.round(corners[0].x)},${Math.round(corners[0].y)}`;
      if (seen.has(key)) break; // masking failed to hide it; stop rather than loop
      seen.add(key);
      found.push({ text: code.data, bytes: code.binaryData, version: code.version, corners });
      maskCode(rgba, width, height, corners);
    }
  }
  return found;
};
