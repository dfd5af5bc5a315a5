/**
 * Hash-bank index: every bank entry within a Hamming threshold of a query, fast at a million
 * entries (DET-4). Multi-index hashing: the 256 bits are cut into 16 chunks of 16 bits (one
 * DCT row each) and every chunk value has a bucket of entry ids. If d(q, h) ≤ t, then by the
 * pigeonhole principle at least one chunk differs in ≤ ⌊t/16⌋ bits, so probing, per chunk,
 * every value within r = ⌊t/16⌋ bits of the query chunk finds every true match: the search is
 * exact, not approximate. At the documented threshold 31, r = 1: 16 × 17 bucket probes
 * instead of reading every hash. Candidates are then checked with the full distance.
 *
 * Buckets are stored as compressed rows (offsets + ids per chunk) in typed arrays, so 1M
 * entries cost about 100 MB and no per-entry objects. The index is immutable: banks change
 * rarely, and a rebuild of 1M entries takes well under a second (see bench/pdq.ts).
 */
import { hammingDistance, PDQ_HASH_WORDS, PDQ_MATCH_THRESHOLD, popcount32, type PdqHash } from './pdq-hash.js';
import { neighbourMasks } from './bit-neighbours.js';

const CHUNKS = 16;
const CHUNK_VALUES = 1 << 16;
/** Past this per-chunk radius (t ≥ 80) probing costs more than reading every hash. */
const MAX_PROBE_RADIUS = 4;

export interface PdqMatch {
  /** Position of the entry in insertion order. */
  id: number;
  distance: number;
  label: string;
  source: string;
}

export interface PdqVariantMatch extends PdqMatch {
  /** Which query variant came closest (e.g. a dihedral name). */
  variant: string;
}

const chunkOf = (words: Uint32Array, base: number, c: number): number =>
  (words[base + (c >>> 1)]! >>> ((c & 1) << 4)) & 0xffff;

export class PdqIndexBuilder {
  private words = new Uint32Array(PDQ_HASH_WORDS * 1024);
  private count = 0;
  private labelIds: number[] = [];
  private sourceIds: number[] = [];
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();

  get size(): number {
    return this.count;
  }

