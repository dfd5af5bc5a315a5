/** The notice-flow marketplace: the console seed plus a listing someone will report as a counterfeit. */
import type { AppContext } from '../../src/context.js';
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import { seedMarketplace } from './seed.js';

export const WATCH = {
  id: 'L-watch-77', traderId: 'T-lux', trader: 'Lux Watches', title: 'Rolex Submariner 1:1 replica AAA',
  url: 'https://shop.marketplace.invalid/l/watch-77',
};
/** A second listing, for the detection-hit highlighting check. */
export const BAG = { id: 'L-bag-12', title: 'Designer bag, mirror quality Louis V. copy', description: 'Perfect copy, ships in 2 days, no box.' };

export async function seedNoticeFlow(ctx: AppContext): Promise<void> {
  await seedMarketplace(ctx);
  await ctx.catalog.putTrader(SYSTEM_ACTOR, WATCH.traderId, { display_name: WATCH.trader, legal_name: 'Lux Watches Ltd', country: 'HK' });
  await ctx.catalog.putListing(SYSTEM_ACTOR, WATCH.id, {
    trader_id: WATCH.traderId, source_version: 1, title: WATCH.title, price: 49, currency: 'EUR', brand: 'Rolex', gtin: '4006381333931',
    description: 'Mirror quality 1:1 replica of the Submariner, ships from HK. Box and papers included.', category_path: ['Watches', 'Luxury'],
    language: 'en', product_url: WATCH.url, image_urls: ['https://img.marketplace.invalid/p/watch-77.jpg'],
  });
  await ctx.catalog.putListing(SYSTEM_ACTOR, BAG.id, {
    trader_id: WATCH.traderId, source_version: 1, title: BAG.title, price: 89, currency: 'EUR', description: BAG.description,
    category_path: ['Fashion', 'Bags'], language: 'en', image_urls: [],
  });
}
