import type { SorGround, VigilCategory } from './categories.js';

/** item: names the thing sold; cue: context that changes what an item means; exclusion: makes it harmless. */
export type TermRole = 'item' | 'cue' | 'exclusion';
/** strong terms stand on their own; weak terms count only with a confirming cue in the same listing. */
export type TermStrength = 'strong' | 'weak';
/** Where an exclusion acts: on hits within `window` tokens, just before, or anywhere in the listing. */
export type ExclusionScope = 'near' | 'before' | 'listing';

/** One group of terms that share every attribute; the on-disk unit of data/lexicons/*.json. */
export interface LexiconGroup {
  category: VigilCategory;
  role: TermRole;
  strength: TermStrength;
  cue?: string;
  tags?: string[];
  brand?: string;
  lang?: string;
  sor: SorGround;
  excludes?: VigilCategory[];
  scope?: ExclusionScope;
  window?: number;
  terms: string[];
}

export interface LexiconFile {
  name: string;
  version: string;
  source: string;
  licence: string;
  groups: LexiconGroup[];
}
