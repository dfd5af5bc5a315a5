/**
 * The complaint window (Art. 20(1), CH-1): at least six months from the day the complainant was
 * informed of the decision, counted as Regulation 1182/71 counts periods, in the local time of the
 * member state, a last day off work rolling forward (only ever in the complainant's favour).
 */
import { ACTION_RULES, type DecisionAction, DECISION_ACTIONS } from '../decisions/actions.js';
import { isMemberState, MEMBER_STATE_TIME_ZONES, type MemberState } from '../clocks/member-states.js';
import { endOfMonthsPeriod } from '../clocks/periods.js';
import { localIsoDate } from '../clocks/zoned-time.js';

/** The member state whose calendar counts the window when the trader's country is not one (Brussels). */
export const DEFAULT_WINDOW_STATE: MemberState = 'BE';
export const MIN_WINDOW_MONTHS = 6;

export interface ComplaintWindow {
  informedAt: Date;
  closesAt: Date;
  /** The last day of the window as a local calendar date, for messages ("closed on 2026-05-04"). */
  lastDay: string;
  memberState: MemberState;
}

export function complaintWindow(informedAt: Date, months: number, country: string | null | undefined): ComplaintWindow {
  const ms = country && isMemberState(country.toUpperCase()) ? (country.toUpperCase() as MemberState) : DEFAULT_WINDOW_STATE;
  const zone = MEMBER_STATE_TIME_ZONES[ms];
  const closesAt = endOfMonthsPeriod(informedAt, Math.max(MIN_WINDOW_MONTHS, months), zone, { ms });
  return { informedAt, closesAt, lastDay: localIsoDate(closesAt, zone), memberState: ms };
}

export const isWithinWindow = (w: ComplaintWindow, at: Date): boolean => at.getTime() >= w.informedAt.getTime() && at.getTime() <= w.closesAt.getTime();

/** Art. 20(1)(a)–(d): the kind of decision a complaint is about, from the decision's actions ("remove+suspend_account"). */
export function complaintBasis(actionList: string): string {
  const points = new Set<string>();
  for (const a of actionList.split('+')) {
    if ((DECISION_ACTIONS as readonly string[]).includes(a)) points.add(ACTION_RULES[a as DecisionAction].art20);
  }
  return [...points].sort().join('') || '(a)';
}
