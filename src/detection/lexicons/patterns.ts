import type { SorGround, VigilCategory } from './categories.js';
import { DEFAULT_SOR } from './categories.js';
import type { LoadedGroup } from './compile.js';
import type { NormalizedText } from '../normalize/normalize.js';
import type { TermHit } from './match.js';
import type { TermRole, TermStrength } from './types.js';

/**
 * Cues that are about numbers and symbols rather than words, found with regular expressions on
 * the original text: a dosage ("100 mg"), a "1:1" copy claim, a doll height, a laser power.
 */
interface PatternCue {
  id: string;
  category: VigilCategory;
  role: TermRole;
  strength: TermStrength;
  cue?: string;
  tags?: string[];
  sor?: SorGround;
  /** normalized: run on the matching form (evasions undone, l→i, no punctuation); original: on the seller's text */
  on: 'original' | 'normalized';
  regex: RegExp;
  /** a cheap test that must pass before the regex runs (most listings have no number cue at all) */
  gate: (text: string) => boolean;
  accept?: (m: RegExpExecArray) => boolean;
}

// Gate expressions as constants: a regular expression literal inside the gate would create a new
// RegExp object on every call, for every field of every listing.
const DOSAGE_GATE = /\d ?(?:mg|mcg|ug|iu|ie|ui)\b/;
const AAA_GATE = /aaa/i;

const CUES: PatternCue[] = [
  { id: 'dosage', category: 'medicine', role: 'cue', strength: 'weak', cue: 'medical_context', on: 'normalized', gate: (t) => DOSAGE_GATE.test(t), regex: /\b\d+(?: \d+)? ?(?:mg|mcg|ug|iu|ie|ui)\b/g },
  { id: 'one-to-one', category: 'counterfeit', role: 'cue', strength: 'strong', cue: 'counterfeit', on: 'original', gate: (t) => t.includes(':') || t.includes('：'), regex: /(?<![\d.:/])1\s?[:：]\s?1(?![\d.:/])(?!\s*(?:scale|maßstab|massstab|échelle|echelle|escala|scala|skala|schaal|ratio|aspect|mix|dilution))/giu },
  { id: 'grade-aaa', category: 'counterfeit', role: 'cue', strength: 'weak', cue: 'counterfeit_weak', on: 'original', gate: (t) => AAA_GATE.test(t), regex: /\b(?:a{3,5}\+{0,3}|grade\s?a{3})(?=\s|$|[,.!)])(?!\s*(?:batter|akku|pile|pila|cell|size|bateri|batterij|pilha|rechargeable))/giu },
  { id: 'doll-height', category: 'child_safety', role: 'cue', strength: 'weak', cue: 'minor_weak', tags: ['height'],
    on: 'normalized', gate: (t) => t.includes('cm'), regex: /\b(\d{2,3}) ?cm\b/g, accept: (m) => Number(m[1]) >= 60 && Number(m[1]) <= 140 },
  { id: 'laser-power', category: 'unsafe', role: 'item', strength: 'strong', tags: ['high_power_laser'],
    // "laser" reads "iaser" in the matching form (l→i).
    on: 'normalized', gate: (t) => t.includes('mw') && t.includes('iaser'), regex: /iaser[a-z]*\b.{0,40}?\b(\d+) ?mw\b|\b(\d+) ?mw\b.{0,40}?iaser/g,
    accept: (m) => Number(m[1] ?? m[2] ?? '0') >= 5 },
];

let groupsCache: Map<string, LoadedGroup> | undefined;

/** Synthetic lexicon groups for the pattern cues, so rules treat them exactly like terms. */
export function patternGroups(firstId: number): Map<string, LoadedGroup> {
  if (groupsCache && groupsCache.values().next().value?.id === firstId) return groupsCache;
  groupsCache = new Map(CUES.map((c, i) => [c.id, {
    id: firstId + i, file: 'vigil-patterns', licence: 'Apache-2.0', category: c.category, role: c.role, strength: c.strength,
    sor: c.sor ?? DEFAULT_SOR[c.category], terms: [c.id], ...(c.cue ? { cue: c.cue } : {}), ...(c.tags ? { tags: c.tags } : {}),
  }]));
  return groupsCache;
}

export function matchPatterns(field: string, norm: NormalizedText, groups: Map<string, LoadedGroup>): TermHit[] {
  const hits: TermHit[] = [];
  for (const cue of CUES) {
    const text = cue.on === 'original' ? norm.original : norm.text;
    if (!cue.gate(text)) continue;
    cue.regex.lastIndex = 0;
    for (let m = cue.regex.exec(text); m; m = cue.regex.exec(text)) {
      if (cue.accept && !cue.accept(m)) continue;
      const from = m.index;
      const to = m.index + m[0].length;
      const ref = { group: groups.get(cue.id)!, term: m[0] };
      hits.push(cue.on === 'original'
        ? { field, ref, pattern: cue.id, normStart: -1, normEnd: -1, start: from, end: to }
        : { field, ref, pattern: cue.id, normStart: from, normEnd: to, start: norm.starts[from]!, end: norm.ends[to - 1]! });
    }
  }
  return hits;
}
