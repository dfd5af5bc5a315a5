import { epochDay } from './civil-date.js';

/**
 * Western (Gregorian) Easter Sunday as an epoch day: the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), valid for every Gregorian year.
 */
export function westernEaster(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDay(year, month, day);
}

/**
 * Orthodox Easter Sunday (GR, CY, RO, BG) as an epoch day of the Gregorian calendar: Meeus'
 * Julian algorithm, then the Julian→Gregorian gap (13 days from 1900 to 2099), which grows by one
 * in each century year not divisible by 400.
 */
export function orthodoxEaster(year: number): number {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const century = Math.floor(year / 100);
  const gap = century - Math.floor(century / 4) - 2;
  return epochDay(year, month, day) + gap;
}
