import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOCK_INFO } from '../clocks/clock-info.js';
import { CLOCK_KINDS } from '../clocks/deadlines.js';
import { renderDecisionMatrixMarkdown } from './render-markdown.js';

describe('docs/decision-matrix.md', () => {
  it('matches the code (rewrite it with: npx tsx scripts/render-decision-matrix.ts)', () => {
    const committed = readFileSync(new URL('../../../docs/decision-matrix.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderDecisionMatrixMarkdown());
  });

  it('describes every clock and renders every source with its ten actions', () => {
    expect(Object.keys(CLOCK_INFO).sort()).toEqual([...CLOCK_KINDS].sort());
    const md = renderDecisionMatrixMarkdown();
    expect(md.match(/^## /gm)).toHaveLength(7);
    expect(md.match(/^\| (remove|no_action) \|/gm)).toHaveLength(12);
    expect(md).toContain('| suspend_account | n/a |'); // beyond an Art. 9 order: an own-initiative decision
    expect(md).toContain('| label | yes, Art. 17(1)(a) | yes | trader (Art. 17(1)) | trader | — | illegal: yes; T&C: — |');
    expect(md).toContain('Art. 17(5)');
  });
});

describe('rendered sections', () => {
  const md = renderDecisionMatrixMarkdown();
  const section = (name: string) => md.split(/^## /m).find((s) => s.startsWith(`${name} `)) ?? '';

  it('shows both grounds where they differ and one ground for orders', () => {
    expect(section('art16_notice')).toContain('illegal: yes; T&C: —');
    expect(section('art9_order')).toContain('illegal content only');
    expect(section('art9_order')).not.toContain('T&C:');
  });

  it('marks the combinations that cannot arise with the reason', () => {
    expect(section('gpsr_order').match(/\| n\/a \|/g)).toHaveLength(6);
    expect(section('art9_order').match(/\| n\/a \|/g)).toHaveLength(4);
    expect(section('own_initiative')).not.toContain('n/a');
    expect(section('gpsr_order')).toContain('explicit warning');
  });

  it('names the conditional GPSR notice clock where it applies', () => {
    expect(section('art16_notice')).toContain('`gpsr_notice` for a product-safety notice');
    expect(section('own_initiative')).not.toContain('gpsr_notice');
  });
});
