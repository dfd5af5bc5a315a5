/**
 * Which raster format a byte string is, from its magic bytes, before any decoder sees it.
 * Only the formats marketplaces serve are let through to sharp; SVG, PDF, HTML error pages and
 * everything else are refused with what they look like (bad input: "not an image is refused
 * with a reason"). Sniffing first keeps vector and document parsers away from untrusted bytes.
 */
export const RASTER_FORMATS = ['jpeg', 'png', 'gif', 'webp', 'tiff', 'avif', 'heif'] as const;
export type RasterFormat = (typeof RASTER_FORMATS)[number];

export type SniffResult = { ok: true; format: RasterFormat } | { ok: false; looksLike: string };

const startsWith = (b: Uint8Array, sig: number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

export const sniffImageFormat = (b: Uint8Array): SniffResult => {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { ok: true, format: 'jpeg' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, format: 'png' };
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return { ok: true, format: 'gif' };
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return { ok: true, format: 'webp' };
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return { ok: true, format: 'tiff' };
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    const major = ascii(b, 8, 12);
    if (AVIF_BRANDS.has(major)) return { ok: true, format: 'avif' };
    if (HEIF_BRANDS.has(major)) return { ok: true, format: 'heif' };
    return { ok: false, looksLike: `an ISO media file (brand ${JSON.stringify(major)})` };
  }
  return { ok: false, looksLike: describeNonImage(b) };
};

const describeNonImage = (b: Uint8Array): string => {
  if (b.length === 0) return 'empty input';
  const head = ascii(b, 0, Math.min(b.length, 256)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'an SVG document';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'an HTML page';
  if (head.startsWith('<')) return 'an XML or HTML document';
  if (head.startsWith('%pdf')) return 'a PDF document';
  if (head.startsWith('{') || head.startsWith('[')) return 'JSON';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive';
  if (startsWith(b, [0x42, 0x4d])) return 'a BMP image (not accepted)';
  return 'an unknown format';
};
