import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../services/detection/load-engine.js';
import { createFoldTable } from '../normalize/fold-table.js';
import { normalize } from '../normalize/normalize.js';
import { DEFAULT_SOR, isVigilCategory, VIGIL_CATEGORIES } from './categories.js';
import { compileLexicons, termVariants } from './compile.js';
import { applyExclusions } from './context.js';
import { matchTerms, wordsBetween } from './match.js';
import { matchPatterns, patternGroups } from './patterns.js';
import type { LexiconFile, LexiconGroup } from './types.js';

const table = createFoldTable(JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'lexicons', 'fold.json'), 'utf8')));
const sor = DEFAULT_SOR.medicine;
const group = (over: Partial<LexiconGroup> & Pick<LexiconGroup, 'terms'>): LexiconGroup =>
  ({ category: 'medicine', role: 'item', strength: 'strong', sor, ...over });
const file = (groups: LexiconGroup[]): LexiconFile => ({ name: 'test', version: '1', source: 'test', licence: 'CC0-1.0', groups });

function findIn(lex: ReturnType<typeof compileLexicons>, text: string) {
  const norm = normalize(text, table);
  return { norm, hits: matchTerms(lex, 'title', norm) };
}

describe('categories', () => {
  it('maps every Vigil category to a statement-of-reasons category and keyword (A5 enums)', () => {
    for (const c of VIGIL_CATEGORIES) {
      expect(DEFAULT_SOR[c].category).toMatch(/^STATEMENT_CATEGORY_[A-Z_]+$/);
      expect(DEFAULT_SOR[c].keyword).toMatch(/^KEYWORD_[A-Z_]+$/);
      if (DEFAULT_SOR[c].keyword === 'KEYWORD_OTHER') expect(DEFAULT_SOR[c].other).toBeTruthy();
    }
    expect(isVigilCategory('medicine')).toBe(true);
    expect(isVigilCategory('drugs')).toBe(false);
  });
  it('uses the keyword the brief names for adult and counterfeit material', () => {
    expect(DEFAULT_SOR.adult).toMatchObject({ category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_ADULT_SEXUAL_MATERIAL' });
    expect(DEFAULT_SOR.counterfeit.keyword).toBe('KEYWORD_TRADEMARK_INFRINGEMENT');
  });
});

describe('termVariants', () => {
  it('adds spaced and joined forms for multi-word terms', () => {
    expect(termVariants('Sig Sauer', table).sort()).toEqual(['sig sauer', 'sigsauer']);
    // "AR15" written joined reads as leetspeak ("aris"); the joined variant goes the same way.
    expect(termVariants('AR-15', table).sort()).toEqual(['ar 15', 'ar15', 'aris']);
  });
  it('keeps one form for a single word', () => {
    expect(termVariants('Tramadol', table)).toEqual(['tramadoi']);
  });
  it('drops joined forms too short to be safe', () => {
    expect(termVariants('a b', table)).toEqual(['a b']);
  });
});

describe('compileLexicons + matchTerms', () => {
  const lex = compileLexicons([file([group({ terms: ['cialis', 'sig sauer', 'no prescription'] }), group({ terms: ['cialis'], category: 'supplement', tags: ['dod'] })])], table);

  it('matches on word boundaries only', () => {
    expect(findIn(lex, 'buy cialis now').hits).toHaveLength(2);
    expect(findIn(lex, 'specialist clinic').hits).toHaveLength(0);
    expect(findIn(lex, 'cialisandra').hits).toHaveLength(0);
    // Doubling a letter does not escape: the squeeze applies to terms and text alike.
    expect(findIn(lex, 'cialiss').hits).toHaveLength(2);
  });
  it('returns one hit per source group that lists the term', () => {
    const cats = findIn(lex, 'cialis').hits.map((h) => h.ref.group.category).sort();
    expect(cats).toEqual(['medicine', 'supplement']);
  });
  it('finds multi-word terms written joined, hyphenated or spaced', () => {
    for (const t of ['Sig Sauer P226', 'SigSauer', 'sig-sauer']) expect(findIn(lex, t).hits.length).toBeGreaterThan(0);
  });
  it('points the hit at the original characters', () => {
    const text = 'Cheap  C\u200bI\u200bA\u200bL\u200bI\u200bS!';
    const { hits } = findIn(lex, text);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('C\u200bI\u200bA\u200bL\u200bI\u200bS');
  });
  it('records the version of every lexicon file', () => {
    expect(lex.versions).toEqual({ test: '1' });
    expect(lex.patterns.length).toBe(lex.entries.length);
  });
});

describe('applyExclusions (context rules)', () => {
  const lex = compileLexicons([file([
    group({ terms: ['gun', 'pistol'], category: 'weapon' }),
    group({ terms: ['toy', 'glue gun'], category: 'weapon', role: 'exclusion', excludes: ['weapon'], scope: 'near', window: 2 }),
    group({ terms: ['without'], category: 'supplement', role: 'exclusion', excludes: ['supplement'], scope: 'before', window: 0 }),
    group({ terms: ['dmaa'], category: 'supplement' }),
    group({ terms: ['paperback'], category: 'medicine', role: 'exclusion', excludes: ['medicine'], scope: 'listing' }),
    group({ terms: ['valium'] }),
  ])], table);
  const run = (title: string, description = '') => {
    const t = normalize(title, table);
    const d = normalize(description, table);
    const fields = [{ field: 'title', text: t.text, hits: matchTerms(lex, 'title', t) }, { field: 'description', text: d.text, hits: matchTerms(lex, 'description', d) }];
    applyExclusions(fields);
    return fields.flatMap((f) => f.hits).filter((h) => h.ref.group.role !== 'exclusion');
  };

  it('a nearby exclusion neutralises a hit ("toy gun")', () => {
    const [hit] = run('Toy gun for kids');
    expect(hit!.suppressedBy).toBe('toy');
  });
  it('an exclusion further away than its window does not', () => {
    const [hit] = run('Toy box, blue, with stickers, and a real gun');
    expect(hit!.suppressedBy).toBeUndefined();
  });
  it('an overlapping exclusion neutralises ("glue gun")', () => {
    expect(run('Hot glue gun 60W')[0]!.suppressedBy).toBe('glue gun');
  });
  it('a negation acts only on the word right after it', () => {
    expect(run('Pre-workout without DMAA')[0]!.suppressedBy).toBe('without');
    expect(run('DMAA pre-workout, without sugar')[0]!.suppressedBy).toBeUndefined();
  });
  it('a listing-wide exclusion acts across fields', () => {
    expect(run('The Valium years', 'A memoir. Paperback, used.')[0]!.suppressedBy).toBe('paperback');
  });
  it('does not neutralise hits of other categories', () => {
    expect(run('Toy valium')[0]!.suppressedBy).toBeUndefined();
  });
});

describe('wordsBetween', () => {
  it('counts words strictly between two ranges, -1 when they overlap', () => {
    const text = 'a bb ccc dddd';
    expect(wordsBetween(text, { normStart: 0, normEnd: 1 }, { normStart: 9, normEnd: 13 })).toBe(2);
    expect(wordsBetween(text, { normStart: 9, normEnd: 13 }, { normStart: 0, normEnd: 1 })).toBe(2);
    expect(wordsBetween(text, { normStart: 2, normEnd: 4 }, { normStart: 5, normEnd: 8 })).toBe(0);
    expect(wordsBetween(text, { normStart: 0, normEnd: 4 }, { normStart: 2, normEnd: 8 })).toBe(-1);
  });
});

describe('pattern cues', () => {
  const groups = patternGroups(1000);
  const cues = (text: string) => matchPatterns('title', normalize(text, table), groups).map((h) => h.pattern);

  it('finds dosages in the matching form', () => {
    expect(cues('Tramadol 100 mg, 50mg or 1000 IU')).toEqual(['dosage', 'dosage', 'dosage']);
    expect(cues('100 ml bottle')).toEqual([]);
  });
  it('finds a 1:1 copy claim but not a 1:1 scale model or a ratio', () => {
    expect(cues('Rolex 1:1 copy')).toContain('one-to-one');
    expect(cues('Ferrari 1:1 scale')).not.toContain('one-to-one');
    expect(cues('mix 11:1')).not.toContain('one-to-one');
  });
  it('finds AAA grades but not AAA batteries', () => {
    expect(cues('Gucci bag AAA+ quality')).toContain('grade-aaa');
    expect(cues('AAA batteries 12 pack')).not.toContain('grade-aaa');
  });
  it('finds a child-like doll height only between 60 and 140 cm', () => {
    expect(cues('doll 100cm')).toContain('doll-height');
    expect(cues('doll 165 cm')).not.toContain('doll-height');
    expect(cues('shelf 45 cm')).not.toContain('doll-height');
  });
  it('finds a laser pointer of 5 mW or more, also when the word is spaced out', () => {
    expect(cues('Laser pointer 1.000mW green')).toContain('laser-power');
    expect(cues('l a s e r pointer 5000mW')).toContain('laser-power');
    expect(cues('Laser pointer 1mW for slides')).not.toContain('laser-power');
  });
  it('maps hits back to the original text', () => {
    const text = 'Xanax 2 mg';
    const [hit] = matchPatterns('title', normalize(text, table), groups);
    expect(text.slice(hit!.start, hit!.end)).toBe('2 mg');
  });
  it('gives each cue a synthetic group with its category and statement-of-reasons ground', () => {
    expect(groups.get('dosage')).toMatchObject({ category: 'medicine', role: 'cue', cue: 'medical_context', file: 'vigil-patterns' });
    expect(groups.get('laser-power')).toMatchObject({ category: 'unsafe', role: 'item', strength: 'strong' });
  });
});
