import { describe, expect, it } from 'vitest';
import { qrCanvas } from '../../../test/helpers/qr-raster.js';
import { findQrCodes, toRgba } from './qr.js';

describe('findQrCodes', () => {
  it('reads a messenger link from a QR code', () => {
    const img = qrCanvas(300, 300, [{ text: 'https://wa.me/491701234567', x: 40, y: 40, scale: 6 }]);
    const found = findQrCodes(img);
    expect(found.map((f) => f.text)).toEqual(['https://wa.me/491701234567']);
    expect(found[0]!.corners[0].x).toBeGreaterThan(30);
  });

  it('reads several codes in one image', () => {
    const img = qrCanvas(700, 320, [
      { text: 'https://t.me/replica_watches', x: 20, y: 40, scale: 6 },
      { text: 'WeChat: cheap-pills-88', x: 380, y: 40, scale: 6 },
    ]);
    expect(findQrCodes(img).map((f) => f.text).sort()).toEqual(['WeChat: cheap-pills-88', 'https://t.me/replica_watches']);
  });

  it('reads four codes laid out in a grid', () => {
    const texts = ['a.example/1', 'b.example/2', 'c.example/3', 'd.example/4'];
    const img = qrCanvas(640, 640, texts.map((text, i) => ({ text, x: 40 + (i % 2) * 320, y: 40 + Math.floor(i / 2) * 320, scale: 6 })));
    expect(findQrCodes(img).map((f) => f.text).sort()).toEqual(texts);
  });

  it('stops at maxCodes', () => {
    const img = qrCanvas(700, 320, [
      { text: 'one', x: 20, y: 40, scale: 6 },
      { text: 'two', x: 380, y: 40, scale: 6 },
    ]);
    expect(findQrCodes(img, { maxCodes: 1 })).toHaveLength(1);
  });

  it('reads an inverted (light on dark) code unless told not to', () => {
    const img = qrCanvas(260, 260, [{ text: 'hxxp://evil[.]example', x: 30, y: 30, scale: 6 }], { invert: true });
    expect(findQrCodes(img).map((f) => f.text)).toEqual(['hxxp://evil[.]example']);
    expect(findQrCodes(img, { tryInverted: false })).toEqual([]);
  });

  it('finds nothing in an image without a code, and in an empty image', () => {
    expect(findQrCodes(qrCanvas(200, 200, []))).toEqual([]);
    expect(findQrCodes({ width: 0, height: 0, channels: 3, data: new Uint8Array(0) })).toEqual([]);
  });

  it('expands grey, grey+alpha and RGB to opaque RGBA', () => {
    expect([...toRgba({ width: 1, height: 1, channels: 1, data: Uint8Array.of(9) })]).toEqual([9, 9, 9, 255]);
    expect([...toRgba({ width: 1, height: 1, channels: 2, data: Uint8Array.of(9, 0) })]).toEqual([9, 9, 9, 255]);
    expect([...toRgba({ width: 1, height: 1, channels: 3, data: Uint8Array.of(1, 2, 3) })]).toEqual([1, 2, 3, 255]);
  });
});
