/**
 * The result of screening one listing (DET-1): what the services store, route and write to the
 * ledger. Evidence and spans point into the original text of a named field, so a reviewer and a
 * statement of reasons can quote exactly what was found.
 */
export const SCREEN_VERDICTS = ['allow', 'age_restrict', 'review', 'block'] as const;
export type ScreenVerdict = (typeof SCREEN_VERDICTS)[number];

/** Precedence when several rules fire: a block outranks review, review outranks an age gate. */
export const VERDICT_RANK: Record<ScreenVerdict, number> = { allow: 0, age_restrict: 1, review: 2, block: 3 };

export interface SignalSpan {
  field: string;
  start: number;
  end: number;
}

export interface SignalTransform {
  kind: string;
  start: number;
  end: number;
}

export interface ScreenSignal {
  kind: string;
  /** id of the rule this signal supports ("engine" for engine notices such as truncation) */
  rule: string;
  category: string | null;
  evidence: string;
  span: SignalSpan | null;
  transforms: SignalTransform[];
  /** the lexicon term or detector that matched, with its source list */
  term?: string;
  source?: string;
  detail?: Record<string, string | number | boolean | string[]>;
}

export interface FiredRule {
  id: string;
  version: number;
  category: string;
  action: ScreenVerdict;
  /** the action before auto-action checks and shadow mode */
  declaredAction: ScreenVerdict;
  shadow: boolean;
  score: number;
  legalGround: { requirement: string; sorCategory: string; sorKeyword: string; sorOther?: string; reference?: string };
}

export interface ScreenResult {
  id: string;
  verdict: ScreenVerdict;
  score: number;
  categories: string[];
  signals: ScreenSignal[];
  rules: FiredRule[];
  /** shadow-mode rules that would have fired: logged, never acted on */
  shadow: FiredRule[];
  /** pipeline parts that were unavailable; closed-failing categories then go to review */
  degraded: string[];
  versions: { engine: string; unicode: string; lexicons: Record<string, string>; rules: string };
}
