import { describe, expect, it } from 'vitest';
import { brandedGtin, ean13CheckDigit, isbn13, isValidEan13, makeEan13 } from './gtin.js';
import { Rng } from './prng.js';

describe('EAN-13', () => {
  it('computes the GS1 check digit of published codes', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1); // 4006381333931
    expect(ean13CheckDigit('590123412345')).toBe(7); // GS1 example 5901234123457
    expect(ean13CheckDigit('978030640615')).toBe(7); // ISBN 978-0-306-40615-7
    expect(ean13CheckDigit('000000000000')).toBe(0);
  });

  it('rejects a code with a wrong check digit or the wrong length', () => {
    expect(isValidEan13('4006381333931')).toBe(true);
    expect(isValidEan13('4006381333932')).toBe(false);
    expect(isValidEan13('400638133393')).toBe(false);
    expect(isValidEan13('40063813339a1')).toBe(false);
    expect(() => ean13CheckDigit('12345')).toThrow(RangeError);
  });

  it('makes valid codes that keep the requested prefix', () => {
    const rng = new Rng(5);
    for (let i = 0; i < 500; i++) {
      const code = makeEan13('590', rng);
      expect(code).toMatch(/^590\d{10}$/);
      expect(isValidEan13(code)).toBe(true);
    }
  });

  it('gives one stable code per branded product and variant', () => {
    expect(brandedGtin('Sony', 'WH-1000XM5', 'c0')).toBe(brandedGtin('Sony', 'WH-1000XM5', 'c0'));
    expect(brandedGtin('Sony', 'WH-1000XM5', 'c0')).not.toBe(brandedGtin('Sony', 'WH-1000XM5', 'c1'));
    expect(isValidEan13(brandedGtin('Apple', 'iPhone 15', '128 GB'))).toBe(true);
  });

  it('puts books in the ISBN registration group of their language', () => {
    const rng = new Rng(1);
    expect(isbn13(1, rng)).toMatch(/^9783\d{9}$/);
    expect(isbn13(5, rng)).toMatch(/^97883\d{8}$/);
    expect(isValidEan13(isbn13(7, rng))).toBe(true);
  });
});
