/** Turns a phrase-bank offer (problem listing or hard negative) into a listing draft. */
import { brandedGtin, gs1PrefixFor, isbn13, makeEan13 } from './gtin.js';
import { LANGUAGE_INDEX, type DemoLanguage } from './languages.js';
import type { ListingDraft } from './listing-draft.js';
import { isPerLanguage, type OfferSpec } from './offer-types.js';
import type { Rng } from './prng.js';
import { EVADE_CLOSE, EVADE_OPEN, fill, stripMarkers } from './text.js';
import type { TraderProfile } from './traders.js';

export function draftFromOffer(offer: OfferSpec, rng: Rng, lang: DemoLanguage, profile: TraderProfile): ListingDraft {
  const li = LANGUAGE_INDEX[lang];
  const chosen = new Map<string, string>();
  // One value per slot per listing, so title, description and brand field agree.
  const resolve = (name: string): string => {
    if (name === 'house') return profile.houseBrand;
    const known = chosen.get(name);
    if (known !== undefined) return known;
    const values = offer.slots[name];
    if (!values) throw new Error(`offer ${offer.topic} has no slot {${name}}`);
    const value = rng.pick(isPerLanguage(values) ? values[li] : values);
    const marked = offer.evade?.includes(name) ? EVADE_OPEN + value + EVADE_CLOSE : value;
    chosen.set(name, marked);
    return marked;
  };
  const title = fill(rng.pick(offer.titles[li]), resolve);
  const description = fill(rng.pick(offer.descriptions[li]), resolve);
  const brandTemplate = rng.pick(offer.brands ?? [null]);
  const brand = brandTemplate === null ? null : fill(brandTemplate, resolve);
  const [min, max] = offer.price;
  return {
    title,
    description,
    priceEur: min + (max - min) * rng.next(),
    path: offer.path,
    brand,
    gtin: offerGtin(offer, rng, li, profile, brand, chosen),
    imageCount: rng.between(1, 5),
  };
}

function offerGtin(offer: OfferSpec, rng: Rng, li: number, profile: TraderProfile, brand: string | null, chosen: Map<string, string>): string | null {
  switch (offer.gtin ?? 'random') {
    case 'none':
      return null;
    case 'isbn':
      return isbn13(li, rng);
    case 'genuine': {
      // Counterfeiters often copy the genuine product's code; authorised sellers always carry it.
      const realBrand = stripMarkers(chosen.get('brand') ?? brand ?? offer.topic);
      const model = stripMarkers(chosen.get('item') ?? offer.topic);
      return rng.chance(offer.slots['brand'] ? 0.5 : 1) ? brandedGtin(realBrand, model, '') : null;
    }
    case 'random':
      return rng.chance(0.6) ? makeEan13(gs1PrefixFor(profile.country.code, rng), rng) : null;
  }
}
