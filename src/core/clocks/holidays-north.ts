import { FRIDAY, MONDAY, SATURDAY, THURSDAY } from './civil-date.js';
import type { HolidayRule } from './holiday-rules.js';
import {
  ALL_SAINTS, ASCENSION, ASSUMPTION, CHRISTMAS, CHRISTMAS_EVE, EASTER_MONDAY, EASTER_SUNDAY,
  EPIPHANY, GOOD_FRIDAY, LABOUR_DAY, MAUNDY_THURSDAY, NEW_YEAR, ST_STEPHEN, WHIT_MONDAY,
  WHIT_SUNDAY, easter, fixed, onOrAfter,
} from './rule-builders.js';

/** Nordic and Baltic states: DK, EE, FI, IS, LT, LV, NO, SE. */

export const DK: readonly HolidayRule[] = [
  // Helligdagsloven. Great Prayer Day (Easter + 26) was abolished from 2024. Constitution Day
  // (5 June) and 24 December are days off by agreement only.
  NEW_YEAR, MAUNDY_THURSDAY, GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY,
  easter(26, 'Great Prayer Day', { until: 2023 }), ASCENSION, WHIT_SUNDAY, WHIT_MONDAY,
  CHRISTMAS, ST_STEPHEN,
];

export const EE: readonly HolidayRule[] = [
  // Public Holidays and Days of National Importance Act § 2.
  NEW_YEAR, fixed(2, 24, 'Independence Day'), GOOD_FRIDAY, EASTER_SUNDAY, LABOUR_DAY, WHIT_SUNDAY,
  fixed(6, 23, 'Victory Day'), fixed(6, 24, 'Midsummer Day'),
  fixed(8, 20, 'Day of Restoration of Independence'), CHRISTMAS_EVE, CHRISTMAS, ST_STEPHEN,
];

export const FI: readonly HolidayRule[] = [
  // Church and state holidays; Midsummer Eve and Christmas Eve are included because the Act on
  // the Computation of Statutory Time Limits (150/1930) § 5 treats them as holidays when a period
  // ends. Midsummer Day is the Saturday from 20 June, All Saints' Day the Saturday from 31 October.
  NEW_YEAR, EPIPHANY, GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_SUNDAY,
  onOrAfter(6, 19, FRIDAY, 'Midsummer Eve'), onOrAfter(6, 20, SATURDAY, 'Midsummer Day'),
  onOrAfter(10, 31, SATURDAY, "All Saints' Day"), fixed(12, 6, 'Independence Day'),
  CHRISTMAS_EVE, CHRISTMAS, ST_STEPHEN,
];

export const IS: readonly HolidayRule[] = [
  // Act 88/1971 on working hours, Art. 6. 24 and 31 December are holidays from 13:00 only, so the
  // mornings are working time and the days count as working days.
  NEW_YEAR, MAUNDY_THURSDAY, GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY,
  onOrAfter(4, 19, THURSDAY, 'First Day of Summer'), LABOUR_DAY, ASCENSION, WHIT_SUNDAY, WHIT_MONDAY,
  fixed(6, 17, 'National Day'), onOrAfter(8, 1, MONDAY, 'Commerce Day'), CHRISTMAS, ST_STEPHEN,
];

export const LT: readonly HolidayRule[] = [
  // Labour Code Art. 123. Mother's and Father's Days are Sundays (first of May and of June).
  NEW_YEAR, fixed(2, 16, 'Restoration of the State Day'), fixed(3, 11, 'Restoration of Independence Day'),
  EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY, fixed(6, 24, "St John's Day"), fixed(7, 6, 'Statehood Day'),
  ASSUMPTION, ALL_SAINTS, fixed(11, 2, "All Souls' Day"), CHRISTMAS_EVE, CHRISTMAS, ST_STEPHEN,
];

export const LV: readonly HolidayRule[] = [
  // Law on Public Holidays, Commemoration Days and Celebration Days Art. 1 and 2: when 4 May or
  // 18 November falls on a weekend, the next working day is a holiday.
  NEW_YEAR, GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY,
  fixed(5, 4, 'Restoration of Independence Day', { substitute: 'next-working-day' }), WHIT_SUNDAY,
  fixed(6, 23, 'Līgo Day'), fixed(6, 24, 'Midsummer Day'),
  fixed(11, 18, 'Proclamation Day', { substitute: 'next-working-day' }),
  CHRISTMAS_EVE, CHRISTMAS, ST_STEPHEN, fixed(12, 31, "New Year's Eve"),
];

export const NO: readonly HolidayRule[] = [
  // Lov om helligdager og helligdagsfred § 2, and 1 and 17 May by their own acts.
  NEW_YEAR, MAUNDY_THURSDAY, GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY,
  fixed(5, 17, 'Constitution Day'), ASCENSION, WHIT_SUNDAY, WHIT_MONDAY, CHRISTMAS, ST_STEPHEN,
];

export const SE: readonly HolidayRule[] = [
  // Lag (1989:253) om allmänna helgdagar, plus Midsummer Eve, Christmas Eve and New Year's Eve,
  // which Lag (1930:173) om beräkning av lagstadgad tid treats like holidays when a period ends.
  // Midsummer Day is the Saturday from 20 June; All Saints' Day the Saturday from 31 October.
  NEW_YEAR, EPIPHANY, GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_SUNDAY,
  fixed(6, 6, 'National Day'), onOrAfter(6, 19, FRIDAY, 'Midsummer Eve'),
  onOrAfter(6, 20, SATURDAY, 'Midsummer Day'), onOrAfter(10, 31, SATURDAY, "All Saints' Day"),
  CHRISTMAS_EVE, CHRISTMAS, ST_STEPHEN, fixed(12, 31, "New Year's Eve"),
];
