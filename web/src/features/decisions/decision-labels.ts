/** Display names for decision values as the API returns them. */
import { DECISION_ACTIONS, MEMBER_STATES, type DecisionAction } from '../../domain/taxonomy.js';
import { t } from '../../i18n/index.js';

const isAction = (v: string): v is DecisionAction => (DECISION_ACTIONS as readonly string[]).includes(v);

/** `remove+label` → "Remove the item, Add a label". */
export const actionsLabel = (action: string): string =>
  action.split('+').map((a) => (isAction(a) ? t(`decision.action.${a}`) : a)).join(', ');

export function groundLabel(ground: string): string {
  if (ground === 'DECISION_GROUND_ILLEGAL_CONTENT') return t('decision.ground.illegal');
  if (ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT') return t('decision.ground.incompatible');
  return ground;
}

const EEA_ONLY = ['IS', 'LI', 'NO'];

/** All 30 states → "EEA", the 27 EU states → "EU", otherwise the country codes. */
export function scopeLabel(codes: readonly string[]): string {
  const set = new Set(codes);
  if (MEMBER_STATES.every((c) => set.has(c))) return t('decision.scope.EEA');
  if (set.size === 27 && MEMBER_STATES.every((c) => set.has(c) !== EEA_ONLY.includes(c))) return t('decision.scope.EU');
  return codes.join(', ');
}
