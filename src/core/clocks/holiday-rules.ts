import { epochDay, isoFromEpochDay, weekdayOfEpochDay, type IsoDate, type Weekday } from './civil-date.js';
import { orthodoxEaster, westernEaster } from './easter.js';

/**
 * Holiday rules as data, evaluated per year: nothing is listed per year by hand, so a calendar
 * never runs out. Year bounds (`from`, `until`, `except`) record the law changing.
 */

interface RuleBase {
  name: string;
  /** First year the rule applies. */
  from?: number;
  /** Last year the rule applies. */
  until?: number;
  /** Years the rule is suspended (e.g. SK 8 May and 15 September in 2026). */
  except?: readonly number[];
}

/** A fixed day of the year. */
export interface FixedRule extends RuleBase {
  kind: 'fixed';
  month: number;
  day: number;
  /**
   * Where the law moves the holiday off a weekend: the first following day that is neither a
   * weekend day nor already a holiday is off too (BG Labour Code Art. 154(2), LV holiday law).
   */
  substitute?: 'next-working-day';
  /** Days to move the holiday when it falls on the given weekday (NL King's Day: Sunday → Saturday). */
  shift?: Partial<Record<Weekday, number>>;
}

/** A day relative to Easter Sunday (Western or Orthodox reckoning). */
export interface EasterRule extends RuleBase {
  kind: 'easter';
  easter: 'western' | 'orthodox';
  offset: number;
}

/**
 * The first `weekday` on or after month/day (Midsummer Day: the Saturday from 20 June; IE
 * first Monday of May: the Monday from 1 May). `keepOn` lists weekdays on which the anchor day
 * itself is kept (IE St Brigid's Day: 1 February when that is a Friday).
 */
export interface WeekdayOnOrAfterRule extends RuleBase {
  kind: 'weekday-on-or-after';
  month: number;
  day: number;
  weekday: Weekday;
  keepOn?: readonly Weekday[];
}

/** The last `weekday` of a month (IE October bank holiday). */
export interface LastWeekdayRule extends RuleBase {
  kind: 'last-weekday';
  month: number;
  weekday: Weekday;
}

export type HolidayRule = FixedRule | EasterRule | WeekdayOnOrAfterRule | LastWeekdayRule;

export interface Holiday {
  date: IsoDate;
  name: string;
  /** True for a day off in lieu of a holiday that fell on a weekend. */
  substitute?: true;
}

const isWeekend = (day: number): boolean => {
  const w = weekdayOfEpochDay(day);
  return w === 0 || w === 6;
};

function applies(rule: HolidayRule, year: number): boolean {
  if (rule.from !== undefined && year < rule.from) return false;
  if (rule.until !== undefined && year > rule.until) return false;
  return !(rule.except ?? []).includes(year);
}

function dayOf(rule: HolidayRule, year: number): number {
  switch (rule.kind) {
    case 'fixed': {
      const day = epochDay(year, rule.month, rule.day);
      return day + (rule.shift?.[weekdayOfEpochDay(day)] ?? 0);
    }
    case 'easter':
      return (rule.easter === 'western' ? westernEaster(year) : orthodoxEaster(year)) + rule.offset;
    case 'weekday-on-or-after': {
      const anchor = epochDay(year, rule.month, rule.day);
      const w = weekdayOfEpochDay(anchor);
      if (rule.keepOn?.includes(w)) return anchor;
      return anchor + ((rule.weekday - w + 7) % 7);
    }
    case 'last-weekday': {
      const last = epochDay(year, rule.month + 1, 0);
      return last - ((weekdayOfEpochDay(last) - rule.weekday + 7) % 7);
    }
  }
}

/** Every holiday one set of rules yields in a year, sorted by date, substitutes included. */
export function evaluateRules(rules: readonly HolidayRule[], year: number): Holiday[] {
  const days = new Map<number, Holiday>();
  const substitutable: { day: number; name: string }[] = [];
  for (const rule of rules) {
    if (!applies(rule, year)) continue;
    const day = dayOf(rule, year);
    const existing = days.get(day);
    // Two holidays on one day (May Day on Orthodox Holy Saturday) stay one day off, both named.
    days.set(day, { date: isoFromEpochDay(day), name: existing ? `${existing.name}; ${rule.name}` : rule.name });
    if (rule.kind === 'fixed' && rule.substitute && isWeekend(day)) substitutable.push({ day, name: rule.name });
  }
  // In date order, so 25 and 26 December on a weekend take the Monday and the Tuesday.
  substitutable.sort((a, b) => a.day - b.day);
  for (const s of substitutable) {
    let d = s.day + 1;
    while (isWeekend(d) || days.has(d)) d += 1;
    days.set(d, { date: isoFromEpochDay(d), name: `${s.name} (substitute day)`, substitute: true });
  }
  return [...days.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h);
}
