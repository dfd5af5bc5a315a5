import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, publicHolidays, workingDaysBetween } from './calendar.js';
import { epochDay, isoFromEpochDay } from './civil-date.js';
import { EEA_MEMBER_STATES, MEMBER_STATE_TIME_ZONES, type MemberState } from './member-states.js';
import { localIsoDate, startOfLocalDay } from './zoned-time.js';

/**
 * Properties that hold for every state and every receipt day of 2025–2027, checked by brute
 * force against a plain day-by-day count written here (not the implementation's loop).
 */

function isOff(ms: MemberState, iso: string): boolean {
  const w = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return w === 0 || w === 6 || publicHolidays(ms, Number(iso.slice(0, 4))).some((h) => h.date === iso);
}

function expectedEnd(ms: MemberState, receiptIso: string, n: number): string {
  let day = Date.parse(`${receiptIso}T00:00:00Z`) / 86_400_000;
  let counted = 0;
  while (counted < n) {
    day += 1;
    if (!isOff(ms, isoFromEpochDay(day))) counted += 1;
  }
  return isoFromEpochDay(day);
}

describe('addWorkingDays, by brute force', () => {
  const first = epochDay(2025, 1, 1);
  const last = epochDay(2027, 12, 31);

  for (const ms of EEA_MEMBER_STATES) {
    it(`${ms}: every receipt day of 2025–2027, n = 1, 2, 3`, () => {
      const zone = MEMBER_STATE_TIME_ZONES[ms];
      for (let day = first; day <= last; day += 1) {
        const receiptIso = isoFromEpochDay(day);
        // Noon local on the receipt day, whatever the offset.
        const receivedAt = new Date(startOfLocalDay(day, zone).getTime() + 12 * 3_600_000);
        for (const n of [1, 2, 3]) {
          const end = addWorkingDays(receivedAt, n, ms);
          const endIso = localIsoDate(end, zone);
          if (endIso !== expectedEnd(ms, receiptIso, n)) {
            expect(`${ms} ${receiptIso} +${n} → ${endIso}`).toBe(`${ms} ${receiptIso} +${n} → ${expectedEnd(ms, receiptIso, n)}`);
          }
          if (!isWorkingDay(endIso, ms) || localIsoDate(new Date(end.getTime() + 1), zone) === endIso) {
            expect.unreachable(`${ms} ${receiptIso} +${n}: ${end.toISOString()} is not the end of a working day`);
          }
        }
      }
    });
  }

  it('counts back the working days it added', () => {
    for (const ms of ['DE', 'GR', 'SE', 'BG', 'IE'] as const) {
      const from = new Date('2026-12-20T12:00:00Z');
      for (const n of [1, 5, 20, 250]) expect(workingDaysBetween(from, addWorkingDays(from, n, ms), ms)).toBe(n);
    }
  });
});
