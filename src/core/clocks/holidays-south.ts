import type { HolidayRule } from './holiday-rules.js';
import {
  ALL_SAINTS, ASSUMPTION, CHRISTMAS, CORPUS_CHRISTI, EASTER_MONDAY, EASTER_SUNDAY, EPIPHANY,
  GOOD_FRIDAY, IMMACULATE_CONCEPTION, LABOUR_DAY, NEW_YEAR, ST_STEPHEN, fixed, orthodox,
} from './rule-builders.js';

/** Southern Europe: CY, ES, GR, IT, MT, PT. GR and CY count Easter by the Orthodox reckoning. */

export const CY: readonly HolidayRule[] = [
  // Public holidays of the Republic; Easter Tuesday, Holy Saturday and 24 December are days off
  // for the public service and banks only.
  NEW_YEAR, EPIPHANY, orthodox(-48, 'Green Monday'), fixed(3, 25, 'Greek Independence Day'),
  fixed(4, 1, 'Cyprus National Day'), orthodox(-2, 'Good Friday'), orthodox(0, 'Easter Sunday'),
  orthodox(1, 'Easter Monday'), LABOUR_DAY, orthodox(50, 'Kataklysmos (Whit Monday)'), ASSUMPTION,
  fixed(10, 1, 'Cyprus Independence Day'), fixed(10, 28, 'Ochi Day'), CHRISTMAS, ST_STEPHEN,
];

export const ES: readonly HolidayRule[] = [
  // The national holidays of the yearly BOE resolution. Maundy Thursday, Easter Monday and the
  // autonomous communities' days (and their moving of a Sunday holiday to Monday) are regional
  // and not included; add them as extra holidays for a community.
  NEW_YEAR, EPIPHANY, GOOD_FRIDAY, LABOUR_DAY, ASSUMPTION, fixed(10, 12, 'National Day of Spain'),
  ALL_SAINTS, fixed(12, 6, 'Constitution Day'), IMMACULATE_CONCEPTION, CHRISTMAS,
];

export const GR: readonly HolidayRule[] = [
  // Where May Day falls in Holy Week the government may move it by decision; that is a one-off
  // and belongs in the extra-holiday list.
  NEW_YEAR, EPIPHANY, orthodox(-48, 'Clean Monday'), fixed(3, 25, 'Independence Day'),
  orthodox(-2, 'Good Friday'), orthodox(0, 'Easter Sunday'), orthodox(1, 'Easter Monday'),
  LABOUR_DAY, orthodox(50, 'Whit Monday (Holy Spirit Monday)'), ASSUMPTION, fixed(10, 28, 'Ochi Day'),
  CHRISTMAS, fixed(12, 26, 'Synaxis of the Mother of God'),
];

export const IT: readonly HolidayRule[] = [
  // Law 260/1949 as amended; St Francis of Assisi (4 October) again a national holiday from 2026
  // (Law 151 of 8 October 2025).
  NEW_YEAR, EPIPHANY, EASTER_SUNDAY, EASTER_MONDAY, fixed(4, 25, 'Liberation Day'), LABOUR_DAY,
  fixed(6, 2, 'Republic Day'), ASSUMPTION, fixed(10, 4, 'St Francis of Assisi', { from: 2026 }),
  ALL_SAINTS, IMMACULATE_CONCEPTION, CHRISTMAS, ST_STEPHEN,
];

export const MT: readonly HolidayRule[] = [
  // National and public holidays (Cap. 252). Since 2021 a holiday on a weekend gives each
  // employee a leave day, not a common day off.
  NEW_YEAR, fixed(2, 10, "St Paul's Shipwreck"), fixed(3, 19, "St Joseph's Day"),
  fixed(3, 31, 'Freedom Day'), GOOD_FRIDAY, LABOUR_DAY, fixed(6, 7, 'Sette Giugno'),
  fixed(6, 29, 'St Peter and St Paul'), ASSUMPTION, fixed(9, 8, 'Victory Day'),
  fixed(9, 21, 'Independence Day'), IMMACULATE_CONCEPTION, fixed(12, 13, 'Republic Day'), CHRISTMAS,
];

export const PT: readonly HolidayRule[] = [
  // Código do Trabalho Art. 234 (holidays restored from 2016). Carnival is optional.
  NEW_YEAR, GOOD_FRIDAY, EASTER_SUNDAY, fixed(4, 25, 'Freedom Day'), LABOUR_DAY, CORPUS_CHRISTI,
  fixed(6, 10, 'Portugal Day'), ASSUMPTION, fixed(10, 5, 'Republic Day'), ALL_SAINTS,
  fixed(12, 1, 'Restoration of Independence'), IMMACULATE_CONCEPTION, CHRISTMAS,
];
