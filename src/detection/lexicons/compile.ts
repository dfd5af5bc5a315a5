import type { FoldTable } from '../normalize/fold-table.js';
import { normalize } from '../normalize/normalize.js';
import type { LexiconFile, LexiconGroup } from './types.js';
import { WordTrie } from './word-trie.js';

/** A group as loaded, with the file it came from (for the explanation's source and licence). */
export interface LoadedGroup extends LexiconGroup {
  readonly id: number;
  readonly file: string;
  readonly licence: string;
}

export interface TermRef {
  readonly group: LoadedGroup;
  readonly term: string;
}

export interface CompiledLexicon {
  readonly groups: readonly LoadedGroup[];
  /** every pattern, matched from word starts (terms start and end on word boundaries) */
  readonly trie: WordTrie;
  /** Entry i lists every source term whose normalised form is pattern i. */
  readonly entries: readonly (readonly TermRef[])[];
  readonly patterns: readonly string[];
  readonly versions: Record<string, string>;
}

const SEPARATORS = /[\s\-_.'’&/:+]+/g;

/** The normalised forms a term can appear in: as written, with its parts spaced, and joined. */
export function termVariants(term: string, table: FoldTable): string[] {
  const variants = new Set<string>();
  for (const form of [term, term.replace(SEPARATORS, ' '), term.replace(SEPARATORS, '')]) {
    const text = normalize(form, table).text;
    if (text.replace(/ /g, '').length >= 2) variants.add(text);
  }
  // A joined multi-word term ("sigsauer") may only be used when long enough not to be a word.
  return [...variants].filter((v) => v.includes(' ') || v.length >= 4 || !term.match(SEPARATORS));
}

export function compileLexicons(files: readonly LexiconFile[], table: FoldTable): CompiledLexicon {
  const groups: LoadedGroup[] = [];
  const index = new Map<string, TermRef[]>();
  const versions: Record<string, string> = {};
  for (const file of files) {
    versions[file.name] = file.version;
    for (const g of file.groups) {
      // Every group gets every field, in one order: groups read from files have different optional
      // fields, and V8 gave each combination its own object shape, which made every read of a
      // group's field on the screening path a slow generic lookup.
      const group: LoadedGroup = {
        category: g.category, role: g.role, strength: g.strength, cue: g.cue, tags: g.tags, brand: g.brand, lang: g.lang, sor: g.sor,
        excludes: g.excludes, scope: g.scope, window: g.window, terms: g.terms, id: groups.length, file: file.name, licence: file.licence,
      };
      groups.push(group);
      for (const term of g.terms) {
        for (const key of termVariants(term, table)) {
          const refs = index.get(key) ?? [];
          if (!refs.some((r) => r.group === group)) refs.push({ group, term });
          index.set(key, refs);
        }
      }
    }
  }
  const patterns = [...index.keys()];
  return { groups, trie: new WordTrie(patterns), entries: patterns.map((p) => index.get(p)!), patterns, versions };
}
