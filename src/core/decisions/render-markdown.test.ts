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
