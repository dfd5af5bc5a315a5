/** Chooses what kind of problem listing to write and with which evasion, and labels it. */
import { CONTACT_SENTENCES, makeContact } from './contact.js';
import { HARD_NEGATIVES } from './hard-negatives.js';
import { DEMO_LANGUAGES, inLanguage, type DemoLanguage } from './languages.js';
import { draftLegitListing } from './legit-listing.js';
import { AFTER_SALES } from './listing-phrases.js';
import type { ListingDraft } from './listing-draft.js';
import { draftFromOffer } from './offer-listing.js';
import type { OfferSpec, ProblemOffer } from './offer-types.js';
import { CLAIM_OFFERS } from './offers-claims.js';
import { COUNTERFEIT_OFFERS } from './offers-counterfeit.js';
import { DECOY_OFFERS } from './offers-decoy.js';
import { RX_OFFERS } from './offers-rx.js';
import { SUPPLEMENT_OFFERS } from './offers-supplements.js';
import { ADULT_OFFERS, UNSAFE_OFFERS } from './offers-unsafe-adult.js';
import { WEAPON_OFFERS } from './offers-weapons.js';
import type { Rng } from './prng.js';
import { fill } from './text.js';
import type { TraderProfile } from './traders.js';
import type { DemoEvasion, DemoListingLabel, DemoProblemKind } from './types.js';

/** Mix of problem kinds, in percent of problem listings. */
export const PROBLEM_KIND_WEIGHTS: Readonly<Record<DemoProblemKind, number>> = {
  prescription_drug: 16, banned_supplement: 12, illegal_health_claim: 8, counterfeit: 20, weapon: 10,
  adult: 8, unsafe_product: 8, hidden_link: 9, off_platform_contact: 9,
};
const KINDS = Object.keys(PROBLEM_KIND_WEIGHTS) as DemoProblemKind[];
const KIND_WEIGHTS = KINDS.map((k) => PROBLEM_KIND_WEIGHTS[k]);

export const PROBLEM_OFFERS: readonly ProblemOffer[] = [
  ...RX_OFFERS, ...SUPPLEMENT_OFFERS, ...CLAIM_OFFERS, ...COUNTERFEIT_OFFERS, ...WEAPON_OFFERS,
  ...ADULT_OFFERS, ...UNSAFE_OFFERS, ...DECOY_OFFERS,
];

/** Offers usable in each language, per kind (some offers exist only where they are unlawful). */
function byLanguage<T extends OfferSpec>(offers: readonly T[]): Record<DemoLanguage, readonly T[]> {
  const out = {} as Record<DemoLanguage, readonly T[]>;
  for (const lang of DEMO_LANGUAGES) out[lang] = offers.filter((o) => !o.languages || o.languages.includes(lang));
  return out;
}
const OFFERS = Object.fromEntries(KINDS.map((k) => [k, byLanguage(PROBLEM_OFFERS.filter((o) => o.kind === k))])) as Record<DemoProblemKind, Record<DemoLanguage, readonly ProblemOffer[]>>;
const NEGATIVES = byLanguage(HARD_NEGATIVES);

const SPELLING_TRICKS: readonly DemoEvasion[] = ['homoglyph', 'zero_width', 'leetspeak', 'spaced_letters', 'punctuation'];
/** Share of evadable problem listings that use a spelling trick. */
export const EVASION_SHARE = 0.4;

export interface DraftWithLabel {
  draft: ListingDraft;
  label: DemoListingLabel;
}

export function draftProblemListing(rng: Rng, lang: DemoLanguage, profile: TraderProfile): DraftWithLabel {
  const kind = KINDS[rng.weighted(KIND_WEIGHTS)] ?? 'counterfeit';
  if (kind === 'off_platform_contact') return draftContactListing(rng, lang, profile);
  const offers = OFFERS[kind][lang];
  const offer = offers.length > 0 ? rng.pick(offers) : rng.pick(OFFERS.counterfeit[lang]);
  const draft = draftFromOffer(offer, rng, lang, profile);
  const label: DemoListingLabel = offer.kind === 'adult'
    ? { illegal: false, action: 'age_restrict', kind: offer.kind, topic: offer.topic, ground: 'law' }
    : { illegal: true, action: 'remove', kind: offer.kind, topic: offer.topic, ground: offer.kind === 'hidden_link' ? 'terms' : 'law' };
  if ((offer.evade?.length ?? 0) > 0 && rng.chance(EVASION_SHARE)) {
    label.evasion = offer.kind === 'counterfeit' && rng.chance(0.4) ? 'brand_alias' : rng.pick(SPELLING_TRICKS);
  }
  return { draft, label };
}

/** An ordinary product listing with a WhatsApp number, Telegram handle, e-mail or shop URL. */
function draftContactListing(rng: Rng, lang: DemoLanguage, profile: TraderProfile): DraftWithLabel {
  const draft = draftLegitListing(rng, lang, profile);
  const obfuscated = rng.chance(EVASION_SHARE);
  const contact = makeContact(profile.country.code, profile.houseBrand, rng, obfuscated);
  // Skip the "Questions? …" variant when the description already points to the message button.
  const sentences = inLanguage(CONTACT_SENTENCES, lang);
  const asksAlready = draft.description?.includes(inLanguage(AFTER_SALES, lang)[2] ?? '') ?? false;
  const sentence = fill(rng.pick(asksAlready ? sentences.slice(0, 2) : sentences), () => contact.text);
  const inTitle = rng.chance(0.25);
  const withContact: ListingDraft = {
    ...draft,
    title: inTitle ? `${draft.title} | ${contact.text}` : draft.title,
    description: inTitle && rng.chance(0.5) ? draft.description : `${draft.description ?? ''}${draft.description ? '\n\n' : ''}${sentence}`,
  };
  const label: DemoListingLabel = { illegal: true, action: 'remove', kind: 'off_platform_contact', topic: contact.channel, ground: 'terms' };
  if (obfuscated) label.evasion = 'obfuscated_contact';
  return { draft: withContact, label };
}

export function draftHardNegative(rng: Rng, lang: DemoLanguage, profile: TraderProfile): DraftWithLabel {
  const offer = rng.pick(NEGATIVES[lang]);
  return { draft: draftFromOffer(offer, rng, lang, profile), label: { illegal: false, action: 'keep', hardNegative: offer.topic } };
}
