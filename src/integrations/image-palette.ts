/**
 * Palette images as HMA hashes them. HMA's Python pipeline turns a palette ("P" mode) PNG or
 * GIF into an array of palette *indices* and hashes those as grey levels; libvips (sharp)
 * always expands palettes to colours. To meet hashes that HMA put in shared banks, Vigil reads
 * the palette from the file and maps each decoded colour back to its index (first index of
 * that colour). If any pixel cannot be mapped, the caller falls back to the colours.
 */
import type { PixelImage } from '../detection/hashing/pixel-image.js';

export interface Palette {
  /** r<<16 | g<<8 | b per entry. */
  colours: number[];
  transparentIndex?: number;
}

const u32be = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

const readColours = (b: Uint8Array, at: number, count: number): number[] | null => {
  if (at + count * 3 > b.length) return null;
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((b[at + 3 * i]! << 16) | (b[at + 3 * i + 1]! << 8) | b[at + 3 * i + 2]!);
  return out;
};

/** PLTE of a colour-type-3 PNG; null for any other PNG or a damaged chunk list. */
export const pngPalette = (b: Uint8Array): Palette | null => {
  let at = 8;
  let isIndexed = false;
  while (at + 8 <= b.length) {
    const len = u32be(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const data = at + 8;
    if (data + len > b.length) return null;
    if (type === 'IHDR') isIndexed = b[data + 9] === 3;
    if (type === 'PLTE') {
      if (!isIndexed || len % 3 !== 0) return null;
      const colours = readColours(b, data, len / 3);
      return colours ? { colours } : null;
    }
    if (type === 'IDAT' || type === 'IEND') return null;
    at = data + len + 4; // + CRC
  }
  return null;
};

/** The colour table of the first frame (local table if it has one, else the global one). */
export const gifPalette = (b: Uint8Array): Palette | null => {
  if (b.length < 13) return null;
  const packed = b[10]!;
  let at = 13;
  let global: number[] | null = null;
  if (packed & 0x80) {
    const n = 2 << (packed & 7);
    global = readColours(b, at, n);
    at += n * 3;
  }
  let transparentIndex: number | undefined;
  while (at < b.length) {
    const marker = b[at]!;
    if (marker === 0x21) {
      const label = b[at + 1];
      at += 2;
      if (label === 0xf9 && b[at] === 4 && (b[at + 1]! & 1) === 1) transparentIndex = b[at + 4];
      while (at < b.length && b[at]! !== 0) at += b[at]! + 1; // data sub-blocks
      at++;
    } else if (marker === 0x2c) {
      const ipacked = b[at + 9];
      if (ipacked === undefined) return null;
      if (ipacked & 0x80) {
        const local = readColours(b, at + 10, 2 << (ipacked & 7));
        return local ? { colours: local, transparentIndex } : null;
      }
      return global ? { colours: global, transparentIndex } : null;
    } else {
      return null;
    }
  }
  return null;
};

/**
 * Grey raster of palette indices, or null when a decoded colour is not in the palette (then
 * the decoder did something this mapping does not model, and colours are the honest input).
 */
export const paletteIndices = (rgb: PixelImage, palette: Palette): PixelImage | null => {
  if (rgb.channels < 3) return null;
  const lookup = new Map<number, number>();
  palette.colours.forEach((c, i) => {
    if (!lookup.has(c)) lookup.set(c, i);
  });
  const n = rgb.width * rgb.height;
  const out = new Uint8Array(n);
  const { data, channels } = rgb;
  for (let p = 0, s = 0; p < n; p++, s += channels) {
    const idx = lookup.get((data[s]! << 16) | (data[s + 1]! << 8) | data[s + 2]!);
    if (idx !== undefined) out[p] = idx;
    else if (channels === 4 && data[s + 3] === 0 && palette.transparentIndex !== undefined) out[p] = palette.transparentIndex;
    else return null;
  }
  return { width: rgb.width, height: rgb.height, channels: 1, data: out };
};
