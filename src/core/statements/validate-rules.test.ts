import { describe, expect, it } from 'vitest';
import { A10_2, a101, type Payload } from '../../../test/fixtures/tdb/examples.js';
import { validateStatement } from './validate.js';
import { validateBatch } from './validate-batch.js';

/** [name, statement, server error keys ([] = accepted), strict error keys ([] = accepted)]. */
type Row = [string, Payload, string[], string[]];
const a102 = (changes: Payload = {}): Payload => ({ ...structuredClone(A10_2) as Payload, ...changes });
const len = (n: number, ch = 'a'): string => ch.repeat(n);

const LIMITS: Row[] = [
  ['decision_visibility_other 500 chars', a101({ decision_visibility: ['DECISION_VISIBILITY_OTHER'], decision_visibility_other: len(500) }), [], []],
  ['decision_visibility_other 501 chars', a101({ decision_visibility: ['DECISION_VISIBILITY_OTHER'], decision_visibility_other: len(501) }), ['decision_visibility_other'], ['decision_visibility_other']],
  ['decision_monetary_other 501 chars', a101({ decision_monetary: 'DECISION_MONETARY_OTHER', decision_monetary_other: len(501) }), ['decision_monetary_other'], ['decision_monetary_other']],
  ['illegal_content_legal_ground 501 chars', a101({ illegal_content_legal_ground: len(501) }), ['illegal_content_legal_ground'], ['illegal_content_legal_ground']],
  ['illegal_content_explanation 2000 chars', a101({ illegal_content_explanation: len(2000) }), [], []],
  ['illegal_content_explanation 2001 chars', a101({ illegal_content_explanation: len(2001) }), ['illegal_content_explanation'], ['illegal_content_explanation']],
  ['incompatible_content_ground 501 chars', a102({ incompatible_content_ground: len(501) }), ['incompatible_content_ground'], ['incompatible_content_ground']],
  ['incompatible_content_explanation 2001 chars', a102({ incompatible_content_explanation: len(2001) }), ['incompatible_content_explanation'], ['incompatible_content_explanation']],
  ['content_type_other 501 chars', a102({ content_type_other: len(501) }), ['content_type_other'], ['content_type_other']],
  ['category_specification_other 501 chars', a102({ category_specification_other: len(501) }), ['category_specification_other'], ['category_specification_other']],
  ['source_identity 501 chars', a101({ source_identity: len(501) }), ['source_identity'], ['source_identity']],
  ['decision_facts 5000 multibyte characters (counted in characters, not bytes)', a101({ decision_facts: len(5000, 'ü') }), [], []],
  ['decision_facts 5000 emoji', a101({ decision_facts: len(5000, '🛒') }), [], []],
  ['puid of 500 characters', a101({ puid: len(500, 'p') }), [], []],
  ['decision_ground_reference_url over 500 characters', a101({ decision_ground_reference_url: `https://example.org/${len(490)}` }), ['decision_ground_reference_url'], ['decision_ground_reference_url']],
];

