import { describe, expect, it } from 'vitest';
import { caseClocks, caseKnowledgeAt, knowledgeAt, type NoticeFacts } from './deadlines.js';

const t = (s: string) => new Date(s);
const notice = (over: Partial<NoticeFacts>): NoticeFacts => ({
  id: 'n', channel: 'art16', receivedAt: t('2026-06-01T08:00:00Z'), substantiated: true, contactDetailsGiven: false, ...over,
});

describe('knowledge_at (NA-5, Art. 16(3))', () => {
  it.each([
    ['substantiated on receipt', { substantiated: true }, '2026-06-01T08:00:00.000Z'],
    ['substantiated, completion recorded anyway', { substantiated: true, completedAt: t('2026-06-03T08:00:00Z') }, '2026-06-01T08:00:00.000Z'],
    ['incomplete, never completed', { substantiated: false }, null],
    ['incomplete, completion explicitly null', { substantiated: false, completedAt: null }, null],
    ['incomplete, completed two days later', { substantiated: false, completedAt: t('2026-06-03T08:00:00Z') }, '2026-06-03T08:00:00.000Z'],
  ] as const)('%s', (_name, over, expected) => {
    expect(knowledgeAt(notice(over))?.toISOString() ?? null).toBe(expected);
  });

  it('takes the case\'s earliest knowledge, ignoring notices without any', () => {
    expect(caseKnowledgeAt({ notices: [notice({ substantiated: false })] })).toBeNull();
    expect(caseKnowledgeAt({
      notices: [notice({ substantiated: false, completedAt: t('2026-06-02T00:00:00Z') }), notice({ id: 'n2', receivedAt: t('2026-06-05T00:00:00Z') })],
    })?.toISOString()).toBe('2026-06-02T00:00:00.000Z');
  });

  it('runs the GPSR limit from receipt but the decision target from knowledge', () => {
    const clocks = caseClocks({
      caseId: 'c', memberState: 'PL',
      notices: [notice({ substantiated: false, completedAt: t('2026-06-08T08:00:00Z'), productSafety: true })],
    });
    const gpsr = clocks.find((c) => c.kind === 'gpsr_notice');
    const decision = clocks.find((c) => c.kind === 'notice_decision');
    // Monday 1 June 2026 → Tue 2, Wed 3, and Thursday 4 June is Corpus Christi in Poland → Fri 5.
    expect(gpsr?.startsAt.toISOString()).toBe('2026-06-01T08:00:00.000Z');
    expect(gpsr?.dueAt.toISOString()).toBe('2026-06-05T21:59:59.999Z');
    expect(decision?.startsAt.toISOString()).toBe('2026-06-08T08:00:00.000Z');
  });

  it('counts a GPSR order in the calendar the caller names, with that state\'s extra holidays', () => {
    const order = { id: 'o', kind: 'gpsr' as const, memberState: 'ES' as const, receivedAt: t('2026-03-18T10:00:00Z') };
    const due = (policy = {}, calendarMs?: 'ES' | 'PT') =>
      caseClocks({ caseId: 'c', memberState: 'ES', orders: [{ ...order, ...(calendarMs ? { calendarMs } : {}) }] }, policy)
        .find((c) => c.kind === 'order_effect')?.dueAt.toISOString();
    // Wednesday 18 March → Thu 19 (St Joseph is regional in Spain), Fri 20.
    expect(due()).toBe('2026-03-20T22:59:59.999Z');
    expect(due({ extraHolidays: { ES: ['2026-03-19'] } })).toBe('2026-03-23T22:59:59.999Z');
    // Extra holidays of another state do not apply.
    expect(due({ extraHolidays: { PT: ['2026-03-19'] } })).toBe('2026-03-20T22:59:59.999Z');
    // In Portugal's calendar and time zone.
    expect(due({}, 'PT')).toBe('2026-03-20T23:59:59.999Z');
  });
});
