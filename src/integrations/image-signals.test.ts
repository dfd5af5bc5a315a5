import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { qrCanvas } from '../../test/helpers/qr-raster.js';
import { isDomainError } from '../core/errors.js';
import { extractImageSignals } from './image-signals.js';
import { checkLanguageData, createOcrEngine, defaultLangPath } from './ocr.js';

const FIXTURES = new URL('../../test/fixtures/pdq/', import.meta.url);

/** Text rendered by librsvg with the machine's sans-serif font, as a JPEG like a listing photo. */
const textImage = async (lines: string[]): Promise<Buffer> => {
  const rows = lines.map((l, i) => `<text x="30" y="${80 + i * 90}" font-family="sans-serif" font-size="48" fill="#111">${l}</text>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="${60 + lines.length * 90}">` +
    `<rect width="100%" height="100%" fill="#f3ead8"/>${rows.join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
};

describe('extractImageSignals', () => {
  const ocr = createOcrEngine();
  afterAll(() => ocr.terminate());

  it('reads contact details and a drug name from an image, with provenance', async () => {
    const bytes = await textImage(['WhatsApp +49 170 1234567', 'VIAGRA 100mg no prescription']);
    const s = await extractImageSignals(bytes, { ocr, imageRef: 'listing-7/image-2' });
    expect(s.errors).toEqual([]);
    expect(s.ocrText).toContain('WhatsApp +49 170 1234567');
    expect(s.ocrText).toMatch(/VIAGRA 100mg/);
    expect(s.ocrConfidence).toBeGreaterThan(60);
    expect(s.texts[0]).toMatchObject({ origin: 'image_ocr', imageRef: 'listing-7/image-2', sha256: s.provenance.sha256 });
    expect(s.provenance).toMatchObject({ imageRef: 'listing-7/image-2', format: 'jpeg', width: 1000, height: 240, bytes: bytes.length });
    expect(s.pdq?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(s.pdq?.dihedral?.orig).toBe(s.pdq?.hash);
  }, 60_000);

  it('reads a QR payload from a PNG and hands it to the text pipeline', async () => {
    const img = qrCanvas(420, 420, [{ text: 'https://t.me/pharma_direct', x: 60, y: 60, scale: 8 }]);
    const png = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } }).png().toBuffer();
    const s = await extractImageSignals(png, { imageRef: 'qr.png' });
    expect(s.qrPayloads.map((p) => p.text)).toEqual(['https://t.me/pharma_direct']);
    expect(s.texts).toEqual([{ origin: 'image_qr', text: 'https://t.me/pharma_direct', imageRef: 'qr.png', sha256: s.provenance.sha256 }]);
    expect(s.ocrText).toBe(''); // no OCR engine given: skipped, not an error
    expect(s.errors).toEqual([]);
  });

  it('matches the reference hash for a committed fixture and flags low quality', async () => {
    const s = await extractImageSignals(readFileSync(new URL('wee.jpg', FIXTURES)), { qr: false, dihedral: false });
    expect(s.pdq).toEqual({ hash: '6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d', quality: 100, usable: true, pixelSource: 'colour' });
    const flat = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#808080' } }).png().toBuffer();
    expect((await extractImageSignals(flat, { qr: false })).pdq).toMatchObject({ quality: 0, usable: false });
  });

  it('reports the HMA-compatible hash and the true-colour alternate of a palette GIF', async () => {
    const s = await extractImageSignals(readFileSync(new URL('gradient-100x100.gif', FIXTURES)), { qr: false });
    expect(s.pdq?.hash.slice(0, 8)).toBe('77ffdd3a');
    expect(s.pdq?.alternate).toMatchObject({ reason: 'palette_colours', hash: expect.stringMatching(/^dd908cc8/) });
  });

  it('refuses non-images and oversize images with a reason instead of throwing', async () => {
    const html = await extractImageSignals(Buffer.from('<html><body>not found</body></html>'), { ocr });
    expect(html.pdq).toBeNull();
    expect(html.errors).toEqual([{ stage: 'decode', code: 'unsupported_media_type', message: expect.stringContaining('HTML page') }]);
    const big = await extractImageSignals(readFileSync(new URL('wee.jpg', FIXTURES)), { limits: { maxInputBytes: 100, maxPixels: 1e6 } });
    expect(big.errors).toEqual([{ stage: 'decode', code: 'payload_too_large', message: expect.stringContaining('the limit is 100') }]);
  });

  it('keeps the hash when OCR fails', async () => {
    const failing = { recognize: () => Promise.reject(new Error('worker crashed')), terminate: async () => undefined };
    const s = await extractImageSignals(readFileSync(new URL('shrink-a-lot.jpg', FIXTURES)), { ocr: failing });
    expect(s.pdq?.hash).toBe('d0f8f1ccc0f4a84d0a370a3a228f67f0b36e2ed5b6623e1d33e6339c4e9c9b22');
    expect(s.errors).toEqual([{ stage: 'ocr', code: 'internal', message: 'worker crashed' }]);
  });
});

describe('OCR language data', () => {
  it('is found inside the installed npm package', () => {
    expect(() => checkLanguageData(defaultLangPath(), 'eng')).not.toThrow();
  });

  it('fails with a clear configuration error when missing, before any worker starts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-ocr-'));
    try {
      createOcrEngine({ langPath: dir, languages: 'eng+deu' });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('invalid_config');
      expect((e as Error).message).toMatch(/eng\.traineddata\.gz, deu\.traineddata\.gz not found .*never downloads/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
