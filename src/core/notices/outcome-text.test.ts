import { describe, expect, it } from 'vitest';
import { outcomeMessage } from './outcome-text.js';

const facts = { reference: 'N-1', acted: true, automated: false, complaintUrl: 'https://m.example/c?d=1', outOfCourtUrl: 'https://m.example/ods' };

describe('outcome message to the notifier (Art. 16(5), Art. 20(1))', () => {
  it('states the configured complaint window in every language (CH-1)', () => {
    for (const lang of ['en', 'de', 'fr', 'es'] as const) {
      const six = outcomeMessage(lang, { ...facts, complaintWindowMonths: 6 });
      const twelve = outcomeMessage(lang, { ...facts, complaintWindowMonths: 12 });
      expect(JSON.stringify(six)).toContain(' 6 ');
      expect(JSON.stringify(twelve)).toContain(' 12 ');
      expect(JSON.stringify(twelve)).toContain(facts.complaintUrl);
      expect(JSON.stringify(twelve)).toContain(facts.outOfCourtUrl);
    }
  });
});
