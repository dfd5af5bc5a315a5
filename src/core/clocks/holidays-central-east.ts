import type { HolidayRule } from './holiday-rules.js';
import {
  ALL_SAINTS, ASSUMPTION, CHRISTMAS, CHRISTMAS_EVE, CORPUS_CHRISTI, EASTER_MONDAY, EASTER_SUNDAY,
  EPIPHANY, GOOD_FRIDAY, LABOUR_DAY, NEW_YEAR, ST_STEPHEN, WHIT_MONDAY, WHIT_SUNDAY, fixed, orthodox,
} from './rule-builders.js';

/** Central and eastern Europe: BG, CZ, HR, HU, PL, RO, SI, SK. BG and RO count Orthodox Easter. */

const bgFixed = (month: number, day: number, name: string) => fixed(month, day, name, { substitute: 'next-working-day' });

export const BG: readonly HolidayRule[] = [
  // Labour Code Art. 154: a fixed holiday on a Saturday or Sunday gives the next working day off
  // (Easter excepted). Working days the government swaps by decree are one-offs: extra holidays.
  bgFixed(1, 1, "New Year's Day"), bgFixed(3, 3, 'Liberation Day'), orthodox(-2, 'Good Friday'),
  orthodox(-1, 'Holy Saturday'), orthodox(0, 'Easter Sunday'), orthodox(1, 'Easter Monday'),
  bgFixed(5, 1, 'Labour Day'), bgFixed(5, 6, "St George's Day"), bgFixed(5, 24, 'Culture and Literacy Day'),
  bgFixed(9, 6, 'Unification Day'), bgFixed(9, 22, 'Independence Day'), bgFixed(12, 24, 'Christmas Eve'),
  bgFixed(12, 25, 'Christmas Day'), bgFixed(12, 26, 'Second Day of Christmas'),
];

export const CZ: readonly HolidayRule[] = [
  // Act 245/2000. Good Friday since 2016.
  NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, fixed(5, 8, 'Liberation Day'),
  fixed(7, 5, 'St Cyril and St Methodius'), fixed(7, 6, 'Jan Hus Day'), fixed(9, 28, 'Statehood Day'),
  fixed(10, 28, 'Independent Czechoslovak State Day'), fixed(11, 17, 'Freedom and Democracy Day'),
  CHRISTMAS_EVE, CHRISTMAS, ST_STEPHEN,
];

export const HR: readonly HolidayRule[] = [
  // Act on Holidays, Memorial Days and Non-Working Days (as amended in 2019, from 2020).
  NEW_YEAR, EPIPHANY, EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY, fixed(5, 30, 'Statehood Day'),
  CORPUS_CHRISTI, fixed(6, 22, 'Anti-Fascist Struggle Day'), fixed(8, 5, 'Victory Day'), ASSUMPTION,
  ALL_SAINTS, fixed(11, 18, 'Remembrance Day', { from: 2020 }), CHRISTMAS, ST_STEPHEN,
];

export const HU: readonly HolidayRule[] = [
  // Labour Code Art. 102(1); Good Friday since 2017. Bridge days the government swaps against a
  // Saturday by decree each year are one-offs: extra holidays.
  NEW_YEAR, fixed(3, 15, 'National Day'), GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY,
  WHIT_SUNDAY, WHIT_MONDAY, fixed(8, 20, "St Stephen's Day (State Foundation)"),
  fixed(10, 23, 'Republic Day'), ALL_SAINTS, CHRISTMAS, fixed(12, 26, 'Second Day of Christmas'),
];

export const PL: readonly HolidayRule[] = [
  // Act of 18 January 1951 on non-working days; Christmas Eve since 2025. A holiday on a Saturday
  // gives a day off chosen per employer, not a common one.
  NEW_YEAR, EPIPHANY, EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY, fixed(5, 3, 'Constitution Day'),
  WHIT_SUNDAY, CORPUS_CHRISTI, ASSUMPTION, ALL_SAINTS, fixed(11, 11, 'Independence Day'),
  fixed(12, 24, 'Christmas Eve', { from: 2025 }), CHRISTMAS, ST_STEPHEN,
];

export const RO: readonly HolidayRule[] = [
  // Labour Code Art. 139: Good Friday since 2018, 6 and 7 January since 2024 (Law 52/2023).
  NEW_YEAR, fixed(1, 2, 'Day after New Year'), fixed(1, 6, 'Epiphany', { from: 2024 }),
  fixed(1, 7, 'St John the Baptist', { from: 2024 }), fixed(1, 24, 'Union Day'),
  orthodox(-2, 'Good Friday', { from: 2018 }), orthodox(0, 'Easter Sunday'), orthodox(1, 'Easter Monday'),
  LABOUR_DAY, fixed(6, 1, "Children's Day"), orthodox(49, 'Whit Sunday'), orthodox(50, 'Whit Monday'),
  ASSUMPTION, fixed(11, 30, "St Andrew's Day"), fixed(12, 1, 'National Day'), CHRISTMAS,
  fixed(12, 26, 'Second Day of Christmas'),
];

export const SI: readonly HolidayRule[] = [
  // Holidays and Work-Free Days Act; 2 January again work-free since 2017.
  NEW_YEAR, fixed(1, 2, "New Year's Day (second day)"), fixed(2, 8, 'Prešeren Day'), EASTER_SUNDAY,
  EASTER_MONDAY, fixed(4, 27, 'Day of Uprising Against Occupation'), LABOUR_DAY,
  fixed(5, 2, 'Labour Day (second day)'), WHIT_SUNDAY, fixed(6, 25, 'Statehood Day'), ASSUMPTION,
  fixed(10, 31, 'Reformation Day'), fixed(11, 1, 'Remembrance Day'), CHRISTMAS,
  fixed(12, 26, 'Independence and Unity Day'),
];

export const SK: readonly HolidayRule[] = [
  // Act 241/1993 as amended by the consolidation packages: 1 September stays a state holiday but
  // is a working day since 2024, 17 November since 2025; 8 May and 15 September are working days
  // in 2026 only.
  NEW_YEAR, EPIPHANY, GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY,
  fixed(5, 8, 'Victory over Fascism Day', { except: [2026] }), fixed(7, 5, 'St Cyril and St Methodius'),
  fixed(8, 29, 'Slovak National Uprising'), fixed(9, 1, 'Constitution Day', { until: 2023 }),
  fixed(9, 15, 'Our Lady of Seven Sorrows', { except: [2026] }), ALL_SAINTS,
  fixed(11, 17, 'Freedom and Democracy Day', { until: 2024 }), CHRISTMAS_EVE, CHRISTMAS, ST_STEPHEN,
];
