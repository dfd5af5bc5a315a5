/** The intermediate listing every builder produces before ids, URLs, currency and dates are added. */
export interface ListingDraft {
  /** May still contain evasion markers around evadable spans. */
  title: string;
  description: string | null;
  /** In EUR; converted to the trader's currency afterwards. */
  priceEur: number;
  path: readonly string[];
  brand: string | null;
  gtin: string | null;
  imageCount: number;
}
