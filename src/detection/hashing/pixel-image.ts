/**
 * A decoded raster as PDQ and QR reading consume it: interleaved 8-bit samples, row-major,
 * no padding between rows. 1 = grey, 2 = grey + alpha, 3 = RGB, 4 = RGBA. Decoding lives in
 * src/integrations (sharp); everything in detection works on this plain shape.
 */
export interface PixelImage {
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/** Throws a plain Error: a malformed buffer is a programming error, not bad user input. */
export const assertPixelImage = (img: PixelImage): void => {
  const { width, height, channels, data } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new Error(`pixel image: bad size ${width}x${height}`);
  }
  if (![1, 2, 3, 4].includes(channels)) throw new Error(`pixel image: bad channel count ${channels}`);
  if (data.length !== width * height * channels) {
    throw new Error(`pixel image: ${data.length} bytes for ${width}x${height}x${channels}`);
  }
};
