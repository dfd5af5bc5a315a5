import type { LinkifyIt } from 'linkify-it';
import { type CompiledLexicon, compileLexicons, type LoadedGroup } from './lexicons/compile.js';
import { patternGroups } from './lexicons/patterns.js';
import type { LexiconFile } from './lexicons/types.js';
import { type DomainData, DomainIndex } from './links/domains.js';
import { createLinkify } from './links/extract.js';
import { type TrackingProvider, TrackingRules } from './links/tracking.js';
import { createFoldTable, type FoldData, type FoldTable } from './normalize/fold-table.js';
import { normalize } from './normalize/normalize.js';
import type { RuleSet } from './rules/evaluate.js';
import type { BrandPriceTable } from './signals/price.js';
import { type SafetyGateAlert, SafetyGateIndex } from './signals/safety-gate.js';

export const ENGINE_VERSION = '1.0.0';

/** Every piece of data the engine uses, loaded by the caller (the library does no I/O). */
export interface EngineData {
  fold: FoldData;
  lexicons: LexiconFile[];
  stems?: { suffixes: string[] };
  domains: DomainData;
  tracking: { providers: TrackingProvider[] };
  prices: BrandPriceTable;
  safetyGate?: { alerts: SafetyGateAlert[] };
}

export interface EngineOptions {
  /** the marketplace's own domains (and short-link domains): links to them are not off-platform */
  ownDomains?: readonly string[];
}

/**
 * Documented input limits: longer fields are cut here and the result carries a `truncated`
 * signal, so one huge description cannot slow screening down for everyone.
 */
export const FIELD_LIMITS = { title: 1_000, description: 20_000, other: 5_000 } as const;

export interface DetectionEngine {
  readonly table: FoldTable;
  readonly lexicon: CompiledLexicon;
  readonly patterns: Map<string, LoadedGroup>;
  /** INN suffix stems indexed by their last three letters */
  readonly stems: ReadonlyMap<string, readonly string[]>;
  readonly stopWords: ReadonlySet<string>;
  readonly genericWords: ReadonlySet<string>;
  readonly linkify: LinkifyIt;
  readonly domains: DomainIndex;
  readonly tracking: TrackingRules;
  readonly prices: BrandPriceTable;
  readonly brandKeys: ReadonlyMap<string, string>;
  readonly safetyGate: SafetyGateIndex;
  readonly rules: RuleSet;
  readonly versions: { engine: string; unicode: string; lexicons: Record<string, string> };
}

export function createEngine(data: EngineData, rules: RuleSet, options: EngineOptions = {}): DetectionEngine {
  const table = createFoldTable(data.fold);
  const lexicon = compileLexicons(data.lexicons, table);
  const norm = (s: string): string => normalize(s, table).text;
  const genericWords = new Set(lexicon.groups.filter((g) => g.cue === 'generic_title').flatMap((g) => g.terms.map(norm)));
  // Words of any list that are cues or exclusions are common words, never stems of a drug name.
  const stopWords = new Set(lexicon.groups.filter((g) => g.role !== 'item').flatMap((g) => g.terms.map(norm)));
  return {
    table, lexicon, genericWords, stopWords,
    patterns: patternGroups(lexicon.groups.length),
    stems: indexStems((data.stems?.suffixes ?? []).map(norm).filter((s) => s.length >= 5)),
    linkify: createLinkify(),
    domains: new DomainIndex(data.domains, options.ownDomains ?? []),
    tracking: new TrackingRules(data.tracking.providers),
    prices: data.prices,
    brandKeys: new Map(Object.keys(data.prices.brands).map((b) => [norm(b), b])),
    safetyGate: new SafetyGateIndex(data.safetyGate?.alerts ?? []),
    rules,
    versions: { engine: ENGINE_VERSION, unicode: data.fold.unicodeVersion, lexicons: lexicon.versions },
  };
}

/** Same lexicons, new rules: a rule change needs no lexicon rebuild (every worker can swap cheaply). */
export const withRules = (engine: DetectionEngine, rules: RuleSet): DetectionEngine => ({ ...engine, rules });

function indexStems(stems: string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const s of stems) index.set(s.slice(-3), [...(index.get(s.slice(-3)) ?? []), s]);
  return index;
}
