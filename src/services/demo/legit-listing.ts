/** Ordinary, legal listings drawn from the product catalog. */
import { BOOKS, PET_SUPPLIES, TOYS_BABY } from './products-family.js';
import { BEAUTY, HEALTH } from './products-care.js';
import { FASHION, SHOES, WATCHES_JEWELLERY } from './products-fashion.js';
import { GARDEN, HOME_KITCHEN, TOOLS } from './products-home.js';
import { AUTOMOTIVE, SPORTS } from './products-leisure.js';
import { ELECTRONICS, PHONES } from './products-tech.js';
import { brandedGtin, gs1PrefixFor, isbn13, makeEan13 } from './gtin.js';
import { inLanguage, LANGUAGE_INDEX, type DemoLanguage, type Loc } from './languages.js';
import { AFTER_SALES, CLOTHING_SIZES, COLORS, NAME_FIRST_SHARE, NO_BRAND, OPENERS, SHIPPING, SHOE_SIZES, SIZE_LABEL } from './listing-phrases.js';
import type { ListingDraft } from './listing-draft.js';
import type { ProductCategory, ProductType, VariantSpec } from './product-types.js';
import type { Rng } from './prng.js';
import type { TraderProfile } from './traders.js';

export const PRODUCT_CATEGORIES: readonly ProductCategory[] = [
  ELECTRONICS, PHONES, FASHION, SHOES, WATCHES_JEWELLERY, HOME_KITCHEN, GARDEN, TOYS_BABY,
  BEAUTY, HEALTH, SPORTS, AUTOMOTIVE, BOOKS, PET_SUPPLIES, TOOLS,
];
const CATEGORY_WEIGHTS = PRODUCT_CATEGORIES.map((c) => c.weight);

export function pickProduct(rng: Rng): ProductType {
  const category = PRODUCT_CATEGORIES[rng.weighted(CATEGORY_WEIGHTS)] ?? ELECTRONICS;
  return rng.pick(category.products);
}

function isLoc(spec: VariantSpec): spec is Loc<readonly string[]> {
  return Array.isArray(spec[0]);
}

/** Returns [text shown in the title, language-neutral key for the GTIN]. */
function pickVariant(spec: VariantSpec | undefined, lang: DemoLanguage, rng: Rng): [string, string] {
  if (spec === undefined) return ['', ''];
  if (spec === 'color') {
    const i = rng.int(COLORS[0].length);
    return [inLanguage(COLORS, lang)[i] ?? '', `c${i}`];
  }
  if (spec === 'size' || spec === 'shoe') {
    const size = rng.pick(spec === 'size' ? CLOTHING_SIZES : SHOE_SIZES);
    return [`${inLanguage(SIZE_LABEL, lang)} ${size}`, size];
  }
  if (isLoc(spec)) {
    const i = rng.int(spec[0].length);
    return [inLanguage(spec, lang)[i] ?? '', `v${i}`];
  }
  const value = rng.pick(spec as readonly string[]);
  return [value, value];
}

/** The brand field of an unbranded listing: the trader's own label, nothing, or "Generic". */
function noNameBrand(profile: TraderProfile, lang: DemoLanguage, rng: Rng): string | null {
  const r = rng.next();
  if (r < 0.6) return profile.houseBrand;
  return r < 0.85 ? null : inLanguage(NO_BRAND, lang);
}

export function draftLegitListing(rng: Rng, lang: DemoLanguage, profile: TraderProfile, product = pickProduct(rng)): ListingDraft {
  const [variantText, variantKey] = pickVariant(product.variant, lang, rng);
  const li = LANGUAGE_INDEX[lang];
  let brand: string | null;
  let label: string;
  let gtin: string | null;
  let priceEur: number;
  const brandedShare = profile.highRisk ? 0.25 : 0.55;
  const branded = product.models.length > 0 && (product.noName === null || rng.chance(brandedShare));
  if (product.titled) {
    label = rng.pick(inLanguage(product.titled, lang));
    brand = null;
    gtin = isbn13(li, rng);
    priceEur = rng.between(product.noName?.[0] ?? 7, product.noName?.[1] ?? 24);
  } else if (branded) {
    const [b, model, typical] = rng.pick(product.models);
    brand = b;
    const name = inLanguage(product.name, lang);
    const branding = model ? `${b} ${model}` : b;
    label = rng.chance(NAME_FIRST_SHARE[li]) ? `${name} ${branding}` : `${branding} ${name}`;
    gtin = brandedGtin(b, model, variantKey);
    priceEur = typical * (0.86 + 0.18 * rng.next());
  } else {
    brand = noNameBrand(profile, lang, rng);
    const name = inLanguage(product.name, lang);
    const shown = brand === profile.houseBrand ? brand : null;
    label = shown === null ? name : rng.chance(NAME_FIRST_SHARE[li]) ? `${name} ${shown}` : `${shown} ${name}`;
    gtin = rng.chance(0.75) ? makeEan13(gs1PrefixFor(profile.country.code, rng), rng) : null;
    const [min, max] = product.noName ?? [10, 40];
    priceEur = min + (max - min) * rng.next();
  }
  // Book titles already contain a dash (title – author), so their binding follows a comma.
  const separator = lang === 'en' || product.titled || rng.chance(0.5) ? ', ' : ' – ';
  const title = variantText ? `${label}${separator}${variantText}` : label;
  // Descriptions name the product without a size or colour, as sellers reuse them across variants.
  const described = variantText && !product.titled ? label : title;
  const parts = [
    rng.pick(inLanguage(OPENERS, lang)).replace('{product}', described),
    inLanguage(product.feature, lang),
  ];
  if (rng.chance(0.7)) parts.push(rng.pick(inLanguage(AFTER_SALES, lang)));
  if (rng.chance(0.6)) parts.push(rng.pick(inLanguage(SHIPPING, lang)));
  return {
    title,
    description: rng.chance(0.03) ? null : parts.join(rng.chance(0.3) ? '\n\n' : ' '),
    priceEur,
    path: product.path,
    brand,
    gtin,
    imageCount: rng.chance(0.02) ? 0 : rng.between(1, 6),
  };
}
