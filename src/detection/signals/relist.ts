/**
 * Relisting of removed listings (RO-6): MinHash signatures over word shingles of the normalised
 * title and description, bucketed with locality-sensitive hashing so a lookup touches only
 * candidates. A service fills the index from removed listings and passes it to screening.
 */
import { type PdqQuery, matchPdqAgainstBank } from '../hashing/bank-match.js';
import { type PdqHash, pdqHashToHex } from '../hashing/pdq-hash.js';
import { PdqIndexBuilder, type PdqIndex } from '../hashing/pdq-index.js';
import type { ImageHashMatch } from '../types.js';
const NUM_HASHES = 64;
const BANDS = 16;
const ROWS = NUM_HASHES / BANDS;
const SHINGLE = 3;

const SEEDS = Array.from({ length: NUM_HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0);

function hash32(s: string, seed: number): number {
  let h = seed ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return (Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ (h >>> 16)) >>> 0;
}

export function shingles(normalizedText: string): string[] {
  const words = normalizedText.split(' ').filter(Boolean);
  if (words.length < SHINGLE) return words.length ? [words.join(' ')] : [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return [...out];
}

/**
 * The 64 minimum hashes of the shingles. Each shingle is hashed twice over its characters and the
 * 64 hash functions are derived from those two (h1 + k·h2, then a finaliser), so the cost per
 * shingle is two passes over its text, not 64: building the index of a million removed listings
 * and hashing each new listing are dominated by this.
 */
export function minhash(shingleSet: readonly string[]): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingleSet) {
    const h1 = hash32(s, SEEDS[0]!);
    const h2 = hash32(s, SEEDS[1]!) | 1;
    for (let k = 0; k < NUM_HASHES; k++) {
      const h = fmix32((h1 + Math.imul(k, h2)) | 0);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

function fmix32(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export const estimateSimilarity = (a: Uint32Array, b: Uint32Array): number => {
  let same = 0;
  for (let k = 0; k < NUM_HASHES; k++) if (a[k] === b[k]) same++;
  return same / NUM_HASHES;
};

/**
 * Removed listings by MinHash signature, with LSH buckets: 16 bands of 4 rows, a listing is a
 * candidate when one band of its signature equals the query's, and candidates are then scored on
 * the whole signature. Stored flat so a million removed listings fit in a few hundred megabytes:
 * the signatures in one typed array, and per band a table of (band hash, slot) pairs sorted by
 * hash, built at the first query after a change (the service rebuilds the index when the set of
 * removed listings changes, then only queries it).
 */
export class RelistIndex {
  private ids: (string | null)[] = [];
  private readonly slots = new Map<string, number>();
  private sigs = new Uint32Array(NUM_HASHES * 64);
  private count = 0;
  private tables: { keys: Uint32Array; slots: Uint32Array }[] | null = null;

  get size(): number {
    return this.slots.size;
  }

  /** Adds a removed listing under its id, from its normalised text. */
  add(id: string, normalizedText: string): void {
    this.addSignature(id, minhash(shingles(normalizedText)));
  }

  /** Adds a removed listing from a signature computed earlier (`minhash(shingles(text))`). */
  addSignature(id: string, sig: Uint32Array): void {
    this.remove(id);
    if ((this.count + 1) * NUM_HASHES > this.sigs.length) {
      const grown = new Uint32Array(this.sigs.length * 2);
      grown.set(this.sigs);
      this.sigs = grown;
    }
    this.sigs.set(sig, this.count * NUM_HASHES);
    this.ids.push(id);
    this.slots.set(id, this.count++);
    this.tables = null;
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    // The slot stays in the band tables; queries skip it.
    this.ids[slot] = null;
    this.slots.delete(id);
  }

  /** Removed listings whose estimated Jaccard similarity is at least `threshold`, best first (ties: earlier added first). */
  query(normalizedText: string, threshold = 0.6): { id: string; similarity: number }[] {
    return this.querySignature(minhash(shingles(normalizedText)), threshold);
  }

  querySignature(sig: Uint32Array, threshold = 0.6): { id: string; similarity: number }[] {
    if (this.slots.size === 0) return [];
    const tables = (this.tables ??= this.buildTables());
    const found: { slot: number; similarity: number }[] = [];
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      const { keys, slots } = tables[b]!;
      const key = bandHash(sig, 0, b);
      for (let i = lowerBound(keys, key); i < keys.length && keys[i] === key; i++) {
        const slot = slots[i]!;
        if (seen.has(slot) || this.ids[slot] === null || !sameBand(this.sigs, slot * NUM_HASHES, sig, b)) continue;
        seen.add(slot);
        const similarity = similarityAt(this.sigs, slot * NUM_HASHES, sig);
        if (similarity >= threshold) found.push({ slot, similarity });
      }
    }
    found.sort((x, y) => y.similarity - x.similarity || x.slot - y.slot);
    return found.map((f) => ({ id: this.ids[f.slot]!, similarity: f.similarity }));
  }

  /** The same answer by comparing the query with every stored signature (the baseline the bench measures against). */
  scanSignature(sig: Uint32Array, threshold = 0.6): { id: string; similarity: number }[] {
    const found: { slot: number; similarity: number }[] = [];
    for (let slot = 0; slot < this.count; slot++) {
      if (this.ids[slot] === null) continue;
      const similarity = similarityAt(this.sigs, slot * NUM_HASHES, sig);
      if (similarity >= threshold && bandsShared(this.sigs, slot * NUM_HASHES, sig)) found.push({ slot, similarity });
    }
    found.sort((x, y) => y.similarity - x.similarity || x.slot - y.slot);
    return found.map((f) => ({ id: this.ids[f.slot]!, similarity: f.similarity }));
  }

  private buildTables(): { keys: Uint32Array; slots: Uint32Array }[] {
    const n = this.count;
    const tables: { keys: Uint32Array; slots: Uint32Array }[] = [];
    const hashes = new Uint32Array(n);
    for (let b = 0; b < BANDS; b++) {
      for (let slot = 0; slot < n; slot++) hashes[slot] = bandHash(this.sigs, slot * NUM_HASHES, b);
      const slots = sortedSlots(hashes, n);
      const keys = new Uint32Array(n);
      for (let i = 0; i < n; i++) keys[i] = hashes[slots[i]!]!;
      tables.push({ keys, slots });
    }
    return tables;
  }
}

const PACK = 2 ** 21;
/** Slots ordered by hash, then slot: a typed-array sort of hash·2²¹ + slot (exact in a double) while slots fit in 21 bits. */
function sortedSlots(hashes: Uint32Array, n: number): Uint32Array {
  if (n > PACK) return Uint32Array.from(Array.from({ length: n }, (_, i) => i).sort((a, b) => hashes[a]! - hashes[b]! || a - b));
  const packed = new Float64Array(n);
  for (let slot = 0; slot < n; slot++) packed[slot] = hashes[slot]! * PACK + slot;
  packed.sort();
  const slots = new Uint32Array(n);
  for (let i = 0; i < n; i++) slots[i] = packed[i]! % PACK;
  return slots;
}

/** 32-bit hash of one band (ROWS minhash values) of a signature stored at `base`. */
function bandHash(sigs: Uint32Array, base: number, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sigs[base + band * ROWS + r]!, 0x01000193) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function sameBand(sigs: Uint32Array, base: number, q: Uint32Array, band: number): boolean {
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) if (sigs[base + r] !== q[r]) return false;
  return true;
}

function bandsShared(sigs: Uint32Array, base: number, q: Uint32Array): boolean {
  for (let b = 0; b < BANDS; b++) if (sameBand(sigs, base, q, b)) return true;
  return false;
}

function similarityAt(sigs: Uint32Array, base: number, q: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < NUM_HASHES; k++) if (sigs[base + k] === q[k]) same++;
  return same / NUM_HASHES;
}

function lowerBound(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const REMOVED_LISTING_SOURCE = 'removed-listing';

/**
 * Image side of relisting (RO-6): the PDQ hashes of removed listings' images in a multi-index, so a
 * new listing's image that is a re-encoded, resized or slightly cropped copy of a removed one is
 * found at the PDQ match threshold. A match names the removed listing and the hash it matched.
 */
export class RelistImageIndex {
  private constructor(private readonly index: PdqIndex) {}

  static build(entries: Iterable<{ removedId: string; hash: PdqHash }>): RelistImageIndex {
    const b = new PdqIndexBuilder();
    for (const e of entries) b.add(e.hash, e.removedId, REMOVED_LISTING_SOURCE);
    return new RelistImageIndex(b.build());
  }

  get size(): number {
    return this.index.size;
  }

  /** Removed listings with an image within the match threshold of this one, nearest first; `exclude` is the listing itself. */
  match(pdq: PdqQuery, exclude?: string): ImageHashMatch[] {
    const res = matchPdqAgainstBank(this.index, pdq);
    const out: ImageHashMatch[] = [];
    const seen = new Set<string>();
    for (const m of res.matches) {
      if (m.label === exclude || seen.has(m.label)) continue;
      seen.add(m.label);
      out.push({ label: m.label, category: 'relist', distance: m.distance, source: REMOVED_LISTING_SOURCE, removedListingId: m.label, hash: pdqHashToHex(this.index.hashAt(m.id)) });
    }
    return out;
  }
}
