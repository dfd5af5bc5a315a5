/** data/lexicons/brand-prices.json: lowest plausible genuine price per brand, and EUR rates. */
export interface BrandPriceTable {
  currency: string;
  brands: Record<string, Record<string, number>>;
  currencies: Record<string, number>;
}

// A brand on merchandise, packaging or paperwork says nothing about the price of the genuine item.
const NOT_THE_ITEM = /\b(poster|print|advert|advertising|catalogue|catalog|brochure|book|magazine|box only|empty box|dust ?bag|strap|band|case|cover|charger|cable|keychain|keyring|key ring|sticker|manual|packaging|shopping bag|paper bag|gift bag|ribbon|receipt|replacement|spare|compatible|perfume|parfum|parfüm|profumo|perfumy|eau de|fragrance|cologne|tester|sample|miniature|lipstick|mascara|nail polish|cosmetic|cosmetics|kosmetik|plakat|affiche|cartel|manifesto|plakát|karton|schachtel|boîte vide|caja vacía|scatola vuota|pudełko|doos|caixa vazia)\b/i;
const BAG = /\b(bag|handbag|tasche|sac|bolso|borsa|torebka|tas|bolsa)\b/i;
const SHOES = /\b(shoes?|sneakers?|trainers?|schuhe|chaussures|baskets|zapatillas|scarpe|buty|schoenen|sapatilhas|ténis)\b/i;

/**
 * Price far below what the genuine article costs is a counterfeit signal (DET-3). Returns the
 * ratio of the listing price (in EUR) to the brand's reference, or undefined when it cannot tell.
 */
export function priceRatio(table: BrandPriceTable, brand: string, price: number, currency: string | null | undefined, text: string):
  { priceEur: number; referenceEur: number; ratio: number } | undefined {
  const ref = table.brands[brand];
  const rate = table.currencies[(currency ?? table.currency).toUpperCase()];
  if (!ref || rate === undefined || !(price > 0) || NOT_THE_ITEM.test(text)) return undefined;
  const kind = BAG.test(text) && ref['bag'] ? 'bag' : SHOES.test(text) && ref['shoes'] ? 'shoes' : 'default';
  const referenceEur = ref[kind] ?? ref['default'];
  if (!referenceEur) return undefined;
  const priceEur = price * rate;
  return { priceEur, referenceEur, ratio: priceEur / referenceEur };
}
