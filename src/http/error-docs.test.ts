import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/errors.js';
import { STATUS } from './error-handler.js';

// docs/errors.md is the contract integrators read; it must list exactly the codes the API emits.
describe('docs/errors.md', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const rows = [...doc.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])] as const);

  it('documents every error code with its HTTP status', () => {
    expect(rows.map(([c]) => c).sort()).toEqual([...ERROR_CODES].sort());
    for (const [code, status] of rows) expect(STATUS[code as keyof typeof STATUS]).toBe(status);
  });
});
