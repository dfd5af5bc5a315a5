import { describe, expect, it } from 'vitest';
import { epochDay, epochDayFromIso, isoFromEpochDay, weekdayOfEpochDay } from './civil-date.js';
import { EEA_MEMBER_STATES, MEMBER_STATE_TIME_ZONES } from './member-states.js';
import { endOfLocalDay, localEpochDay, localIsoDate, startOfLocalDay } from './zoned-time.js';

/** Cross-checks against the platform's own date formatting, an independent oracle. */

const oracle = (instant: Date, timeZone: string) => instant.toLocaleDateString('sv-SE', { timeZone }); // YYYY-MM-DD

describe('zoned time against toLocaleDateString', () => {
  // A deterministic spread of instants over 2025–2027, including every hour of a few days.
  const instants: Date[] = [];
  for (let i = 0; i < 600; i += 1) instants.push(new Date(Date.UTC(2025, 0, 1) + i * 157_931_713));
  for (let h = 0; h < 72; h += 1) instants.push(new Date(Date.UTC(2026, 2, 28) + h * 3_600_000 + 59_999));
  for (let h = 0; h < 72; h += 1) instants.push(new Date(Date.UTC(2026, 9, 24) + h * 3_600_000 + 1));

  for (const ms of EEA_MEMBER_STATES) {
    const zone = MEMBER_STATE_TIME_ZONES[ms];
    it(`${ms} (${zone})`, () => {
      for (const instant of instants) {
        const iso = localIsoDate(instant, zone);
        if (iso !== oracle(instant, zone)) expect(`${instant.toISOString()} → ${iso}`).toBe(`${instant.toISOString()} → ${oracle(instant, zone)}`);
        const day = localEpochDay(instant, zone);
        const start = startOfLocalDay(day, zone).getTime();
        const end = endOfLocalDay(day, zone).getTime();
        if (!(start <= instant.getTime() && instant.getTime() <= end)) expect.unreachable(`${instant.toISOString()} outside its local day in ${zone}`);
        if (oracle(new Date(start - 1), zone) === iso || oracle(new Date(end + 1), zone) === iso) expect.unreachable(`day bounds of ${iso} in ${zone}`);
      }
    });
  }
});

describe('civil dates against Date', () => {
  it('round-trips every day from 1900 to 2100 and agrees on the weekday', () => {
    for (let day = epochDay(1900, 1, 1); day <= epochDay(2100, 12, 31); day += 1) {
      const d = new Date(day * 86_400_000);
      const iso = isoFromEpochDay(day);
      if (epochDayFromIso(iso) !== day || weekdayOfEpochDay(day) !== d.getUTCDay()) expect.unreachable(`day ${day} (${iso})`);
    }
  });
});
