import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../core/errors.js';
import { screen } from '../../detection/screen.js';
import { parseListing } from './listing-input.js';
import { DEFAULT_RULES_DIR, loadEngine, loadRuleSet } from './load-engine.js';
import { ReloadableEngine } from './reloadable-rules.js';
import { runRuleFixtures } from './rule-fixtures.js';

describe('parseListing (vigil screen NDJSON contract)', () => {
  it('reads the contract fields', () => {
    const r = parseListing({ id: 'a', title: 'T', description: 'D', price: 9.5, currency: 'EUR', brand: 'B', category: ['Home', 'Garden'], language: 'de', url: 'https://x', images: ['https://img/1.jpg'] });
    expect(r).toEqual({ listing: expect.objectContaining({ id: 'a', title: 'T', description: 'D', price: 9.5, currency: 'EUR', brand: 'B', category: 'Home > Garden', language: 'de', url: 'https://x', images: [{ url: 'https://img/1.jpg' }] }) });
  });
  it('accepts numeric ids and string prices, and image objects with OCR text, QR codes and brands', () => {
    const r = parseListing({ id: 7, title: 'T', price: '12.5', images: [{ url: 'u', ocr_text: 'hello', qr: 'https://t.me/x', brands: ['Gucci'] }, 3] });
    if (!('listing' in r)) throw new Error('expected a listing');
    expect(r.listing.id).toBe('7');
    expect(r.listing.price).toBe(12.5);
    expect(r.listing.images).toEqual([{ url: 'u', ocrText: 'hello', qrPayloads: ['https://t.me/x'], brands: ['Gucci'] }]);
  });
  it('explains why a value is not a listing', () => {
    expect(parseListing(null)).toEqual({ error: 'not a JSON object' });
    expect(parseListing([1])).toEqual({ error: 'not a JSON object' });
    expect(parseListing({ title: 'x' })).toEqual({ error: 'missing id' });
    expect(parseListing({ id: 'a' })).toEqual({ error: 'listing a: missing title' });
  });
  it('passes Member State and trader age through for rules that use them', () => {
    const r = parseListing({ id: 'a', title: 't', member_state: 'PL', trader: { ageDays: 3 } });
    if (!('listing' in r)) throw new Error('expected a listing');
    expect(r.listing.memberState).toBe('PL');
    expect(r.listing.trader).toEqual({ ageDays: 3 });
  });
});

describe('shipped rules', () => {
  it('load and validate', () => {
    const set = loadRuleSet();
    expect(set.families.length).toBe(readdirSync(DEFAULT_RULES_DIR).filter((f) => f.endsWith('.json')).length);
    expect(set.rules.every((r) => /^[A-Z]+-\d+/.test(r.legalGround.requirement))).toBe(true);
  });
  it('pass every fixture expectation (vigil rules test)', () => {
    const report = runRuleFixtures(loadEngine());
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(report.passed).toBeGreaterThan(40);
  });
  it('declare a fail mode per family and a legal ground per rule', () => {
    for (const f of loadRuleSet().families) {
      expect(['open', 'closed']).toContain(f.failMode);
      for (const r of f.rules) expect(r.legalGround.sorCategory).toMatch(/^STATEMENT_CATEGORY_/);
    }
  });
});

describe('ReloadableEngine', () => {
  it('keeps the previous rules live when a new rule file is bad', () => {
    const live = new ReloadableEngine(loadEngine());
    const before = live.engine.rules.version;
    const dir = mkdtempSync(join(tmpdir(), 'vigil-rules-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ family: 'bad', description: 'x', failMode: 'open', rules: [{ id: 'x' }] }));
    const result = live.reload(() => loadRuleSet(dir));
    expect(result.ok).toBe(false);
    expect(result.version).toBe(before);
    if (!result.ok) {
      expect(isDomainError(result.error)).toBe(true);
      expect((result.error as { details: { path: string }[] }).details.map((d) => d.path)).toContain('bad.json.rules.0');
    }
    expect(screen({ id: 'l', title: 'Tramadol 100mg no prescription' }, live.engine).verdict).toBe('block');
  });
  it('swaps in a valid new rule set', () => {
    const live = new ReloadableEngine(loadEngine());
    const dir = mkdtempSync(join(tmpdir(), 'vigil-rules-'));
    const medicine = readFileSync(join(DEFAULT_RULES_DIR, 'medicine.json'), 'utf8');
    writeFileSync(join(dir, 'medicine.json'), medicine);
    const result = live.reload(() => loadRuleSet(dir));
    expect(result.ok).toBe(true);
    expect(live.engine.rules.families.map((f) => f.family)).toEqual(['medicine']);
    expect(screen({ id: 'l', title: 'Rolex replica' }, live.engine).verdict).toBe('allow');
  });
});
