/**
 * Territorial scope and content language codes the Transparency Database accepts (spec A5,
 * A6 rule 14). Art. 17(3)(a) asks for the territorial scope of every restriction.
 */

/** The 30 EU/EEA codes, uppercase ISO 3166-1 alpha-2. Greece is `GR`, not the Eurostat `EL`. */
export const TERRITORIAL_SCOPE_VALUES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;
export type TerritorialScopeCode = (typeof TERRITORIAL_SCOPE_VALUES)[number];

/** The three EEA states outside the EU. */
export const EEA_ONLY: readonly TerritorialScopeCode[] = ['IS', 'LI', 'NO'];
/** EU-27: the 30 minus Iceland, Liechtenstein and Norway. */
export const EU27: readonly TerritorialScopeCode[] = TERRITORIAL_SCOPE_VALUES.filter((c) => !EEA_ONLY.includes(c));
/** EEA: all 30. */
export const EEA: readonly TerritorialScopeCode[] = [...TERRITORIAL_SCOPE_VALUES];

/** The 184 accepted content languages, uppercase ISO 639-1; lowercase is rejected (A11 #11). */
export const CONTENT_LANGUAGE_VALUES = [
  'AA', 'AB', 'AE', 'AF', 'AK', 'AM', 'AN', 'AR', 'AS', 'AV', 'AY', 'AZ', 'BA', 'BE', 'BG', 'BH', 'BI', 'BM',
  'BN', 'BO', 'BR', 'BS', 'CA', 'CE', 'CH', 'CO', 'CR', 'CS', 'CU', 'CV', 'CY', 'DA', 'DE', 'DV', 'DZ', 'EE',
  'EL', 'EN', 'EO', 'ES', 'ET', 'EU', 'FA', 'FF', 'FI', 'FJ', 'FO', 'FR', 'FY', 'GA', 'GD', 'GL', 'GN', 'GU',
  'GV', 'HA', 'HE', 'HI', 'HO', 'HR', 'HT', 'HU', 'HY', 'HZ', 'IA', 'ID', 'IE', 'IG', 'II', 'IK', 'IO', 'IS',
  'IT', 'IU', 'JA', 'JV', 'KA', 'KG', 'KI', 'KJ', 'KK', 'KL', 'KM', 'KN', 'KO', 'KR', 'KS', 'KU', 'KV', 'KW',
  'KY', 'LA', 'LB', 'LG', 'LI', 'LN', 'LO', 'LT', 'LU', 'LV', 'MG', 'MH', 'MI', 'MK', 'ML', 'MN', 'MR', 'MS',
  'MT', 'MY', 'NA', 'NB', 'ND', 'NE', 'NG', 'NL', 'NN', 'NO', 'NR', 'NV', 'NY', 'OC', 'OJ', 'OM', 'OR', 'OS',
  'PA', 'PI', 'PL', 'PS', 'PT', 'QU', 'RM', 'RN', 'RO', 'RU', 'RW', 'SA', 'SC', 'SD', 'SE', 'SG', 'SI', 'SK',
  'SL', 'SM', 'SN', 'SO', 'SQ', 'SR', 'SS', 'ST', 'SU', 'SV', 'SW', 'TA', 'TE', 'TG', 'TH', 'TI', 'TK', 'TL',
  'TN', 'TO', 'TR', 'TS', 'TT', 'TW', 'TY', 'UG', 'UK', 'UR', 'UZ', 'VE', 'VI', 'VO', 'WA', 'WO', 'XH', 'YI',
  'YO', 'ZA', 'ZH', 'ZU',
] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGE_VALUES)[number];

/** The 24 official EU languages, in the order the TDB form lists them first. */
export const EU_OFFICIAL_LANGUAGES: readonly ContentLanguage[] = [
  'EN', 'BG', 'HR', 'CS', 'DA', 'NL', 'ET', 'FI', 'FR', 'DE', 'EL', 'HU', 'GA', 'IT', 'LV', 'LT', 'MT', 'PL',
  'PT', 'RO', 'SK', 'SL', 'ES', 'SV',
];
