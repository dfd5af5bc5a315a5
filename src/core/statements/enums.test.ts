import { describe, expect, it } from 'vitest';
import {
  CATEGORY_INFO, CONTENT_LANGUAGE_VALUES, EEA, EU27, EU_OFFICIAL_LANGUAGES, KEYWORD_INFO, KEYWORD_VALUES, keywordFits, keywordsOf,
  REJECTED_CATEGORY_VALUES, REMOVED_KEYWORD_VALUES, STATEMENT_CATEGORY_VALUES, TERRITORIAL_SCOPE_VALUES, TDB_STATEMENT_FIELDS,
  DECISION_LABELS, DECISION_VISIBILITY_VALUES, DECISION_MONETARY_VALUES, DECISION_PROVISION_VALUES, DECISION_ACCOUNT_VALUES,
  type Keyword,
} from './types.js';

describe('the TDB enumerations (A5)', () => {
  it('has the sizes of the spec', () => {
    expect(STATEMENT_CATEGORY_VALUES).toHaveLength(16);
    expect(KEYWORD_VALUES).toHaveLength(69);
    expect(TERRITORIAL_SCOPE_VALUES).toHaveLength(30);
    expect(CONTENT_LANGUAGE_VALUES).toHaveLength(184);
    expect(EU27).toHaveLength(27);
    expect(EEA).toHaveLength(30);
    expect(TDB_STATEMENT_FIELDS).toHaveLength(36);
    expect(Object.keys(DECISION_LABELS)).toHaveLength(DECISION_VISIBILITY_VALUES.length + DECISION_MONETARY_VALUES.length + DECISION_PROVISION_VALUES.length + DECISION_ACCOUNT_VALUES.length);
  });

  it('has no duplicates and only upper-case two-letter codes; Greece is GR', () => {
    for (const list of [STATEMENT_CATEGORY_VALUES, KEYWORD_VALUES, TERRITORIAL_SCOPE_VALUES, CONTENT_LANGUAGE_VALUES]) expect(new Set(list).size).toBe(list.length);
    expect([...TERRITORIAL_SCOPE_VALUES, ...CONTENT_LANGUAGE_VALUES].every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(TERRITORIAL_SCOPE_VALUES).toContain('GR');
    expect(TERRITORIAL_SCOPE_VALUES).not.toContain('EL');
    expect(EU27).not.toEqual(expect.arrayContaining(['IS']));
  });

  it('lists the 24 official EU languages among the accepted ones', () => {
    expect(EU_OFFICIAL_LANGUAGES).toHaveLength(24);
    for (const l of EU_OFFICIAL_LANGUAGES) expect(CONTENT_LANGUAGE_VALUES).toContain(l);
  });

  it('keeps removed and orders-only values out of the accepted lists (A11 #22, #23)', () => {
    for (const k of REMOVED_KEYWORD_VALUES) expect(KEYWORD_VALUES).not.toContain(k);
    for (const c of REJECTED_CATEGORY_VALUES) expect(STATEMENT_CATEGORY_VALUES).not.toContain(c);
  });
});

describe('the IR 2024/2835 taxonomy (NA-3)', () => {
  it('gives every keyword but KEYWORD_OTHER and the legacy KEYWORD_STALKING a parent category', () => {
    const orphans = KEYWORD_VALUES.filter((k) => KEYWORD_INFO[k].parent === null);
    expect(orphans.sort()).toEqual(['KEYWORD_OTHER', 'KEYWORD_STALKING']);
    for (const k of KEYWORD_VALUES) if (KEYWORD_INFO[k].parent) expect(STATEMENT_CATEGORY_VALUES).toContain(KEYWORD_INFO[k].parent);
  });

  it('numbers sub-categories uniquely and after their category (13b under 13)', () => {
    const codes = KEYWORD_VALUES.map((k) => KEYWORD_INFO[k].template).filter((c): c is string => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    for (const k of KEYWORD_VALUES) {
      const { parent, template } = KEYWORD_INFO[k];
      if (parent && template) expect(template.replace(/[a-z]$/, '')).toBe(String(CATEGORY_INFO[parent].template));
    }
  });

  it('gives categories 1–15 their keywords; 17 (not specified by the notifier) only KEYWORD_OTHER', () => {
    for (const c of STATEMENT_CATEGORY_VALUES) {
      if (c === 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE') expect(keywordsOf(c)).toEqual([]);
      else expect(keywordsOf(c).length, c).toBeGreaterThanOrEqual(2);
      expect(keywordFits('KEYWORD_OTHER', c)).toBe(true);
    }
  });

  it('maps the marketplace keywords NA-3 names', () => {
    const expected: [Keyword, string][] = [
      ['KEYWORD_PROHIBITED_PRODUCTS', 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS'],
      ['KEYWORD_UNSAFE_PRODUCTS', 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS'],
      ['KEYWORD_INAUTHENTIC_LISTINGS', 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD'],
      ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS', 'STATEMENT_CATEGORY_CONSUMER_INFORMATION'],
      ['KEYWORD_HIDDEN_ADVERTISEMENT', 'STATEMENT_CATEGORY_CONSUMER_INFORMATION'],
      ['KEYWORD_TRADEMARK_INFRINGEMENT', 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS'],
      ['KEYWORD_ADULT_SEXUAL_MATERIAL', 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC'],
      ['KEYWORD_RISK_PUBLIC_HEALTH', 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY'],
    ];
    for (const [k, c] of expected) expect(KEYWORD_INFO[k].parent).toBe(c);
  });
});
