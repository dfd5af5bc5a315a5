/** A small marketplace for the console test: one reviewer, two traders, a listing with history, fillers. */
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import type { AppContext } from '../../src/context.js';

export const REVIEWER = { email: 'reviewer@vigil.test', password: 'correct horse battery staple', displayName: 'Rita Reviewer' };
export const HELMET = { id: 'L-helmet.1', traderId: 'T-nordlicht', title: 'Nordlicht Kinder-Fahrradhelm, Größe S' };
export const FILLERS = 27;

const IMG = 'https://img.marketplace.invalid/p';

export async function seedMarketplace(ctx: AppContext): Promise<void> {
  await ctx.auth.createUser(SYSTEM_ACTOR, { email: REVIEWER.email, displayName: REVIEWER.displayName, role: 'reviewer', password: REVIEWER.password });
  await ctx.catalog.putTrader(SYSTEM_ACTOR, HELMET.traderId, { display_name: 'Nordlicht Sport', legal_name: 'Nordlicht Sport GmbH', country: 'DE' });
  await ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-casa', { display_name: 'Casa Bella', legal_name: 'Casa Bella S.r.l.', country: 'IT' });

  const helmet = {
    trader_id: HELMET.traderId, title: HELMET.title, price: 34.9, currency: 'EUR', brand: 'Nordlicht', gtin: '4006381333931',
    category_path: ['Sport', 'Radsport', 'Helme'], language: 'de', product_url: 'https://shop.marketplace.invalid/l/helmet-1',
    description: 'Leichter Helm für Kinder, EN 1078.', image_urls: [`${IMG}/helmet-front.jpg`],
  };
  await ctx.catalog.putListing(SYSTEM_ACTOR, HELMET.id, { ...helmet, source_version: 1 });
  // A content change (description and a second image) makes version 2 and a ledger event.
  await ctx.catalog.putListing(SYSTEM_ACTOR, HELMET.id, {
    ...helmet, source_version: 2, description: 'Leichter Helm für Kinder, EN 1078. Mit LED-Rücklicht.',
    image_urls: [`${IMG}/helmet-front.jpg`, `${IMG}/helmet-side.jpg`],
  });

  for (let i = 1; i <= FILLERS; i += 1) {
    const n = String(i).padStart(2, '0');
    await ctx.catalog.putListing(SYSTEM_ACTOR, `L-casa-${n}`, {
      trader_id: 'T-casa', source_version: 1, title: `Cuscino in lino ${n}`, price: 19 + i, currency: 'EUR',
      brand: 'Casa Bella', category_path: ['Casa', 'Tessili'], language: 'it', image_urls: [],
    });
  }
}
