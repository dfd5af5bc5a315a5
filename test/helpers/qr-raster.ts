/** Renders QR codes into plain pixel buffers for tests (the encoder is a dev dependency). */
import QRCode from 'qrcode';
import type { PixelImage } from '../../src/detection/hashing/pixel-image.js';

export interface QrPlacement {
  text: string;
  x: number;
  y: number;
  /** Pixels per module. */
  scale: number;
}

/** An RGB canvas of `background`, with each code drawn dark-on-light (or inverted). */
export const qrCanvas = (width: number, height: number, codes: QrPlacement[], opts: { invert?: boolean } = {}): PixelImage => {
  const data = new Uint8Array(width * height * 3).fill(opts.invert ? 20 : 235);
  for (const code of codes) {
    const m = QRCode.create(code.text, { errorCorrectionLevel: 'M' }).modules;
    const quiet = 4;
    for (let r = -quiet; r < m.size + quiet; r++) {
      for (let c = -quiet; c < m.size + quiet; c++) {
        const dark = r >= 0 && c >= 0 && r < m.size && c < m.size && m.get(r, c) === 1;
        const v = dark !== Boolean(opts.invert) ? 10 : 250;
        for (let dy = 0; dy < code.scale; dy++) {
          for (let dx = 0; dx < code.scale; dx++) {
            const x = code.x + c * code.scale + dx;
            const y = code.y + r * code.scale + dy;
            if (x < 0 || y < 0 || x >= width || y >= height) continue;
            data.fill(v, (y * width + x) * 3, (y * width + x) * 3 + 3);
          }
        }
      }
    }
  }
  return { width, height, channels: 3, data };
};
