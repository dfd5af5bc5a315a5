/** Shape of the legal product catalog that ordinary listings are drawn from. */
import type { Loc } from './languages.js';

/** Brand, model, typical EUR price of a real branded product. */
export type BrandedModel = readonly [brand: string, model: string, priceEur: number];

/**
 * Title suffix: a colour, a clothing or shoe size, a fixed list (storage, phone model) or a
 * per-language list (book binding).
 */
export type VariantSpec = 'color' | 'size' | 'shoe' | readonly string[] | Loc<readonly string[]>;

export interface ProductType {
  key: string;
  path: readonly string[];
  /** The product noun phrase as a native shop would write it, per language. */
  name: Loc;
  /** One concrete selling point, per language. */
  feature: Loc;
  models: readonly BrandedModel[];
  /** EUR price range for unbranded or house-brand versions; null when only brands sell it. */
  noName: readonly [number, number] | null;
  variant?: VariantSpec;
  /** Full per-language titles (books) used instead of brand + model + name. */
  titled?: Loc<readonly string[]>;
}

export interface ProductCategory {
  key: string;
  /** Share of the marketplace's ordinary listings, in percent. */
  weight: number;
  products: readonly ProductType[];
}
