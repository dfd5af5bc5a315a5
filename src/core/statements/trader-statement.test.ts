import { describe, expect, it } from 'vitest';
import { counterfeitDecision } from '../../../test/fixtures/tdb/decisions.js';
import { isDomainError } from '../errors.js';
import { buildTraderStatement, complaintUrl, TRADER_LANGUAGES, traderLanguage, type TraderStatementOptions } from './trader-statement.js';

const options: TraderStatementOptions = {
  platformName: 'Example Market',
  complaintUrlTemplate: 'https://market.example/complaints/new?decision={decisionId}&lang={lang}',
  outOfCourtUrl: 'https://ods.example/bodies',
};

describe('statement to the trader (Art. 17(3)(a)–(f))', () => {
  it.each(Object.keys(TRADER_LANGUAGES))('%s: every element (a)–(f) is present, with the complaint link', (language) => {
    const st = buildTraderStatement(counterfeitDecision(), { ...options, language });
    expect(st.language).toBe(language);
    expect(st.sections.map((s) => s.element)).toEqual(['a', 'b', 'c', 'd', 'f']);
    for (const s of st.sections) expect(s.lines.length, s.element).toBeGreaterThan(0);
    expect(st.complaintUrl).toBe(`https://market.example/complaints/new?decision=dec_01J9ZK3M4Q&lang=${language}`);
    expect(st.text).toContain(st.complaintUrl);
    expect(st.text).toContain('https://ods.example/bodies');
    expect(st.text).toContain('L-88213');
    expect(st.text).toContain('Powerbank 20000mAh USB-C 65W');
    expect(st.text).toContain('Regulation (EU) 2017/1001, Article 9(2)');
    expect(st.text).not.toMatch(/undefined|null|\[object/);
    // (f): three redress routes, and (a): duration and scope.
    expect(st.sections.find((s) => s.element === 'f')!.lines).toHaveLength(3);
    expect(st.sections.find((s) => s.element === 'a')!.lines).toHaveLength(3);
  });

  it('writes dates and legal references the reader\'s way', () => {
    expect(buildTraderStatement(counterfeitDecision(), { ...options, language: 'de' }).text).toContain('ab dem 15.09.2025, bis zum 15.10.2025');
    expect(buildTraderStatement(counterfeitDecision(), { ...options, language: 'fr' }).text).toContain("jusqu'au 15/10/2025");
    expect(buildTraderStatement(counterfeitDecision(), { ...options, language: 'es' }).text).toContain('Reclamación interna (artículo 20 del DSA)');
    expect(buildTraderStatement(counterfeitDecision(), { ...options, language: 'en' }).text).toContain('from 2025-09-15, until 2025-10-15');
  });

  it('falls back to English and reads regional tags', () => {
    expect(traderLanguage('pl')).toBe('en');
    expect(traderLanguage(null)).toBe('en');
    expect(traderLanguage('de-AT')).toBe('de');
    expect(traderLanguage('ES')).toBe('es');
    expect(buildTraderStatement(counterfeitDecision(), { ...options, language: 'it' }).subject).toMatch(/^Example Market: statement of reasons/);
  });

  it('(e): a terms-and-conditions ground names the clause and whether the content is also illegal', () => {
    const d = counterfeitDecision({ ground: { kind: 'incompatible', clause: 'Seller Terms section 7.3', explanation: 'Reviews were posted from accounts the seller controls', alsoIllegal: false } });
    const e = buildTraderStatement(d, options).sections.find((s) => s.element === 'e')!;
    expect(e.lines).toEqual([
      'The content is incompatible with our terms and conditions: Seller Terms section 7.3.',
      'Why: Reviews were posted from accounts the seller controls.',
      'We did not assess the content as illegal.',
    ]);
  });

  it('(b): the notifier is named only where strictly necessary; otherwise the name is removed everywhere', () => {
    const d = counterfeitDecision({
      source: { kind: 'notice', identity: 'Jan Nowak, brand protection' },
      ground: { kind: 'illegal', legalGround: 'Regulation (EU) 2017/1001, Article 9(2)', explanation: 'Jan Nowak sent registration evidence and a test purchase report.' },
    });
    const hidden = buildTraderStatement(d, { ...options, notifierNames: ['Jan Nowak'] }).text;
    expect(hidden).not.toContain('Nowak');
    expect(hidden).toContain('[name] sent registration evidence');
    const shown = buildTraderStatement(d, { ...options, notifierNames: ['Jan Nowak'], discloseNotifier: true }).text;
    expect(shown).toContain('The notice was submitted by: Jan Nowak, brand protection.');
  });

  it('lists other restriction texts, account measures and an explicit country list', () => {
    const d = counterfeitDecision({
      restrictions: { visibility: { types: ['DECISION_VISIBILITY_OTHER'], other: 'hidden from search' }, account: { type: 'DECISION_ACCOUNT_SUSPENDED', endDate: '2025-12-31' } },
      territorialScope: ['DE', 'AT'],
    });
    const a = buildTraderStatement(d, options).sections[0]!.lines;
    expect(a).toEqual([
      'Other visibility restriction: hidden from search — from 2025-09-15, with no end date.',
      'Your account was suspended — from 2025-09-15, until 2025-12-31.',
      'In these countries: AT, DE.',
    ]);
  });

  it('keeps at least the six months of Art. 20(1) and refuses a relative complaint link', () => {
    expect(buildTraderStatement(counterfeitDecision(), { ...options, complaintWindowMonths: 3 }).text).toContain('within 6 months');
    expect(buildTraderStatement(counterfeitDecision(), { ...options, complaintWindowMonths: 12 }).text).toContain('within 12 months');
    expect(complaintUrl('https://m.example/c/{decisionId}', 'a/b c', 'en')).toBe('https://m.example/c/a%2Fb%20c');
    try {
      complaintUrl('/complaints/{decisionId}', 'x', 'en');
      throw new Error('expected a failure');
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('invalid_config');
    }
  });
});
