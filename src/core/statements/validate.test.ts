import { describe, expect, it } from 'vitest';
import { A10_1, A10_2, a101 } from '../../../test/fixtures/tdb/examples.js';
import { VECTORS } from '../../../test/fixtures/tdb/vectors.js';
import { validateStatement } from './validate.js';
import { duplicatePuids, validateBatch } from './validate-batch.js';

describe('A11 test vectors: the server decision (server mode)', () => {
  const singles = VECTORS.filter((v) => v.kind === 'single');
  it.each(singles.map((v) => [`#${v.n} ${v.name}`, v] as const))('%s', (_, v) => {
    if (v.kind !== 'single') throw new Error('unreachable');
    const registry = new Set((v.before ?? []).map((b) => String(b.puid)));
    const r = validateStatement(v.body, { mode: 'server' });
    const duplicate = r.valid && duplicatePuids([String(v.body.puid)], (p) => registry.has(p)).length > 0;
    expect(r.valid && !duplicate ? 201 : 422).toBe(v.status);
    if (v.errorKeys && !duplicate) expect(Object.keys(r.errors).sort()).toEqual([...v.errorKeys].sort());
    for (const f of v.notStored ?? []) expect(r.data).not.toHaveProperty(f);
  });

  const batches = VECTORS.filter((v) => v.kind === 'batch');
  it.each(batches.map((v) => [`#${v.n} ${v.name}`, v] as const))('%s', (_, v) => {
    if (v.kind !== 'batch') throw new Error('unreachable');
    const r = validateBatch(v.body);
    expect(r.kind).not.toBe('ok');
    if (v.existingPuids) expect(r).toEqual({ kind: 'duplicate_puids', puids: v.existingPuids });
    if (v.statementErrors) {
      expect(r.kind).toBe('invalid_statements');
      if (r.kind !== 'invalid_statements') return;
      expect(Object.keys(r.errors)).toEqual(Object.keys(v.statementErrors));
      for (const [k, fields] of Object.entries(v.statementErrors)) expect(Object.keys(r.errors[k as `statement_${number}`]!)).toEqual(fields);
    }
    if (v.errorKeys?.includes('statements')) expect(r).toMatchObject({ kind: 'invalid_request', errors: { statements: [expect.any(String)] } });
  });

  it('covers all 26 vectors', () => {
    expect(new Set(VECTORS.map((v) => v.n)).size).toBe(26);
  });
});

describe('A11 test vectors: our client (strict mode) is at least as strict as the server', () => {
  const singles = VECTORS.filter((v) => v.kind === 'single');
  it.each(singles.map((v) => [`#${v.n} ${v.name}`, v] as const))('%s', (_, v) => {
    if (v.kind !== 'single') throw new Error('unreachable');
    const r = validateStatement(v.body);
    expect(r.valid ? 'accept' : 'reject').toBe(v.strict);
    if (v.status === 422 && v.errorKeys && !v.existingPuid) for (const k of v.errorKeys) expect(r.errors).toHaveProperty([k]);
  });

  it('#16: rejects an end date before the application date, naming the field', () => {
    const r = validateStatement(a101({ end_date_monetary_restriction: '2025-09-01' }));
    expect(r.errors.end_date_monetary_restriction).toEqual([expect.stringContaining('on or after the application date')]);
  });
});

describe('the two example payloads (A10)', () => {
  it.each([['A10.1', A10_1], ['A10.2', A10_2]] as const)('%s passes both modes', (_, s) => {
    expect(validateStatement(s, { mode: 'server' }).errors).toEqual({});
    expect(validateStatement(s).errors).toEqual({});
  });

  it('a batch of both is accepted', () => {
    expect(validateBatch({ statements: [A10_1, A10_2] }).kind).toBe('ok');
  });
});

describe('Laravel-shaped errors and messages (A7)', () => {
  it('uses the spec\'s messages and a top-level summary', () => {
    const r = validateStatement(a101({ territorial_scope: ['EL'], puid: 'bad puid!', application_date: '2025-9-15' }), { mode: 'server' });
    expect(r.errors).toEqual({
      territorial_scope: ['The selected territorial scope is invalid.'],
      application_date: ['The application date does not match the format YYYY-MM-DD.'],
      puid: ['The puid format is invalid.'],
    });
    expect(r.message).toBe('The selected territorial scope is invalid. (and 2 more errors)');
  });

  it('A6 rule 1: every decision field gets required_without_all', () => {
    const r = validateStatement(a101({ decision_visibility: [], decision_monetary: '', decision_provision: null, decision_account: undefined }), { mode: 'server' });
    expect(r.errors.decision_visibility).toEqual(['The decision visibility field is required when none of decision monetary / decision provision / decision account are present.']);
    expect(Object.keys(r.errors)).toHaveLength(4);
  });
});
