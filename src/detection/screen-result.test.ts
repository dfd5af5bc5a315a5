import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/eval/corpus.js';
import type { ScreenSignal } from '../core/detection/screening.js';
import { loadEngine, PROJECT_ROOT } from '../services/detection/load-engine.js';
import { analyseOther } from './collect-other.js';
import { analyseText } from './collect-text.js';
import type { DetectionEngine } from './engine.js';
import { evaluateRules } from './rules/evaluate.js';
import { explain } from './screen-result.js';
import { screen } from './screen.js';
import type { Finding } from './signals/findings.js';
import type { ScreenInput } from './types.js';

let engine: DetectionEngine;
beforeAll(() => {
  engine = loadEngine({ ownDomains: ['example-market.eu'] });
});
const signalsOf = (input: Record<string, unknown>) => screen({ id: 'x', title: '', ...input }, engine).signals;

describe('explanations of each signal kind', () => {
  it('terms and cues carry role, strength, statement-of-reasons ground and list source', () => {
    const sigs = signalsOf({ title: 'Gucci belt replica' });
    const item = sigs.find((s) => s.kind === 'term')!;
    const cue = sigs.find((s) => s.kind === 'cue')!;
    expect(item).toMatchObject({ evidence: 'Gucci', term: 'gucci', detail: { role: 'item', brand: 'gucci', sorKeyword: 'KEYWORD_TRADEMARK_INFRINGEMENT' } });
    expect(cue).toMatchObject({ evidence: 'replica', detail: { role: 'cue', cue: 'counterfeit' } });
    expect(item.source).toBe('curated-counterfeit (Apache-2.0)');
  });
  it('links carry URL, domain and what is suspicious', () => {
    const [link] = signalsOf({ title: 'Photos at bit.ly/abc123' }).filter((s) => s.kind === 'link');
    expect(link).toMatchObject({ evidence: 'bit.ly/abc123', span: { field: 'title', start: 10, end: 23 }, detail: { domain: 'bit.ly', shortener: true, own: false } });
  });
  it('an obfuscated link says so', () => {
    const [link] = signalsOf({ title: 'cheaper at mybags dot com' }).filter((s) => s.kind === 'link');
    expect(link!.transforms).toEqual([{ kind: 'obfuscated_link', start: 11, end: 25 }]);
    expect(link!.evidence).toBe('mybags dot com');
  });
  it('contacts carry the normalised value and messenger', () => {
    const [c] = signalsOf({ title: 'Sofa', description: 'WhatsApp: +49 170 1234567' }).filter((s) => s.kind === 'contact');
    expect(c).toMatchObject({ span: { field: 'description' }, detail: { contact: 'messenger_handle', messenger: 'whatsapp' } });
  });
  it('price signals state the price, the reference and the ratio', () => {
    const [p] = signalsOf({ title: 'Hublot Big Bang', price: 150, currency: 'EUR' }).filter((s) => s.kind === 'price');
    expect(p).toMatchObject({ span: null, detail: { brand: 'hublot', priceEur: 150, referenceEur: 3000, ratio: 0.05 } });
    expect(p!.evidence).toBe('150.00 EUR for hublot (reference 3000 EUR)');
  });
  it('generic titles, trader age, image hashes, image brands, buyer reports and third parties are explained', () => {
    const kinds = new Set(signalsOf({
      title: 'Product', price: 1,
      trader: { ageDays: 1 },
      images: [{ brands: ['Chanel'], hashMatches: [{ label: 'bank-7', category: 'counterfeit', distance: 4, source: 'brand-bank' }] }],
      buyerSignals: { notAsDescribed: 4, orders: 5 },
      thirdPartyVerdicts: [{ source: 'tp', verdict: 'hidden_link', confidence: 0.95 }],
    }).map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['buyer_reports', 'generic_title', 'image_brand', 'image_hash', 'third_party']);
  });
  it('does not repeat the same evidence twice for one rule', () => {
    const sigs = signalsOf({ title: 'Rolex replica' });
    const keys = sigs.map((s) => `${s.rule}|${s.kind}|${s.span?.start}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a finding explained for several rules', () => {
  it('is, for each rule, exactly the signal built for that rule alone (same fields, same order)', () => {
    const listings: ScreenInput[] = [
      ...loadCorpus(join(PROJECT_ROOT, 'test', 'fixtures', 'detection')).map((c) => c.listing),
      {
        id: 'all-kinds', title: 'Product Rolex replica 1:1 WhatsApp +49 170 1234567', description: 'cheaper at mybags dot com, bit.ly/abc123', price: 1,
        trader: { ageDays: 1 }, images: [{ brands: ['Chanel'], hashMatches: [{ label: 'bank-7', category: 'counterfeit', distance: 4, source: 'brand-bank' }] }],
        buyerSignals: { notAsDescribed: 4, orders: 5 }, thirdPartyVerdicts: [{ source: 'tp', verdict: 'hidden_link', confidence: 0.95 }],
      },
    ];
    let shared = 0;
    for (const input of listings) {
      const fields = [{ field: 'title', text: input.title, links: true }, ...(input.description ? [{ field: 'description', text: input.description, links: true }] : [])];
      const { findings, normalized } = analyseText(engine, fields, input.language, input.memberState);
      for (const f of analyseOther(engine, input, findings, normalized, {})) findings.push(f);
      const byField = new Map(fields.map((f) => [f.field, f]));
      const cache = new Map<Finding, ScreenSignal>();
      for (const o of evaluateRules(engine.rules, findings, input)) {
        const seen = o.support.filter((f) => cache.has(f)).length;
        const got = explain(o, byField, normalized, cache);
        expect(JSON.stringify(got), `${input.id} ${o.rule.id}`).toBe(JSON.stringify(explain(o, byField, normalized, new Map())));
        shared += seen;
      }
    }
    expect(shared).toBeGreaterThan(20);
  });
});
