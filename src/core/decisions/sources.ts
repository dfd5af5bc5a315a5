import type { ClockKind } from '../clocks/deadlines.js';
import type { SourceType } from '../events.js';
import type { DecisionAction } from './actions.js';

/** Where a decision comes from, and what the law attaches to that source. One row per source. */

export const DECISION_SOURCES = [
  'art16_notice', 'trusted_flagger_notice', 'art9_order', 'gpsr_order', 'own_initiative', 'other_notification',
] as const;
export type DecisionSource = (typeof DECISION_SOURCES)[number];

export type InformedParty = 'trader' | 'notifier' | 'issuing_authority';

export interface SourceRule {
  /** The ledger's and statement's source_type. Orders have no SoR value; the ledger records them as other notifications with their order id. */
  sourceType: SourceType;
  /** Art. 17 governs the decision; false for orders (Art. 17(5)). */
  art17Applies: boolean;
  /** The notifier is told the decision and the redress (Art. 16(5)) and may complain (Art. 20(1)). */
  notifier: boolean;
  /** The issuing authority hears whether and when the order was given effect (Art. 9(1)). */
  authority: boolean;
  /** Actions this source can lead to; anything else is a separate own-initiative decision. */
  actions: readonly DecisionAction[] | 'all';
  /** Grounds; orders are about illegal content only. */
  incompatibleGround: boolean;
  /** Clocks that run from the intake of this source. */
  intakeClocks: readonly ClockKind[];
  /** Clocks that run only for some intakes of this source, and when. */
  conditionalClocks: readonly { kind: ClockKind; when: string }[];
  article: string;
}

const VISIBILITY_ACTIONS: readonly DecisionAction[] = ['remove', 'disable_access', 'demote', 'age_restrict', 'label', 'no_action'];
const GPSR_NOTICE = { kind: 'gpsr_notice' as const, when: 'a product-safety notice (GPSR Art. 22, NA-7)' };

export const SOURCE_RULES: Readonly<Record<DecisionSource, SourceRule>> = {
  art16_notice: {
    sourceType: 'SOURCE_ARTICLE_16', art17Applies: true, notifier: true, authority: false, actions: 'all',
    incompatibleGround: true, intakeClocks: ['receipt_confirmation', 'notice_decision'], conditionalClocks: [GPSR_NOTICE],
    article: 'Art. 16',
  },
  // Trusted flaggers send Art. 16 notices with priority (Art. 22(1)); the provider may still decide on its terms.
  trusted_flagger_notice: {
    sourceType: 'SOURCE_TRUSTED_FLAGGER', art17Applies: true, notifier: true, authority: false, actions: 'all',
    incompatibleGround: true, intakeClocks: ['receipt_confirmation', 'trusted_flagger_decision'], conditionalClocks: [GPSR_NOTICE],
    article: 'Arts. 16, 22',
  },
  // Orders to act against specific items of illegal content: the content measures the order can
  // require. Suspending the account or freezing payouts goes beyond the order and is the
  // provider's own decision, with its own statement of reasons.
  art9_order: {
    sourceType: 'SOURCE_TYPE_OTHER_NOTIFICATION', art17Applies: false, notifier: false, authority: true, actions: VISIBILITY_ACTIONS,
    incompatibleGround: false, intakeClocks: ['order_effect', 'order_authority_report', 'order_recipient_informed'], conditionalClocks: [],
    article: 'Art. 9',
  },
  // GPSR Art. 22(4): remove the content, disable access to it, or display an explicit warning.
  // These orders meet DSA Art. 9(2), so Art. 17(5) exempts them like any Art. 9 order.
  gpsr_order: {
    sourceType: 'SOURCE_TYPE_OTHER_NOTIFICATION', art17Applies: false, notifier: false, authority: true,
    actions: ['remove', 'disable_access', 'label', 'no_action'], incompatibleGround: false,
    intakeClocks: ['order_effect', 'order_authority_report', 'order_recipient_informed'], conditionalClocks: [],
    article: 'GPSR Art. 22(4); DSA Art. 9',
  },
  own_initiative: {
    sourceType: 'SOURCE_VOLUNTARY', art17Applies: true, notifier: false, authority: false, actions: 'all',
    incompatibleGround: true, intakeClocks: [], conditionalClocks: [], article: 'Art. 17(3)(b)',
  },
  // Notices outside Art. 16 (an e-mail without the statutory elements, an authority's information
  // that is no order): Art. 16(5) does not bind, Art. 17 does for any restriction.
  other_notification: {
    sourceType: 'SOURCE_TYPE_OTHER_NOTIFICATION', art17Applies: true, notifier: false, authority: false, actions: 'all',
    incompatibleGround: true, intakeClocks: ['notice_decision'], conditionalClocks: [], article: 'Art. 17(3)(b)',
  },
};
