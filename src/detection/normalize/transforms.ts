/**
 * What normalisation did to a character, as bit flags on each normalised position, so a hit can be
 * explained in terms of the original text ("after removing zero-width characters at 12–19").
 */
export const TRANSFORM = {
  accent: 1,
  compat: 2,
  homoglyph: 4,
  invisible: 8,
  leet: 16,
  spacing: 32,
  punctuation: 64,
  repeat: 128,
} as const;

export type TransformKind = keyof typeof TRANSFORM;
export const TRANSFORM_KINDS = Object.keys(TRANSFORM) as TransformKind[];

/** The transforms that only an evasion produces; accents and width forms occur in honest text. */
export const EVASION_TRANSFORMS: readonly TransformKind[] = ['homoglyph', 'invisible', 'leet', 'spacing', 'punctuation', 'repeat'];

/** One applied transform, located in the original text (UTF-16 offsets, end exclusive). */
export interface AppliedTransform {
  kind: TransformKind;
  start: number;
  end: number;
}

export const kindsOf = (flags: number): TransformKind[] => TRANSFORM_KINDS.filter((k) => (flags & TRANSFORM[k]) !== 0);