  /** Labels and sources repeat a lot in real banks, so they are interned. */
  private intern(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  add(hash: PdqHash, label: string, source: string): number {
    if (hash.length !== PDQ_HASH_WORDS) throw new Error('PdqIndexBuilder.add: not a 256-bit hash');
    if ((this.count + 1) * PDQ_HASH_WORDS > this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words.set(hash, this.count * PDQ_HASH_WORDS);
    this.labelIds.push(this.intern(label));
    this.sourceIds.push(this.intern(source));
    return this.count++;
  }

  build(): PdqIndex {
    const n = this.count;
    const words = this.words.slice(0, n * PDQ_HASH_WORDS);
    // Counting sort per chunk: offsets[c][v] .. offsets[c][v+1] index into ids[c].
    const offsets = new Uint32Array(CHUNKS * (CHUNK_VALUES + 1));
    const ids = new Uint32Array(CHUNKS * n);
    for (let c = 0; c < CHUNKS; c++) {
      const ob = c * (CHUNK_VALUES + 1);
      for (let e = 0; e < n; e++) {
        const slot = ob + chunkOf(words, e * PDQ_HASH_WORDS, c) + 1;
        offsets[slot] = offsets[slot]! + 1;
      }
      for (let v = 0; v < CHUNK_VALUES; v++) offsets[ob + v + 1] = offsets[ob + v + 1]! + offsets[ob + v]!;
      const fill = offsets.slice(ob, ob + CHUNK_VALUES);
      const ib = c * n;
      for (let e = 0; e < n; e++) {
        const v = chunkOf(words, e * PDQ_HASH_WORDS, c);
        ids[ib + fill[v]!] = e;
        fill[v] = fill[v]! + 1;
      }
    }
    return new PdqIndex(n, words, offsets, ids, Uint32Array.from(this.labelIds), Uint32Array.from(this.sourceIds), [...this.strings]);
  }
}

export class PdqIndex {
  constructor(
    readonly size: number,
    private readonly words: Uint32Array,
    private readonly offsets: Uint32Array,
    private readonly ids: Uint32Array,
    private readonly labelIds: Uint32Array,
    private readonly sourceIds: Uint32Array,
    private readonly strings: string[],
  ) {}

  static fromEntries(entries: Iterable<{ hash: PdqHash; label: string; source: string }>): PdqIndex {
    const b = new PdqIndexBuilder();
    for (const e of entries) b.add(e.hash, e.label, e.source);
    return b.build();
  }

  hashAt(id: number): PdqHash {
    return this.words.slice(id * PDQ_HASH_WORDS, (id + 1) * PDQ_HASH_WORDS);
  }

  /** Bytes held by the typed arrays (hashes, buckets, labels); strings not counted. */
  get byteSize(): number {
    return this.words.byteLength + this.offsets.byteLength + this.ids.byteLength + this.labelIds.byteLength +
      this.sourceIds.byteLength;
  }

  private distanceTo(q: PdqHash, id: number): number {
    const b = id * PDQ_HASH_WORDS;
    const w = this.words;
    return popcount32(q[0]! ^ w[b]!) + popcount32(q[1]! ^ w[b + 1]!) + popcount32(q[2]! ^ w[b + 2]!) +
      popcount32(q[3]! ^ w[b + 3]!) + popcount32(q[4]! ^ w[b + 4]!) + popcount32(q[5]! ^ w[b + 5]!) +
      popcount32(q[6]! ^ w[b + 6]!) + popcount32(q[7]! ^ w[b + 7]!);
  }

  private match(id: number, distance: number): PdqMatch {
    return { id, distance, label: this.strings[this.labelIds[id]!]!, source: this.strings[this.sourceIds[id]!]! };
  }

  /**
   * All entries with distance ≤ threshold, nearest first (ties by id). Exact. An entry can be
   * reached through several chunks; it is reported only from the first chunk within the
   * radius, which needs no per-query "seen" set (a random-access array that cost more than
   * the distance checks themselves at 1M entries).
   */
  search(query: PdqHash, threshold: number = PDQ_MATCH_THRESHOLD): PdqMatch[] {
    checkThreshold(threshold);
    const radius = Math.floor(threshold / CHUNKS);
    if (radius > MAX_PROBE_RADIUS) return this.scan(query, threshold);
    const masks = neighbourMasks(16, radius);
    const out: PdqMatch[] = [];
    const q = Uint32Array.from(query);
    const qChunks = new Int32Array(CHUNKS);
    for (let c = 0; c < CHUNKS; c++) qChunks[c] = chunkOf(q, 0, c);
    const { offsets, ids, words, size } = this;
    for (let c = 0; c < CHUNKS; c++) {
      const ob = c * (CHUNK_VALUES + 1);
      const ib = c * size;
      const qc = qChunks[c]!;
      for (let m = 0; m < masks.length; m++) {
        const v = qc ^ masks[m]!;
        const end = offsets[ob + v + 1]!;
        for (let p = offsets[ob + v]!; p < end; p++) {
          const id = ids[ib + p]!;
          const d = this.distanceTo(q, id);
          if (d > threshold) continue;
          let earlier = false;
          for (let e = 0; e < c && !earlier; e++) earlier = popcount32(qChunks[e]! ^ chunkOf(words, id * PDQ_HASH_WORDS, e)) <= radius;
          if (!earlier) out.push(this.match(id, d));
        }
      }
    }
    return out.sort(byDistanceThenId);
  }

  /** The same answer by reading every hash; the baseline the index is measured against. */
  scan(query: PdqHash, threshold: number = PDQ_MATCH_THRESHOLD): PdqMatch[] {
    checkThreshold(threshold);
    const out: PdqMatch[] = [];
    const qwords = Uint32Array.from(query);
    for (let id = 0; id < this.size; id++) {
      const d = this.distanceTo(qwords, id);
      if (d <= threshold) out.push(this.match(id, d));
    }
    return out.sort(byDistanceThenId);
  }

  /**
   * Searches several variants of one image (e.g. the 8 dihedral hashes, so rotated or
   * mirrored copies of a banked image match) and keeps each entry once, at its best variant.
   */
  searchVariants(variants: Iterable<{ variant: string; hash: PdqHash }>, threshold: number = PDQ_MATCH_THRESHOLD): PdqVariantMatch[] {
    const best = new Map<number, PdqVariantMatch>();
    for (const { variant, hash } of variants) {
      for (const m of this.search(hash, threshold)) {
        const prev = best.get(m.id);
        if (!prev || m.distance < prev.distance) best.set(m.id, { ...m, variant });
      }
    }
    return [...best.values()].sort(byDistanceThenId);
  }
}

const byDistanceThenId = (a: PdqMatch, b: PdqMatch): number => a.distance - b.distance || a.id - b.id;

const checkThreshold = (t: number): void => {
  if (!Number.isInteger(t) || t < 0 || t > 256) throw new RangeError(`PDQ threshold must be an integer 0..256, got ${t}`);
};

/** Exported for tests that check the index against a scan on plain arrays. */
export const linearScan = (hashes: readonly PdqHash[], query: PdqHash, threshold: number): { id: number; distance: number }[] =>
  hashes
    .map((h, id) => ({ id, distance: hammingDistance(h, query) }))
    .filter((m) => m.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.id - b.id);
