/**
 * Matching one image's PDQ signal against a hash bank (DET-4), with HMA's rules: hashes of
 * quality below 50 are not matched (too flat to mean anything), distance ≤ 31 is a match.
 * Optional extras: the 8 dihedral variants (a rotated or mirrored copy of a banked image) and
 * the true-colour alternate of palette / 16-bit images (a banked JPEG re-saved as a GIF).
 */
import { DIHEDRAL_NAMES, type DihedralName } from './pdq-dihedral.js';
import { PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY, tryParsePdqHex, type PdqHash } from './pdq-hash.js';
import type { PdqIndex, PdqVariantMatch } from './pdq-index.js';

export interface PdqQuery {
  hash: string;
  quality: number;
  dihedral?: Partial<Record<DihedralName, string>>;
  alternate?: { hash: string; quality: number };
}

export interface PdqMatchOptions {
  threshold?: number;
  minQuality?: number;
  /** Also match the dihedral variants present in the query. Default true. */
  dihedral?: boolean;
  /** Also match the alternate hash when present. Default true. */
  alternate?: boolean;
}

export type PdqBankResult =
  | { status: 'matched' | 'no_match'; matches: PdqVariantMatch[] }
  | { status: 'skipped'; reason: 'low_quality' | 'invalid_hash'; matches: [] };

const parse = (hex: string): PdqHash | null => {
  const r = tryParsePdqHex(hex);
  return r.ok ? r.hash : null;
};

export const matchPdqAgainstBank = (index: PdqIndex, query: PdqQuery, options: PdqMatchOptions = {}): PdqBankResult => {
  const minQuality = options.minQuality ?? PDQ_MIN_QUALITY;
  const main = parse(query.hash);
  if (!main) return { status: 'skipped', reason: 'invalid_hash', matches: [] };
  const variants: { variant: string; hash: PdqHash }[] = [];
  if (query.quality >= minQuality) variants.push({ variant: 'orig', hash: main });
  if (query.quality >= minQuality && options.dihedral !== false && query.dihedral) {
    for (const name of DIHEDRAL_NAMES) {
      const hex = name === 'orig' ? undefined : query.dihedral[name];
      const h = hex ? parse(hex) : null;
      if (h) variants.push({ variant: name, hash: h });
    }
  }
  const alt = query.alternate && options.alternate !== false && query.alternate.quality >= minQuality ? parse(query.alternate.hash) : null;
  if (alt) variants.push({ variant: 'alternate', hash: alt });
  if (variants.length === 0) return { status: 'skipped', reason: 'low_quality', matches: [] };
  const matches = index.searchVariants(variants, options.threshold ?? PDQ_MATCH_THRESHOLD);
  return { status: matches.length > 0 ? 'matched' : 'no_match', matches };
};
