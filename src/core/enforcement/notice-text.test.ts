// RO-2: the warning carries the reasons and the redress; the suspension its end date.
import { describe, expect, it } from 'vitest';
import { measureText } from './notice-text.js';

describe('measure messages (RO-2)', () => {
  it('states the reasons and the redress in a warning, the period in a suspension', () => {
    const w = measureText({ measure: 'warning', lifted: false, points: 3, clauseId: 'T-7.2', until: null, immediate: false, decisionIds: ['d-1'] });
    expect(w).toContain('3 points');
    expect(w).toContain('clause T-7.2');
    expect(w).toContain('d-1');
    expect(w).toContain('complain');
    const s = measureText({ measure: 'suspension', lifted: false, points: 6, clauseId: 'T-7.3', until: '2026-04-01T10:00:00.000Z', immediate: false, decisionIds: [] });
    expect(s).toContain('until 2026-04-01T10:00:00.000Z');
    expect(measureText({ measure: 'termination', lifted: false, points: 12, clauseId: 'T-7.4', until: null, immediate: true, decisionIds: [] })).toContain('gravest case');
    expect(measureText({ measure: 'suspension', lifted: true, points: 6, clauseId: 'T-7.3', until: null, immediate: false, decisionIds: [] })).toContain('lifted');
  });
});
