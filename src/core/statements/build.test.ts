import { describe, expect, it } from 'vitest';
import { isDomainError, type DomainError } from '../errors.js';
import { buildStatement, expandTerritorialScope, tdbLanguage, type DecisionForStatement } from './build.js';
import { ean13FromGtin } from './gtin.js';
import { validateStatement } from './validate.js';
import { TDB_FREE_TEXT_FIELDS } from './types.js';
import { counterfeitDecision } from '../../../test/fixtures/tdb/decisions.js';

const problemsOf = (d: DecisionForStatement): DomainError['details'] => {
  try {
    buildStatement(d);
  } catch (e) {
    if (isDomainError(e)) return e.details;
    throw e;
  }
  throw new Error('expected the build to fail');
};

describe('buildStatement: a Vigil decision → a TDB statement', () => {
  it('maps every element of Art. 17(3) and passes the strict validator', () => {
    const { statement: s, warnings } = buildStatement(counterfeitDecision());
    expect(warnings).toEqual([]);
    expect(validateStatement(s).errors).toEqual({});
    expect(s).toMatchObject({
      puid: 'dec_01J9ZK3M4Q',
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      decision_monetary: 'DECISION_MONETARY_SUSPENSION',
      end_date_monetary_restriction: '2025-10-15',
      decision_provision: null,
      decision_account: null,
      account_type: 'ACCOUNT_TYPE_BUSINESS',
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category_specification: ['KEYWORD_TRADEMARK_INFRINGEMENT'],
      content_id: { 'EAN-13': '4006381333931' },
      content_language: 'DE',
      content_date: '2025-09-02',
      application_date: '2025-09-15',
      source_type: 'SOURCE_ARTICLE_16',
      automated_detection: 'No',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    expect(s.territorial_scope).toHaveLength(27);
    expect(s).not.toHaveProperty('end_date_visibility_restriction');
  });

  it('writes decision_facts from the template: item, title, attribute, finding, source, measures, scope', () => {
    const facts = buildStatement(counterfeitDecision()).statement.decision_facts;
    expect(facts).toContain('Listing L-88213 titled "Powerbank 20000mAh USB-C 65W", posted on 2025-09-02.');
    expect(facts).toContain('after a notice submitted under Article 16 DSA');
    expect(facts).toContain('The attribute that failed: brand logo on the packaging and product.');
    expect(facts).toContain('Legal ground: Regulation (EU) 2017/1001, Article 9(2).');
    expect(facts).toContain('Measures: removal of content with no end date; suspension of monetary payments until 2025-10-15.');
    expect(facts).toContain('They apply from 2025-09-15 in all EU Member States.');
    expect(facts).toContain('The decision was taken by a human reviewer.');
  });

  it('names the rule and lexicon hits of automated detection', () => {
    const s = buildStatement(counterfeitDecision({
      automatedDetection: true, automatedDecision: 'partially', source: { kind: 'own_initiative', identity: 'ignored' },
      facts: { ...counterfeitDecision().facts, ruleHits: [{ id: 'ip.counterfeit.logo', label: 'brand logo near replica wording' }], lexiconHits: ['1:1 replica'] },
    })).statement;
    expect(s.decision_facts).toContain('Automated screening flagged it: rule ip.counterfeit.logo (brand logo near replica wording); the term "1:1 replica".');
    expect(s.decision_facts).toContain("found on the provider's own initiative");
    expect(s).toMatchObject({ source_type: 'SOURCE_VOLUNTARY', automated_detection: 'Yes', automated_decision: 'AUTOMATED_DECISION_PARTIALLY' });
    expect(s).not.toHaveProperty('source_identity');
  });

  it('scrubs every free-text field: reviewer text, the title, the notifier identity, "other" texts (Art. 24(5))', () => {
    const pii = 'Anna Kowalska (anna.kowalska@example.pl, +48 512 345 678)';
    const built = buildStatement(counterfeitDecision({
      knownNames: ['Anna Kowalska'],
      restrictions: { visibility: { types: ['DECISION_VISIBILITY_OTHER'], other: `hidden after a call with ${pii}` } },
      ground: { kind: 'incompatible', clause: 'Seller Terms section 7.3', explanation: `Counterfeit logo confirmed; buyer ${pii} complained.`, alsoIllegal: true },
      source: { kind: 'trusted_flagger', identity: pii },
      contentTypes: ['CONTENT_TYPE_PRODUCT', 'CONTENT_TYPE_OTHER'], contentTypeOther: `bundle offer by ${pii}`,
      facts: { ...counterfeitDecision().facts, title: 'Powerbank – call 0170 1234567', finding: `the logo differs; reported by ${pii}` },
    }));
    const s = built.statement;
    for (const f of TDB_FREE_TEXT_FIELDS) {
      const v = s[f];
      if (typeof v !== 'string') continue;
      for (const secret of ['Anna', 'Kowalska', 'anna.kowalska@example.pl', '512 345 678', '0170 1234567']) expect(v, f).not.toContain(secret);
    }
    expect(s).not.toHaveProperty('source_identity'); // only placeholders were left
    expect(s.incompatible_content_illegal).toBe('Yes');
    expect(built.scrub.removed).toMatchObject({ name: expect.any(Number), email: expect.any(Number), phone: expect.any(Number) });
    expect(JSON.stringify(built.scrub)).not.toContain('Kowalska');
  });

  it('keeps a notifier description that survives scrubbing', () => {
    const s = buildStatement(counterfeitDecision({ source: { kind: 'notice', identity: 'Rights holder represented by Jan Nowak' }, knownNames: ['Jan Nowak'] })).statement;
    expect(s.source_identity).toBe('Rights holder represented by [name]');
  });

  it('leaves out what would be wrong rather than sending it: bad GTIN, unknown language', () => {
    const built = buildStatement(counterfeitDecision({ gtin: '4006381333932', contentLanguage: 'xx' }));
    expect(built.statement).not.toHaveProperty('content_id');
    expect(built.statement).not.toHaveProperty('content_language');
    expect(built.warnings).toHaveLength(2);
  });

  it('fails, naming each problem, when the decision lacks what the statement needs', () => {
    const problems = problemsOf(counterfeitDecision({
      decisionId: 'dec 1/2',
      restrictions: {},
      primaryKeyword: 'KEYWORD_PHISHING',
      ground: { kind: 'illegal', legalGround: 'illegal', explanation: 'Policy violation.' },
    }));
    const paths = problems!.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['decisionId', 'primaryKeyword', 'decision_visibility', 'decision_monetary', 'illegal_content_legal_ground', 'illegal_content_explanation', 'puid']));
  });

  it('requires the KEYWORD_OTHER description and the "other" texts', () => {
    const problems = problemsOf(counterfeitDecision({ primaryKeyword: 'KEYWORD_OTHER', restrictions: { monetary: { type: 'DECISION_MONETARY_OTHER' } } }));
    expect(problems!.map((p) => p.path)).toEqual(expect.arrayContaining(['category_specification_other', 'decision_monetary_other']));
  });

  it('refuses end dates before the application date', () => {
    const problems = problemsOf(counterfeitDecision({ restrictions: { account: { type: 'DECISION_ACCOUNT_SUSPENDED', endDate: '2025-09-01' } } }));
    expect(problems!.map((p) => p.path)).toContain('end_date_account_restriction');
  });
});

describe('building blocks', () => {
  it('expands EU and EEA shorthands and reads EL as GR', () => {
    expect(expandTerritorialScope('EEA')).toHaveLength(30);
    expect(expandTerritorialScope('EU')).not.toContain('NO');
    expect(expandTerritorialScope(['el', 'DE', 'de'] as never)).toEqual(['DE', 'GR']);
    expect(() => expandTerritorialScope(['UK'] as never)).toThrow(/outside the EU\/EEA/);
  });

  it('maps languages to the TDB code list', () => {
    expect(tdbLanguage('de')).toBe('DE');
    expect(tdbLanguage('pt-BR')).toBe('PT');
    expect(tdbLanguage('xx')).toBeNull();
    expect(tdbLanguage(undefined)).toBeNull();
  });

  it.each([
    ['4006381333931', '4006381333931'],
    ['400-6381 333931', '4006381333931'],
    ['036000291452', '0036000291452'],
    ['00036000291452', '0036000291452'],
    ['10036000291459', null],
    ['4006381333932', null],
    ['96385074', null],
    ['12345', null],
  ])('GTIN %s → EAN-13 %s', (gtin, ean) => {
    expect(ean13FromGtin(gtin)).toBe(ean);
  });
});