const RULES: Row[] = [
  ['rule 2: all four restriction types at once', a101({ decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION', decision_account: 'DECISION_ACCOUNT_SUSPENDED' }), [], []],
  ['rule 5: illegal_* sent with ground INCOMPATIBLE is dropped, not an error', a102({ illegal_content_legal_ground: 'x' }), [], ['illegal_content_legal_ground']],
  ['rule 6: incompatible_content_illegal "Maybe"', a102({ incompatible_content_illegal: 'Maybe' }), ['incompatible_content_illegal'], ['incompatible_content_illegal']],
  ['rule 6: incompatible_content_illegal null (not nullable)', a102({ incompatible_content_illegal: null }), ['incompatible_content_illegal'], ['incompatible_content_illegal']],
  ['rule 6: incompatible_content_illegal omitted', a102({ incompatible_content_illegal: undefined }), [], []],
  ['rule 7: a blank explanation counts as missing', a101({ illegal_content_explanation: '   ' }), ['illegal_content_explanation'], ['illegal_content_explanation']],
  ['rule 9: category_specification_other without KEYWORD_OTHER', a101({ category_specification_other: 'x' }), [], ['category_specification_other']],
  ['B4: KEYWORD_OTHER without its description', a102({ category_specification_other: undefined }), [], ['category_specification_other']],
  ['rule 10: source_identity with a voluntary source', a101({ source_type: 'SOURCE_VOLUNTARY' }), [], ['source_identity']],
  ['rule 11: "08-08-2023"', a101({ content_date: '08-08-2023' }), ['content_date'], ['content_date']],
  ['rule 11: a datetime', a101({ content_date: '2023-08-08T00:00:00Z' }), ['content_date'], ['content_date']],
  ['rule 11: 30 February', a101({ content_date: '2023-02-30' }), ['content_date'], ['content_date']],
  ['rule 11: content_date on its lower bound', a101({ content_date: '2000-01-01' }), [], []],
  ['rule 11: end date on the upper bound', a101({ end_date_monetary_restriction: '2038-01-01' }), [], []],
  ['rule 12: content_date after application_date', a101({ content_date: '2025-09-16' }), [], ['content_date']],
  ['rule 12: end date of a restriction that is not imposed', a101({ end_date_account_restriction: '2025-12-01' }), [], ['end_date_account_restriction']],
  ['rule 12: end date equal to the application date', a101({ end_date_monetary_restriction: '2025-09-15' }), [], []],
  ['rule 14: territorial_scope omitted (server accepts, docs require)', a101({ territorial_scope: undefined }), [], ['territorial_scope']],
  ['rule 14: territorial_scope null', a101({ territorial_scope: null }), [], ['territorial_scope']],
  ['rule 15: unknown content type', a101({ content_type: ['CONTENT_TYPE_PRODUCT', 'CONTENT_TYPE_HOLOGRAM'] }), ['content_type'], ['content_type']],
  ['rule 15: decision_visibility as a string', a101({ decision_visibility: 'DECISION_VISIBILITY_CONTENT_REMOVED' }), ['decision_visibility'], ['decision_visibility']],
  ['rule 15: unknown visibility value', a101({ decision_visibility: ['DECISION_VISIBILITY_SHADOW_BANNED'] }), ['decision_visibility'], ['decision_visibility']],
  ['rule 16: category_addition null (and KEYWORD_UNSAFE_PRODUCTS loses its category)', a101({ category_addition: null }), ['category_addition'], ['category_addition', 'category_specification']],
  ['rule 16: category_addition with a removed category', a101({ category_addition: ['STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS'] }), ['category_addition'], ['category_addition', 'category_specification']],
  ['rule 17: content_id with another key', a101({ content_id: { 'EAN-13': '4006381333931', GTIN: '1' } }), ['content_id'], ['content_id']],
  ['rule 17: EAN-13 as a number (Laravel\'s regex accepts numerics)', a101({ content_id: { 'EAN-13': 4006381333931 } }), [], ['content_id.EAN-13']],
  ['rule 17: EAN-13 with a wrong check digit (the server does not check it)', a101({ content_id: { 'EAN-13': '4006381333932' } }), [], ['content_id.EAN-13']],
  ['rule 17: content_id null', a101({ content_id: null }), [], []],
  ['rule 18: the literal string "null" on a nullable enum', a101({ decision_provision: 'null' }), [], ['decision_provision']],
  ['rule 18: null on a non-nullable optional field', a102({ content_type_other: null }), ['content_type_other'], ['content_type_other']],
  ['rule 20: an e-mail address in decision_facts', a101({ decision_facts: `${A10_2.decision_facts} Notifier: anna.kowalska@example.pl` }), [], ['decision_facts']],
  ['rule 20: a phone number in source_identity', a101({ source_identity: 'Rights holder, tel. +49 170 1234567' }), [], ['source_identity']],
  ['A5: KEYWORD_STALKING is accepted by the TDB but outside the IR taxonomy', a101({ category_specification: ['KEYWORD_STALKING'] }), [], ['category_specification']],
  ['NA-3: keyword of another category', a101({ category_specification: ['KEYWORD_PHISHING'] }), [], ['category_specification']],
  ['A8: automated_decision "Yes" (the docs example is wrong)', a101({ automated_decision: 'Yes' }), ['automated_decision'], ['automated_decision']],
  ['decision_ground_reference_url that is not a URL', a101({ decision_ground_reference_url: 'see our terms' }), ['decision_ground_reference_url'], ['decision_ground_reference_url']],
  ['account_type unknown', a101({ account_type: 'ACCOUNT_TYPE_GOVERNMENT' }), ['account_type'], ['account_type']],
  ['a field the server does not know', a101({ uuid: 'abc' }), [], ['uuid']],
  ['decision_ground missing', a101({ decision_ground: undefined }), ['decision_ground'], ['decision_ground']],
  ['content_language lower case', a101({ content_language: 'de' }), ['content_language'], ['content_language']],
];

describe('field limits of A4 (server and strict)', () => {
  it.each(LIMITS)('%s', (_, s, server, strict) => {
    expect(Object.keys(validateStatement(s, { mode: 'server' }).errors).sort()).toEqual([...server].sort());
    expect(Object.keys(validateStatement(s).errors).sort()).toEqual([...strict].sort());
  });
});

describe('A6 rules, A8 and our stricter client rules', () => {
  it.each(RULES)('%s', (_, s, server, strict) => {
    expect(Object.keys(validateStatement(s, { mode: 'server' }).errors).sort()).toEqual([...server].sort());
    expect(Object.keys(validateStatement(s).errors).sort()).toEqual([...strict].sort());
  });

  it('rule 5: the dropped fields are not kept', () => {
    expect(validateStatement(a102({ illegal_content_legal_ground: 'x' }), { mode: 'server' }).data).not.toHaveProperty('illegal_content_legal_ground');
  });

  it('rules 9–10: the single endpoint keeps category_specification_other, the batch endpoint nulls it and source_identity', () => {
    const s = a101({ category_specification_other: 'x', source_type: 'SOURCE_VOLUNTARY' });
    expect(validateStatement(s, { mode: 'server' }).data).toMatchObject({ category_specification_other: 'x' });
    expect(validateStatement(s, { mode: 'server' }).data).not.toHaveProperty('source_identity');
    expect(validateStatement(s, { mode: 'server', endpoint: 'batch' }).data).toMatchObject({ category_specification_other: null, source_identity: null });
  });

  it('content_id_ean: checked on the single endpoint, ignored by the batch endpoint, refused by us', () => {
    const s = a101({ content_id_ean: '123' });
    expect(Object.keys(validateStatement(s, { mode: 'server' }).errors)).toEqual(['content_id_ean']);
    expect(validateStatement(s, { mode: 'server', endpoint: 'batch' }).valid).toBe(true);
    expect(validateStatement(a101({ content_id_ean: '4006381333931' })).errors).toHaveProperty('content_id_ean');
  });

  it('a body that is not an object fails every required field', () => {
    const r = validateStatement('not json', { mode: 'server' });
    for (const f of ['decision_ground', 'content_type', 'category', 'content_date', 'application_date', 'decision_facts', 'source_type', 'automated_detection', 'automated_decision', 'puid']) {
      expect(r.errors[f], f).toEqual([`The ${f.replace(/_/g, ' ')} field is required.`]);
    }
  });

  it('names passed by the caller count as personal data', () => {
    const s = a101({ source_identity: 'Ewa Nowak for the trade mark holder' });
    expect(validateStatement(s).valid).toBe(true);
    expect(validateStatement(s, { scrub: { names: ['Ewa Nowak'] } }).errors.source_identity).toEqual([expect.stringContaining('(name)')]);
  });
});

describe('batch requests (A6 rule 19)', () => {
  it('accepts exactly 100 and reports a non-array', () => {
    expect(validateBatch({ statements: Array.from({ length: 100 }, (_, i) => a101({ puid: `b-${i}` })) }).kind).toBe('ok');
    expect(validateBatch({ statements: 'x' })).toMatchObject({ kind: 'invalid_request', errors: { statements: ['The statements field must be an array.'] } });
    expect(validateBatch({})).toMatchObject({ kind: 'invalid_request', message: 'The statements field is required.' });
  });

  it('reports PUIDs the platform already used', () => {
    const r = validateBatch({ statements: [a101({ puid: 'old' }), a101({ puid: 'new' })] }, { puidExists: (p) => p === 'old' });
    expect(r).toEqual({ kind: 'duplicate_puids', puids: ['old'] });
  });

  it('validates every item before looking at PUIDs', () => {
    const r = validateBatch({ statements: [a101({ puid: 'same' }), a101({ puid: 'same', content_type: [] })] });
    expect(r.kind).toBe('invalid_statements');
  });
});
