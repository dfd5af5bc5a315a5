import type { SorGround, VigilCategory } from '../../src/detection/lexicons/categories.js';
import type { ExclusionScope, LexiconFile, LexiconGroup, TermRole, TermStrength } from '../../src/detection/lexicons/types.js';

/** The reviewable source form of a curated list (data/curated/*.json): terms keyed by language. */
export interface CuratedGroup {
  category: VigilCategory;
  role: TermRole;
  strength: TermStrength;
  cue?: string;
  tags?: string[];
  sor?: SorGround;
  excludes?: VigilCategory[];
  scope?: ExclusionScope;
  window?: number;
  terms?: Record<string, string[]>;
  /** Brand name to its aliases; each brand becomes one group so a hit knows its brand. */
  brands?: Record<string, string[]>;
}
export interface CuratedFile {
  id: string;
  description: string;
  source: string;
  licence: string;
  groups: CuratedGroup[];
}

export function curatedFile(file: CuratedFile, sorOf: (c: VigilCategory) => SorGround): LexiconFile {
  const groups: LexiconGroup[] = [];
  for (const g of file.groups) {
    const base = {
      category: g.category, role: g.role, strength: g.strength, sor: g.sor ?? sorOf(g.category),
      ...(g.cue ? { cue: g.cue } : {}), ...(g.tags ? { tags: g.tags } : {}),
      ...(g.excludes ? { excludes: g.excludes } : {}), ...(g.scope ? { scope: g.scope } : {}),
      ...(g.window !== undefined ? { window: g.window } : {}),
    };
    for (const [lang, terms] of Object.entries(g.terms ?? {})) {
      groups.push({ ...base, ...(lang === '*' ? {} : { lang }), terms: [...new Set(terms)] });
    }
    for (const [brand, aliases] of Object.entries(g.brands ?? {})) {
      groups.push({ ...base, brand: brand.trim(), terms: [...new Set(aliases)] });
    }
  }
  return { name: `curated-${file.id}`, version: '1', source: file.source, licence: file.licence, groups };
}
