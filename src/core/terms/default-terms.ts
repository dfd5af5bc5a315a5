/**
 * The terms Vigil ships for the demo marketplace and as a starting point (Art. 14(1), TC-1). The
 * penalty clauses state the numbers of the default penalty policy; the consistency test fails when
 * either side changes alone.
 */
import { MISUSE_POLICY_CLAUSE } from '../complaints/misuse.js';
import type { TermsDocument } from './terms.js';

const ITEMS = ['listing', 'store_page', 'review', 'ad', 'affiliate_link', 'livestream'];

export const DEFAULT_TERMS: TermsDocument = {
  version: '2026-01',
  effective_from: '2026-01-01T00:00:00.000Z',
  significant: true,
  clauses: [
    { clause_id: 'T-1', title: 'Scope of these rules', applies_to: [...ITEMS, 'account'], reason_codes: [],
      text: 'These rules apply to everything traders and affiliates publish on the marketplace: listings, store pages, reviews and questions, ads, affiliate links and livestreams. Our moderators and automated tools check content against them. Automated tools restrict content on their own only under detection rules approved for automated action (as a rule, those whose reviewed hits were confirmed at least 98 % of the time); a person decides everything else they flag. Account measures follow automatically from the points of decisions on your content, as clause T-7 sets out, and you can complain about every decision.' },
    { clause_id: 'T-4.1', title: 'Unsafe and prohibited products', applies_to: ITEMS, reason_codes: ['STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', 'STATEMENT_CATEGORY_ANIMAL_WELFARE'],
      text: 'You may not offer products that are unsafe, recalled, banned in the countries you sell to, weapons or their parts, prescription medicines, or protected animals and their parts. We remove such offers.' },
    { clause_id: 'T-4.2', title: 'Counterfeits and intellectual property', applies_to: ITEMS, reason_codes: ['STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS'],
      text: 'You may not offer counterfeit goods or use other people\'s trade marks, designs or copyrighted material without permission, including through decoy listings that hide what is really sold.' },
    { clause_id: 'T-4.3', title: 'Scams and fraud', applies_to: [...ITEMS, 'account'], reason_codes: ['STATEMENT_CATEGORY_SCAMS_AND_FRAUD'],
      text: 'You may not deceive buyers: no fake offers, payment outside the marketplace, fake reviews or hidden links that send buyers to a different product than the one shown.' },
    { clause_id: 'T-4.4', title: 'Honest information and other rules', applies_to: ITEMS, reason_codes: ['STATEMENT_CATEGORY_CONSUMER_INFORMATION', 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC'],
      text: 'Offers must describe the product truthfully and give the information consumer law requires (who sells, the total price, the product\'s safety information). Content that breaks another rule of these terms is restricted under this clause.' },
    { clause_id: 'T-4.5', title: 'Minors, violence and self-harm', applies_to: ITEMS, reason_codes: ['STATEMENT_CATEGORY_PROTECTION_OF_MINORS', 'STATEMENT_CATEGORY_SELF_HARM', 'STATEMENT_CATEGORY_VIOLENCE'],
      text: 'You may not offer or promote content that endangers minors, glorifies violence or encourages self-harm, and age-restricted products must be offered only to adults.' },
    { clause_id: 'T-4.6', title: 'Speech, privacy and public debate', applies_to: ITEMS, reason_codes: ['STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', 'STATEMENT_CATEGORY_CYBER_VIOLENCE', 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN', 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS', 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS'],
      text: 'Reviews, questions, chats and store pages may not contain illegal hate speech, harassment, other people\'s personal data or election manipulation.' },
    { clause_id: 'T-7.1', title: 'Strikes', applies_to: ['account'], reason_codes: [],
      text: 'Each decision that removes or disables your content, or restricts your account, because it was illegal or broke these terms gives your account a strike. A low-severity strike (honest-information rules) counts 1 point, a medium one (counterfeits, speech and privacy) 2 points, each for 180 or 365 days: low 180 days, medium and high 365 days. A high-severity strike (unsafe products, scams, minors) counts 3 points. A strike no longer counts once its period ends, and it is withdrawn if the decision is reversed.' },
    { clause_id: 'T-7.2', title: 'Warning first', applies_to: ['account'], reason_codes: [],
      text: 'When your strikes reach 3 points we warn you in writing, with the reasons and how to complain. A suspension or termination needs such a warning given for an earlier strike; the warning counts for 365 days.' },
    { clause_id: 'T-7.3', title: 'Suspension', applies_to: ['account'], reason_codes: [],
      text: 'If, after a warning, a new strike brings your account to 6 points, we suspend it for 30 days: your listings are hidden and you cannot publish. The suspension ends by itself; you receive a statement of reasons and can complain.' },
    { clause_id: 'T-7.4', title: 'Termination for the gravest cases', applies_to: ['account'], reason_codes: [],
      text: 'If, after a warning, your strikes reach 12 points, we terminate your account. A decision on a product that threatens life or safety counts 12 points for 730 days and terminates the account at once, without a prior warning.' },
    { clause_id: 'T-7.5', title: 'Affiliates and hidden links', applies_to: ['affiliate_link', 'account'], reason_codes: [],
      text: 'When an affiliate link is found to lead buyers to illegal products or to hide what is sold, both the seller and the affiliate who published the link receive the strike, the link is disabled and its commission cancelled.' },
    { clause_id: 'T-9', title: 'Complaints and redress', applies_to: [...ITEMS, 'account'], reason_codes: [],
      text: 'You can complain about any decision free of charge through the link in its statement of reasons for at least six months; a person who did not take the decision reviews it. You can also go to a certified out-of-court dispute settlement body or to court.' },
    // Art. 23(4), RO-3: the misuse policy, with the numbers the engine applies (src/core/complaints/misuse.ts).
    { clause_id: 'T-9.1', title: 'Misuse of notices and complaints', applies_to: ['notice', 'complaint'], reason_codes: [], text: MISUSE_POLICY_CLAUSE.split('\n\n').slice(1).join('\n\n') },
  ],
};
