/**
 * Relisting of removed listings (RO-6): MinHash signatures over word shingles of the normalised
 * title and description, bucketed with locality-sensitive hashing so a lookup touches only
 * candidates. A service fills the index from removed listings and passes it to screening.
 */
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

export function minhash(shingleSet: readonly string[]): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingleSet) {
    for (let k = 0; k < NUM_HASHES; k++) {
      const h = hash32(s, SEEDS[k]!);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

export const estimateSimilarity = (a: Uint32Array, b: Uint32Array): number => {
  let same = 0;
  for (let k = 0; k < NUM_HASHES; k++) if (a[k] === b[k]) same++;
  return same / NUM_HASHES;
};

export class RelistIndex {
  private readonly signatures = new Map<string, Uint32Array>();
  private readonly buckets = new Map<string, Set<string>>();

  get size(): number {
    return this.signatures.size;
  }

  /** Adds a removed listing under its id, from its normalised text. */
  add(id: string, normalizedText: string): void {
    const sig = minhash(shingles(normalizedText));
    this.remove(id);
    this.signatures.set(id, sig);
    for (const key of bandKeys(sig)) {
      const set = this.buckets.get(key) ?? new Set<string>();
      set.add(id);
      this.buckets.set(key, set);
    }
  }

  remove(id: string): void {
    const sig = this.signatures.get(id);
    if (!sig) return;
    for (const key of bandKeys(sig)) this.buckets.get(key)?.delete(id);
    this.signatures.delete(id);
  }

  /** Removed listings whose estimated Jaccard similarity is at least `threshold`, best first. */
  query(normalizedText: string, threshold = 0.6): { id: string; similarity: number }[] {
    const sig = minhash(shingles(normalizedText));
    const candidates = new Set<string>();
    for (const key of bandKeys(sig)) for (const id of this.buckets.get(key) ?? []) candidates.add(id);
    return [...candidates]
      .map((id) => ({ id, similarity: estimateSimilarity(sig, this.signatures.get(id)!) }))
      .filter((c) => c.similarity >= threshold)
      .sort((a, b) => b.similarity - a.similarity);
  }
}

function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
  return keys;
}
