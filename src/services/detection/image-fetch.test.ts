import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeAgent } from '../../integrations/safe-http.js';
import { fetchImage } from './image-fetch.js';

describe('fetchImage (image job input, SSRF-guarded)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/ok.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100, 7));
      if (req.url === '/moved') return res.writeHead(302, { location: '/ok.png' }).end();
      if (req.url === '/big') return res.writeHead(200).end(Buffer.alloc(5000));
      if (req.url === '/boom') return res.writeHead(503).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  const open = { dispatcher: safeAgent({ allowPrivate: true }), allowPrivate: true };

  it('reads an image and follows a redirect', async () => {
    const r = await fetchImage(`${base}/moved`, open);
    expect(r).toMatchObject({ ok: true, finalUrl: `${base}/ok.png` });
    if (r.ok) expect(r.bytes.length).toBe(100);
  });

  it('refuses private targets, oversized bodies and missing files with a reason; a server error is "unavailable"', async () => {
    expect(await fetchImage(`${base}/ok.png`, { dispatcher: safeAgent(), allowPrivate: false })).toMatchObject({ ok: false, refused: true, reason: expect.stringMatching(/private/) });
    expect(await fetchImage(`${base}/big`, { ...open, maxBytes: 1000 })).toMatchObject({ ok: false, refused: true, reason: expect.stringMatching(/too large/) });
    expect(await fetchImage(`${base}/nope`, open)).toMatchObject({ ok: false, refused: true, reason: 'HTTP 404' });
    expect(await fetchImage(`${base}/boom`, open)).toMatchObject({ ok: false, refused: false, reason: 'HTTP 503' });
    expect(await fetchImage('file:///etc/passwd', open)).toMatchObject({ ok: false, refused: true });
  });
});
