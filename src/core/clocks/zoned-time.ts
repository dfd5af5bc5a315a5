import { epochDay, isoFromEpochDay, type IsoDate } from './civil-date.js';

/**
 * Instants ↔ local calendar days in an IANA time zone through Intl.DateTimeFormat (pure
 * JavaScript, no I/O). Legal periods in days run in the member state's local time, so "the end of
 * 6 May" in Berlin is 21:59:59.999Z in summer and 22:59:59.999Z in winter.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws a RangeError for an unknown zone, which is what a caller passing one deserves.
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallTime { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallTime(instant: number, timeZone: string): WallTime {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 0, month: out.month ?? 0, day: out.day ?? 0,
    hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0,
  };
}

/** Offset of local time from UTC at an instant, in ms (+3 600 000 for CET). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const w = wallTime(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSeconds = instant - (((instant % 1000) + 1000) % 1000);
  return asUtc - wholeSeconds;
}

/** The local calendar day (epoch day) an instant falls on in a zone. */
export function localEpochDay(instant: Date, timeZone: string): number {
  const w = wallTime(instant.getTime(), timeZone);
  return epochDay(w.year, w.month, w.day);
}

export function localIsoDate(instant: Date, timeZone: string): IsoDate {
  return isoFromEpochDay(localEpochDay(instant, timeZone));
}

/**
 * The first instant of a local calendar day. Midnight exists in every European zone (their
 * clocks change at 01:00 UTC); where a zone skips midnight, the first instant after the gap wins.
 */
export function startOfLocalDay(day: number, timeZone: string): Date {
  const utcMidnight = day * 86_400_000;
  let guess = utcMidnight - zoneOffsetMs(utcMidnight, timeZone);
  // A second pass settles days where the offset at the guess differs (the day of a DST change).
  guess = utcMidnight - zoneOffsetMs(guess, timeZone);
  if (localEpochDay(new Date(guess), timeZone) < day) {
    // Midnight fell in a gap: step forward to the day's first existing minute.
    while (localEpochDay(new Date(guess), timeZone) < day) guess += 60_000;
    guess -= guess % 60_000;
  }
  return new Date(guess);
}

/** The last millisecond (23:59:59.999 local) of a local calendar day. */
export function endOfLocalDay(day: number, timeZone: string): Date {
  return new Date(startOfLocalDay(day + 1, timeZone).getTime() - 1);
}
