import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../services/detection/load-engine.js';

const vigil = (args: string[], input = '') =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'vigil.js'), ...args], { input, encoding: 'utf8', cwd: tmpdir(), timeout: 60_000 });

describe('vigil screen (CLI contract)', () => {
  it('writes one result per readable line, in order, and reports bad lines with their number', () => {
    const input = [
      JSON.stringify({ id: 'c1', title: 'Kids wooden puzzle, 24 pieces', language: 'en', price: 12.5, currency: 'EUR' }),
      JSON.stringify({ id: 'c2', title: 'V\u200bi\u200ba\u200bg\u200br\u200ba 100mg - no prescription, order via t.me/fastpills' }),
      'not json',
      JSON.stringify({ id: 'c3' }),
      '',
      JSON.stringify({ id: 'c4', title: 'Links to us: https://shop.example-market.eu/x' }),
    ].join('\n');
    const run = vigil(['screen', '--own-domain', 'example-market.eu', '--own-domain', 'exm.link'], input);
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r['id'])).toEqual(['c1', 'c2', 'c4']);
    for (const r of rows) expect(Object.keys(r)).toEqual(['id', 'verdict', 'score', 'categories', 'signals']);
    expect(rows[0]).toMatchObject({ verdict: 'allow', categories: [], signals: [] });
    expect(rows[1]).toMatchObject({ verdict: 'block' });
    expect(rows[1]!['categories']).toEqual(expect.arrayContaining(['medicine', 'off_platform']));
    expect(rows[2]!['verdict']).toBe('allow');
    expect(run.stderr).toMatch(/line 3: not valid JSON/);
    expect(run.stderr).toMatch(/line 4: listing c3: missing title/);
  }, 60_000);

  it('uses another rules directory and rejects a bad one with path and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-rules-'));
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ family: 'x', description: 'd', failMode: 'open', rules: [] }));
    const run = vigil(['screen', '--rules', dir], '{"id":"a","title":"b"}\n');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/rule files rejected/);
    expect(run.stderr).toMatch(/x\.json\.rules: /);
    expect(run.stdout).toBe('');
  }, 60_000);
});

describe('vigil rules test', () => {
  it('runs every shipped fixture and passes', () => {
    const run = vigil(['rules', 'test']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ passed, 0 failed/);
  }, 60_000);

  it('reports each problem of a bad rule file and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-rules-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ family: 'bad', description: 'd', failMode: 'maybe', rules: [{ id: 'x' }] }));
    const run = vigil(['rules', 'test', '--rules', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.json\.failMode: /);
    expect(run.stderr).toMatch(/bad\.json\.rules\.0/);
  }, 60_000);
});
