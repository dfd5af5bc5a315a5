/**
 * Relisting (RO-6) on the generated re-upload fixtures: a re-upload of a removed listing (edited
 * text, re-encoded / resized / slightly cropped / re-toned photo) must be flagged for review with
 * the removed listing named in the evidence, and other products must not be.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pdqFromPixels } from '../src/detection/hashing/pdq.js';
import { parsePdqHex, pdqHashToHex } from '../src/detection/hashing/pdq-hash.js';
import { normalize } from '../src/detection/normalize/normalize.js';
import { screen } from '../src/detection/screen.js';
import { RelistImageIndex, RelistIndex } from '../src/detection/signals/relist.js';
import type { ScreenInput } from '../src/detection/types.js';
import type { DetectionEngine } from '../src/detection/engine.js';
import type { ScreenResult } from '../src/core/detection/screening.js';
import { decodeImageForPdq } from '../src/integrations/image-decode.js';
import { loadEngine } from '../src/services/detection/load-engine.js';
import { buildRelistFixtures, type RelistCase, type RelistFixtures } from './fixtures/relist/reuploads.js';

const RELIST_RULES = new Set(['repeat.relisted-removed-item', 'repeat.image-hash-match']);

/** What the runtime indexes for a removed listing: its normalised title and description. */
const relistText = (engine: DetectionEngine, l: ScreenInput): string =>
  `${normalize(l.title, engine.table).text} ${normalize(l.description ?? '', engine.table).text}`.trim();

describe('relisting of removed listings (RO-6) on generated re-uploads', () => {
  let engine: DetectionEngine;
  let fx: RelistFixtures;
  let text: RelistIndex;
  let images: RelistImageIndex;
  const pdq = new Map<Buffer, { hash: string; quality: number }>();

  beforeAll(async () => {
    engine = loadEngine();
    fx = await buildRelistFixtures();
    for (const c of [...fx.removed, ...fx.reuploads, ...fx.negatives]) {
      const r = pdqFromPixels((await decodeImageForPdq(c.image)).pixels);
      pdq.set(c.image, { hash: pdqHashToHex(r.hash), quality: r.quality });
    }
    text = new RelistIndex();
    for (const r of fx.removed) text.add(r.listing.id, relistText(engine, r.listing));
    images = RelistImageIndex.build(fx.removed.map((r) => ({ removedId: r.listing.id, hash: parsePdqHex(pdq.get(r.image)!.hash) })));
  }, 120_000);

  const screenCase = (c: RelistCase): ScreenResult =>
    screen({ ...c.listing, images: [{ url: 'photo-1', hashMatches: images.match(pdq.get(c.image)!) }] }, engine, { relist: text });
  const names = (r: ScreenResult, removedId: string): boolean => r.signals.some((s) => RELIST_RULES.has(s.rule) &&
    (s.detail?.removedId === removedId || s.detail?.removedListingId === removedId));

  it('flags at least 90 % of re-uploads for review, naming the removed listing', () => {
    const found = fx.reuploads.filter((c) => {
      const r = screenCase(c);
      return r.rules.some((x) => RELIST_RULES.has(x.id)) && names(r, c.of!);
    });
    expect(fx.reuploads.length).toBe(160);
    expect(found.length / fx.reuploads.length).toBeGreaterThanOrEqual(0.9);
    // Every kind of edit is caught most of the time, not only the easy ones.
    for (const edit of ['reencoded', 'resized', 'cropped', 'retoned']) {
      const of = fx.reuploads.filter((c) => c.edit === edit);
      expect(found.filter((c) => c.edit === edit).length / of.length).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('flags almost none of the other products, including ones of the same category', () => {
    const flagged = fx.negatives.filter((c) => screenCase(c).rules.some((x) => RELIST_RULES.has(x.id)));
    expect(fx.negatives.length).toBe(80);
    expect(flagged.length / fx.negatives.length).toBeLessThanOrEqual(0.02);
  });

  it('explains a hit: the removed listing, the text similarity, the matched image hash and its distance', () => {
    const c = fx.reuploads.find((x) => x.edit === 'reencoded')!;
    const r = screenCase(c);
    const img = r.signals.find((s) => s.kind === 'image_hash')!;
    expect(img.detail).toMatchObject({ removedListingId: c.of, source: 'removed-listing', hash: pdq.get(fx.removed.find((x) => x.listing.id === c.of)!.image)!.hash });
    expect(Number(img.detail!.distance)).toBeLessThanOrEqual(31);
    const txt = r.signals.find((s) => s.kind === 'relist')!;
    expect(txt.detail).toMatchObject({ removedId: c.of });
    expect(Number(txt.detail!.similarity)).toBeGreaterThanOrEqual(0.7);
    expect(r.verdict === 'review' || r.verdict === 'block').toBe(true);
  });

  it('does not call a removed listing a relisting of itself', () => {
    const own = fx.removed[0]!;
    const r = screen({ ...own.listing, images: [{ url: 'photo-1', hashMatches: images.match(pdq.get(own.image)!, own.listing.id) }] }, engine, { relist: text });
    expect(r.signals.filter((s) => RELIST_RULES.has(s.rule))).toEqual([]);
  });
});
