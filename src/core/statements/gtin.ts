/**
 * GTIN handling for `content_id` (A4, A6 rule 17). The TDB only checks "13 digits"; Vigil also
 * checks the GS1 check digit so a typo never reaches the public record as someone else's product.
 */

/** GS1 mod-10 check digit over all but the last digit. */
export function gs1CheckDigitValid(digits: string): boolean {
  if (!/^\d{8,14}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length - 1; i++) sum += Number(digits[digits.length - 2 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/**
 * The EAN-13 form of a GTIN, or null when there is none: GTIN-13 as is, GTIN-12 (UPC-A) with a
 * leading zero, GTIN-14 only when its indicator digit is 0. GTIN-8 has no EAN-13 form.
 * Spaces and dashes are ignored; the check digit must be right.
 */
export function ean13FromGtin(gtin: string): string | null {
  const d = gtin.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(d) || !gs1CheckDigitValid(d)) return null;
  if (d.length === 13) return d;
  if (d.length === 12) return `0${d}`;
  if (d.length === 14 && d.startsWith('0')) return d.slice(1);
  return null;
}
