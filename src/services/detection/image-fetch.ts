/**
 * Fetches a listing image for the image job (DET-4) through the SSRF-guarded agent: only http(s),
 * private/loopback/link-local targets refused on the address actually connected to, at most a
 * few redirects, a size limit enforced while streaming. A refusal is data (recorded with its
 * reason); a network failure means the image part is down and the job retries.
 */
import { request, type Dispatcher } from 'undici';
import { DEFAULT_IMAGE_LIMITS } from '../../integrations/image-decode.js';
import { assertPublicUrl } from '../../integrations/safe-http.js';

export type FetchOutcome =
  | { ok: true; bytes: Uint8Array; finalUrl: string }
  | { ok: false; refused: true; reason: string }
  | { ok: false; refused: false; reason: string };

export interface ImageFetchOptions {
  dispatcher: Dispatcher;
  allowPrivate: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export async function fetchImage(url: string, o: ImageFetchOptions): Promise<FetchOutcome> {
  const maxBytes = o.maxBytes ?? DEFAULT_IMAGE_LIMITS.maxInputBytes;
  const signal = AbortSignal.timeout(o.timeoutMs ?? 10_000);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { ok: false, refused: true, reason: 'not a URL' };
  }
  for (let hop = 0; hop <= (o.maxRedirects ?? 3); hop++) {
    try {
      assertPublicUrl(current, o.allowPrivate);
    } catch (e) {
      return { ok: false, refused: true, reason: (e as Error).message };
    }
    let res: Dispatcher.ResponseData;
    try {
      res = await request(current, { method: 'GET', dispatcher: o.dispatcher, signal, headers: { accept: 'image/*', 'user-agent': 'VigilImageFetcher/1.0' } });
    } catch (e) {
      const err = e as { name?: string; message?: string; cause?: { name?: string; message?: string } };
      if (err.name === 'PrivateAddressError' || err.cause?.name === 'PrivateAddressError') return { ok: false, refused: true, reason: err.cause?.message ?? err.message ?? 'private address' };
      return { ok: false, refused: false, reason: err.message ?? String(e) };
    }
    const location = res.headers['location'];
    if (res.statusCode >= 300 && res.statusCode < 400 && location) {
      await res.body.dump();
      current = new URL(Array.isArray(location) ? location[0]! : location, current);
      continue;
    }
    if (res.statusCode >= 500) {
      await res.body.dump();
      return { ok: false, refused: false, reason: `HTTP ${res.statusCode}` };
    }
    if (res.statusCode >= 400) {
      await res.body.dump();
      return { ok: false, refused: true, reason: `HTTP ${res.statusCode}` };
    }
    const declared = Number(res.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      await res.body.dump();
      return { ok: false, refused: true, reason: `too large: ${declared} bytes (limit ${maxBytes})` };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        res.body.destroy();
        return { ok: false, refused: true, reason: `too large: more than ${maxBytes} bytes` };
      }
      chunks.push(chunk as Buffer);
    }
    return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)), finalUrl: current.href };
  }
  return { ok: false, refused: true, reason: 'too many redirects' };
}
