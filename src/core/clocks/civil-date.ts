/**
 * Calendar days without a time of day ("2026-04-06"), the unit public holidays and working days
 * are counted in. Arithmetic runs on epoch days (days since 1970-01-01) through Date.UTC, which
 * is pure and has no time-zone dependence.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const SUNDAY: Weekday = 0;
export const MONDAY: Weekday = 1;
export const THURSDAY: Weekday = 4;
export const FRIDAY: Weekday = 5;
export const SATURDAY: Weekday = 6;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). */
export function epochDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isoFromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function epochDayFromIso(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return epochDay(parts.year, parts.month, parts.day);
}

/** The date's parts, or null when the string is not a real calendar day (2026-02-30 is not). */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(date: string): boolean {
  return parseIsoDate(date) !== null;
}

export function weekdayOfEpochDay(day: number): Weekday {
  // 1970-01-01 was a Thursday.
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` months later (or earlier, for a negative count); a day the target month
 * lacks becomes its last day (31 Aug + 6 months = 28/29 Feb), as Art. 3(2)(c) of Regulation
 * (EEC, Euratom) No 1182/71 counts periods in months.
 */
export function addMonthsToEpochDay(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return epochDay(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}
