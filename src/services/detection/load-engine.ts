import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type DetectionEngine, type EngineData, type EngineOptions } from '../../detection/engine.js';
import type { LexiconFile } from '../../detection/lexicons/types.js';
import type { RuleSet } from '../../detection/rules/evaluate.js';
import { compileRuleSet } from '../../detection/rules/rule-set.js';
import { loadRuleFamilies } from '../../detection/rules/validate.js';

/** The repository root, found from this file, so the CLI works from any working directory. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const DEFAULT_LEXICON_DIR = join(PROJECT_ROOT, 'data', 'lexicons');
export const DEFAULT_RULES_DIR = join(PROJECT_ROOT, 'rules');

const readJson = <T>(dir: string, name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

/** Reads the generated lexicon files (scripts/build-lexicons.ts) into the engine's data shape. */
export function loadEngineData(dir = DEFAULT_LEXICON_DIR): EngineData {
  const special = new Set(['fold.json', 'drug-stems.json', 'domains.json', 'tracking.json', 'brand-prices.json', 'safety-gate.json']);
  const lexicons = readdirSync(dir).filter((f) => f.endsWith('.json') && !special.has(f)).sort()
    .map((f) => readJson<LexiconFile>(dir, f));
  return {
    fold: readJson(dir, 'fold.json'),
    lexicons,
    stems: readJson(dir, 'drug-stems.json'),
    domains: readJson(dir, 'domains.json'),
    tracking: readJson(dir, 'tracking.json'),
    prices: readJson(dir, 'brand-prices.json'),
    safetyGate: readJson(dir, 'safety-gate.json'),
  };
}

/**
 * Reads and validates every rules/*.json file. A bad file throws a DomainError whose details give
 * the path and reason of each problem; the caller keeps its previous rule set live.
 */
export function loadRuleSet(dir = DEFAULT_RULES_DIR): RuleSet {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return compileRuleSet(loadRuleFamilies(files));
}

export function loadEngine(options: EngineOptions & { rulesDir?: string; lexiconDir?: string } = {}): DetectionEngine {
  return createEngine(loadEngineData(options.lexiconDir), loadRuleSet(options.rulesDir), options);
}
