import { describe, expect, it } from 'vitest';
import { isSubstantiated, routeCase } from './routing.js';

describe('case routing (TF-1, NA-7, NA-8)', () => {
  it('puts authority orders first, then trusted flaggers, then standard notices by language', () => {
    expect(routeCase({ lane: 'authority', category: null, language: 'de' })).toEqual({ queue: 'authority', priority: 10 });
    expect(routeCase({ lane: 'trusted_flagger', category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', language: 'fr', flaggerExpertise: ['STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS'] })).toEqual({ queue: 'trusted_flagger', priority: 20 });
    expect(routeCase({ lane: 'standard', category: null, language: 'pl' })).toEqual({ queue: 'standard:pl', priority: 50 });
  });
  it('sends out-of-area trusted-flagger notices to the standard lane', () => {
    expect(routeCase({ lane: 'trusted_flagger', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', language: 'en', flaggerExpertise: ['STATEMENT_CATEGORY_ANIMAL_WELFARE'] })).toEqual({ queue: 'standard:en', priority: 50 });
  });
  it('raises product-safety notices', () => {
    expect(routeCase({ lane: 'standard', category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', language: null }).priority).toBe(45);
  });
  it('sets knowledge only for precise, substantiated notices (NA-5)', () => {
    expect(isSubstantiated({ explanation: 'Sells prescription sildenafil without a prescription', resolvedLocations: 1, goodFaith: true })).toBe(true);
    expect(isSubstantiated({ explanation: 'bad', resolvedLocations: 1, goodFaith: true })).toBe(false);
    expect(isSubstantiated({ explanation: 'Sells prescription sildenafil without a prescription', resolvedLocations: 0, goodFaith: true })).toBe(false);
  });
});
