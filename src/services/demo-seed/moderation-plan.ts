/**
 * What the demo's reviewers decide for each kind of problem listing: realistic decisions of
 * varied types, each with the legal or contractual ground a real reviewer would cite.
 */
import type { DemoProblemKind } from '../demo/index.js';
import type { DecisionFormInput } from '../decisions/schemas.js';

type Plan = Omit<DecisionFormInput, 'also_items'>;

export const DEMO_DECISIONS: Record<DemoProblemKind, Plan> = {
  prescription_drug: {
    actions: ['remove'], ground: 'illegal', legal_ground: 'Directive 2001/83/EC, Art. 85c, and national law on the distance selling of prescription-only medicines',
    explanation: 'The listing offers a prescription-only medicine to consumers without a prescription, which EU and national law prohibit.',
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_PROHIBITED_PRODUCTS', territorial_scope: 'EEA',
    failed_attribute: 'product title and description', finding: 'the listing sells a prescription-only medicine with no prescription required',
  },
  banned_supplement: {
    actions: ['remove', 'monetary_restriction'], ground: 'illegal', legal_ground: 'Regulation (EC) No 178/2002, Art. 14 (unsafe food) and Directive 2002/46/EC',
    explanation: 'The food supplement contains a substance that is not authorised in food supplements and is unsafe for consumers.',
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_UNSAFE_PRODUCTS', territorial_scope: 'EEA',
    failed_attribute: 'ingredient list', finding: 'the listed ingredients include a banned stimulant',
  },
  illegal_health_claim: {
    actions: ['demote'], ground: 'illegal', legal_ground: 'Regulation (EC) No 1924/2006, Art. 10 (unauthorised health claims)',
    explanation: 'The listing makes a health claim that is not authorised for food, such as curing a disease.', end_date: undefined,
    category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', keyword: 'KEYWORD_MISLEADING_INFO_GOODS_SERVICES', territorial_scope: 'EU',
    failed_attribute: 'product description', finding: 'the description claims the product cures a disease',
  },
  counterfeit: {
    actions: ['remove'], ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Art. 9(2) — use of a sign identical to an EU trade mark',
    explanation: 'The listing offers goods bearing a sign identical to a registered EU trade mark without the holder’s consent, described as a replica.',
    category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EEA',
    failed_attribute: 'brand and title', finding: 'the listing calls the product a replica of a protected brand at an implausible price',
  },
  weapon: {
    actions: ['disable_access'], ground: 'illegal', legal_ground: 'National weapons law (e.g. German Waffengesetz, Annex 2) prohibiting the item',
    explanation: 'The item is a prohibited weapon in the member states where access is disabled.',
    category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', keyword: 'KEYWORD_OTHER', keyword_other: 'Prohibited weapons', territorial_scope: ['DE', 'NL', 'BE', 'FR'],
    failed_attribute: 'product type', finding: 'the product is a weapon that the law of these member states prohibits',
  },
  adult: {
    actions: ['age_restrict'], ground: 'incompatible', clause: 'Terms of Sale, section 4.2 (adult products are shown to verified adults only)',
    explanation: 'Adult products may be sold but only to verified adults; the listing was not age-restricted.',
    category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_ADULT_SEXUAL_MATERIAL', territorial_scope: 'EEA',
    failed_attribute: 'age restriction', finding: 'an adult product was visible to all users',
  },
  unsafe_product: {
    actions: ['remove'], ground: 'illegal', legal_ground: 'Regulation (EU) 2023/988 (GPSR), Art. 5 general safety requirement',
    explanation: 'The product matches a dangerous product notified in the EU Safety Gate and is unsafe for consumers.',
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_UNSAFE_PRODUCTS', territorial_scope: 'EEA',
    failed_attribute: 'product safety', finding: 'the product matches a Safety Gate alert for a serious risk',
  },
  hidden_link: {
    actions: ['remove', 'restrict_features'], ground: 'incompatible', clause: 'Seller Terms, section 7.1 (listings must show the product actually sold)',
    explanation: 'The listing is a decoy that does not show the product actually sold, a hidden link used to sell other goods.',
    category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_INAUTHENTIC_LISTINGS', territorial_scope: 'EEA',
    failed_attribute: 'title and price', finding: 'a generic title and token price point buyers to contact the seller for the real item',
  },
  off_platform_contact: {
    actions: ['label'], ground: 'incompatible', clause: 'Seller Terms, section 7.4 (no off-platform contact details in listings)',
    explanation: 'The listing directs buyers to complete the purchase outside the platform through a messenger or e-mail.',
    category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_OTHER', keyword_other: 'Off-platform contact details', territorial_scope: 'EEA',
    failed_attribute: 'description', finding: 'the description gives a messenger handle to buy outside the platform',
  },
};

export const NO_ACTION: Plan = {
  actions: ['no_action'], ground: 'incompatible', clause: 'Terms of Sale, prohibited items list',
  explanation: 'After review the listing complies with the law and the terms; no restriction is applied.',
  category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_GOODS_SERVICES_NOT_PERMITTED', territorial_scope: 'EEA',
};
