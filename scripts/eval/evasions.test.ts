import { describe, expect, it } from 'vitest';
import { applyEvasion, EVASIONS, transformTerm } from './evasions.js';

describe('evasion generator', () => {
  it('produces a different string for every transform', () => {
    for (const e of EVASIONS) expect(transformTerm(e === 'brand_alias' ? 'Rolex' : 'Viagra', e)).not.toMatch(/^(Viagra|Rolex)$/);
  });
  it('applies the usual seller tricks', () => {
    expect(transformTerm('Viagra', 'zero_width')).toBe('V\u200bi\u200ba\u200bg\u200br\u200ba');
    expect(transformTerm('Viagra', 'leetspeak')).toBe('V14gr4');
    expect(transformTerm('Viagra', 'spacing')).toBe('V i a g r a');
    expect(transformTerm('Viagra', 'punctuation')).toBe('V.i.a.g.r.a');
    expect(transformTerm('Viagra', 'repeated')).toBe('Viiiagraaa');
    expect(transformTerm('Viagra', 'homoglyph')).toMatch(/[\u0400-\u04ff]/);
    expect(transformTerm('Louis Vuitton', 'brand_alias')).toBe('LouisVuitton');
  });
  it('replaces every occurrence of the key, case-insensitively', () => {
    expect(applyEvasion('Viagra 100mg, original viagra', 'Viagra', 'punctuation')).toBe('V.i.a.g.r.a 100mg, original v.i.a.g.r.a');
  });
});
