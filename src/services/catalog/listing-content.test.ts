import { describe, expect, it } from 'vitest';
import { canonicalContent, canonicalContentSlow, contentHash, type ListingContent } from './listing-content.js';

// Strings that exercise JSON escaping: quotes, backslashes, control characters, non-ASCII, astral characters.
const ALPHABET = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\u0001', '\u001f', '\u007f', 'é', 'ß', '€', '\u2028', '\u{1F600}', '\ud83d\ude00', '/', '<'];
function rnd(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('listing content hash', () => {
  it('gives the bytes of the RFC 8785 canonicaliser for every content shape', () => {
    const r = rnd(42);
    const str = () => Array.from({ length: Math.floor(r() * 12) }, () => ALPHABET[Math.floor(r() * ALPHABET.length)]).join('');
    const maybe = () => (r() < 0.3 ? null : str());
    for (let i = 0; i < 2000; i++) {
      const c: ListingContent = {
        title: str(), description: maybe(), category_path: Array.from({ length: Math.floor(r() * 4) }, str), brand: maybe(), gtin: maybe(),
        image_urls: Array.from({ length: Math.floor(r() * 3) }, str), language: maybe(),
      };
      expect(canonicalContent(c)).toBe(canonicalContentSlow(c));
    }
  });

  it('refuses lone surrogates as the canonicaliser does', () => {
    const c: ListingContent = { title: 'a\ud800b', description: null, category_path: [], brand: null, gtin: null, image_urls: [], language: null };
    expect(() => canonicalContentSlow(c)).toThrow();
    expect(() => canonicalContent(c)).toThrow();
    expect(() => canonicalContent({ ...c, title: 'ok', category_path: ['\udfff'] })).toThrow();
  });

  it('keeps the hash of a stored listing', () => {
    // A hash recorded before the fast path: re-importing unchanged content must still be recognised as unchanged.
    const c: ListingContent = { title: 'Café "Deluxe" mug', description: null, category_path: ['Home', 'Kitchen'], brand: 'Acme', gtin: null, image_urls: ['https://img.example/1.jpg'], language: 'de' };
    expect(contentHash(c)).toBe('a5e906050c861437ce546ef0ee0bef484a68100ca1cfd01008a96193adea1984');
  });
});
