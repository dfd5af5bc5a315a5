/**
 * The 30 EU/EEA states whose calendars Vigil knows: the 27 member states plus Iceland,
 * Liechtenstein and Norway (the DSA applies in the EEA). Codes are the Transparency Database's
 * `territorial_scope` codes (ISO 3166-1 alpha-2; Greece is GR, not the Eurostat EL).
 */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

export const EEA_MEMBER_STATES = [...EU_MEMBER_STATES, 'IS', 'LI', 'NO'] as const;

export type MemberState = (typeof EEA_MEMBER_STATES)[number];

export function isMemberState(code: string): code is MemberState {
  return (EEA_MEMBER_STATES as readonly string[]).includes(code);
}

/**
 * The capital's zone, which is the legal time of the whole state except the outermost regions:
 * Spain's Canary Islands (Atlantic/Canary) and Portugal's Azores (Atlantic/Azores) run an hour
 * behind; pass their zone explicitly where the action is taken there.
 */
export const MEMBER_STATE_TIME_ZONES: Readonly<Record<MemberState, string>> = {
  AT: 'Europe/Vienna', BE: 'Europe/Brussels', BG: 'Europe/Sofia', CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague', DE: 'Europe/Berlin', DK: 'Europe/Copenhagen', EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid', FI: 'Europe/Helsinki', FR: 'Europe/Paris', GR: 'Europe/Athens',
  HR: 'Europe/Zagreb', HU: 'Europe/Budapest', IE: 'Europe/Dublin', IT: 'Europe/Rome',
  LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg', LV: 'Europe/Riga', MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam', PL: 'Europe/Warsaw', PT: 'Europe/Lisbon', RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm', SI: 'Europe/Ljubljana', SK: 'Europe/Bratislava',
  IS: 'Atlantic/Reykjavik', LI: 'Europe/Vaduz', NO: 'Europe/Oslo',
};
