import { FRIDAY, MONDAY } from './civil-date.js';
import type { HolidayRule } from './holiday-rules.js';
import {
  ALL_SAINTS, ASCENSION, ASSUMPTION, CHRISTMAS, CORPUS_CHRISTI, EASTER_MONDAY, EASTER_SUNDAY,
  EPIPHANY, GOOD_FRIDAY, IMMACULATE_CONCEPTION, LABOUR_DAY, NEW_YEAR, ST_STEPHEN, WHIT_MONDAY,
  WHIT_SUNDAY, fixed, lastWeekday, onOrAfter,
} from './rule-builders.js';

/** Western Europe: AT, BE, DE, FR, IE, LI, LU, NL. Country-wide public holidays only. */

export const AT: readonly HolidayRule[] = [
  // Feiertagsruhegesetz 1957 § 1. Good Friday was a holiday for some churches only, and since 2019 is none.
  NEW_YEAR, EPIPHANY, EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_MONDAY, CORPUS_CHRISTI, ASSUMPTION,
  fixed(10, 26, 'National Day'), ALL_SAINTS, IMMACULATE_CONCEPTION, CHRISTMAS, ST_STEPHEN,
];

export const BE: readonly HolidayRule[] = [
  // Law of 4 January 1974. A holiday on a Sunday gives employees a replacement day chosen per
  // employer, not a day off for everyone, so it is not modelled.
  NEW_YEAR, EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_MONDAY, fixed(7, 21, 'National Day'),
  ASSUMPTION, ALL_SAINTS, fixed(11, 11, 'Armistice Day'), CHRISTMAS,
];

export const DE: readonly HolidayRule[] = [
  // Only the holidays every Land keeps. Epiphany, Corpus Christi, Reformation Day, All Saints'
  // and the rest are Land law and not included (add them as extra holidays for a Land).
  NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_MONDAY,
  fixed(10, 3, 'Day of German Unity'), CHRISTMAS, ST_STEPHEN,
];

export const FR: readonly HolidayRule[] = [
  // Code du travail L3133-1. Whit Monday stays a public holiday even where it is the "journée de
  // solidarité". Good Friday and 26 December are Alsace-Moselle only.
  NEW_YEAR, EASTER_MONDAY, LABOUR_DAY, fixed(5, 8, 'Victory in Europe Day'), ASCENSION, WHIT_MONDAY,
  fixed(7, 14, 'Bastille Day'), ASSUMPTION, ALL_SAINTS, fixed(11, 11, 'Armistice Day'), CHRISTMAS,
];

export const IE: readonly HolidayRule[] = [
  // Organisation of Working Time Act 1997, Schedule 2. A holiday on a weekend is not moved by law
  // (employees get another benefit); the Monday bank holidays are not public holidays.
  NEW_YEAR,
  // St Brigid's Day (since 2023): the first Monday of February, or 1 February if that is a Friday.
  onOrAfter(2, 1, MONDAY, "St Brigid's Day", { from: 2023, keepOn: [FRIDAY] }),
  fixed(3, 17, "St Patrick's Day"), EASTER_MONDAY,
  onOrAfter(5, 1, MONDAY, 'May public holiday'), onOrAfter(6, 1, MONDAY, 'June public holiday'),
  onOrAfter(8, 1, MONDAY, 'August public holiday'), lastWeekday(10, MONDAY, 'October public holiday'),
  CHRISTMAS, ST_STEPHEN,
];

export const LI: readonly HolidayRule[] = [
  // Arbeitsgesetz Art. 18(2): the days equal to Sundays. Berchtoldstag, Shrove Tuesday, Good
  // Friday, 24 and 31 December are bank holidays, not public ones.
  NEW_YEAR, EPIPHANY, fixed(2, 2, 'Candlemas'), fixed(3, 19, "St Joseph's Day"), EASTER_SUNDAY,
  EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_SUNDAY, WHIT_MONDAY, CORPUS_CHRISTI,
  fixed(8, 15, 'National Day'), fixed(9, 8, 'Nativity of Mary'), ALL_SAINTS, IMMACULATE_CONCEPTION,
  CHRISTMAS, ST_STEPHEN,
];

export const LU: readonly HolidayRule[] = [
  // Code du travail L.232-2; Europe Day since 2019. A holiday on a Sunday gives a compensatory
  // day chosen per employee, not modelled.
  NEW_YEAR, EASTER_MONDAY, LABOUR_DAY, fixed(5, 9, 'Europe Day', { from: 2019 }), ASCENSION,
  WHIT_MONDAY, fixed(6, 23, 'National Day'), ASSUMPTION, ALL_SAINTS, CHRISTMAS, ST_STEPHEN,
];

export const NL: readonly HolidayRule[] = [
  // Algemene termijnenwet Art. 3, the list that governs statutory time limits: Good Friday is not
  // in it; 5 May is, every year. King's Day moves to 26 April when 27 April is a Sunday.
  NEW_YEAR, EASTER_SUNDAY, EASTER_MONDAY,
  fixed(4, 27, "King's Day", { from: 2014, shift: { 0: -1 } } /* 0 = Sunday */), fixed(5, 5, 'Liberation Day'),
  ASCENSION, WHIT_SUNDAY, WHIT_MONDAY, CHRISTMAS, ST_STEPHEN,
];
