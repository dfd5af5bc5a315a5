/** Public surface of the image-hashing library (DET-4); see docs/detection-images.md. */
export {
  type PdqHash, PDQ_HASH_BITS, PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY, hammingDistance, pdqHashToHex, tryParsePdqHex, parsePdqHex,
  isDegeneratePdqHash, type ParsedPdqHex,
} from './pdq-hash.js';
export type { PixelImage } from './pixel-image.js';
export {
  pdqFromPixels, pdqDihedralFromPixels, pdqFromLuma, PDQ_MIN_DIMENSION, type PdqResult, type PdqDihedralResult,
} from './pdq.js';
export { DIHEDRAL_NAMES, type DihedralName, type DihedralHashes } from './pdq-dihedral.js';
export { PdqIndex, PdqIndexBuilder, type PdqMatch, type PdqVariantMatch } from './pdq-index.js';
export { parseHashBankCsv, type BankEntry, type BankLineError, type BankParseResult, type BankParseOptions } from './bank-csv.js';
export { matchPdqAgainstBank, type PdqQuery, type PdqMatchOptions, type PdqBankResult } from './bank-match.js';
