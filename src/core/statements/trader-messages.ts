/**
 * The message catalogue of the statement to the trader (Art. 17(3)(a)–(f), X-5): one module per
 * language, all with the same shape, so a missing string is a type error, not a blank line.
 */
import type { DecisionAccount, DecisionMonetary, DecisionProvision, DecisionVisibility } from './enums.js';
import type { StatementFacts, StatementSourceKind } from './decision-input.js';

export type Art17Element = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
export type RestrictionValue = DecisionVisibility | DecisionMonetary | DecisionProvision | DecisionAccount;

export interface TraderMessages {
  subject: (platform: string, item: string) => string;
  intro: (platform: string) => string;
  headings: Record<Art17Element, string>;
  restriction: Record<RestrictionValue, string>;
  otherRestriction: (label: string, text: string) => string;
  item: Record<StatementFacts['itemKind'], string>;
  itemLine: (item: string, id: string, title: string | null) => string;
  scope: { eu: string; eea: string; list: (codes: string) => string };
  from: (date: string) => string;
  until: (date: string) => string;
  indefinite: string;
  source: Record<StatementSourceKind, string>;
  notifier: (identity: string) => string;
  failedAttribute: (attribute: string) => string;
  finding: (text: string) => string;
  ruleHits: (hits: string) => string;
  /** An account measure under the penalty policy: the points reached and the decisions counted, each by its statement of reasons. */
  measureBasis: (points: number, days: number, decisions: string) => string;
  contentDate: (date: string) => string;
  detection: { automated: string; notAutomated: string };
  decided: Record<'fully' | 'partially' | 'not_automated', string>;
  legalGround: (ground: string) => string;
  clause: (clause: string) => string;
  explanation: (text: string) => string;
  alsoIllegal: { yes: string; no: string };
  reference: (url: string) => string;
  complaint: (url: string, months: number) => string;
  outOfCourt: (url: string | null) => string;
  court: string;
  closing: (platform: string) => string;
  /** Dates as the reader expects them. */
  date: (iso: string) => string;
}

/** `YYYY-MM-DD` → day, month, year with a separator, for languages that write dates that way. */
export const dmy = (sep: string) => (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}${sep}${m}${sep}${y}`;
};
