/** data/lexicons/safety-gate.json: Safety Gate alerts without vehicles (CBD-4). */
export interface SafetyGateAlert {
  id: string;
  brand: string;
  name: string;
  model: string;
  barcode: string;
  category: string;
  risk: string;
}

export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const tokens = (s: string): string[] => fold(s).split(/[^a-z0-9]+/).filter((t) => t.length >= 3);
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a over text[start, end): the same value fieldNamesAlertBrand computes while it scans. */
function hashOf(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
/** hashOf() of the ASCII lower case of text[start, end) (A-Z folded, other units as they are). */
function lowerHashOf(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return h;
}
/**
 * The digits, and every UTF-16 unit from U+0080 whose decomposition may hold one (superscripts,
 * fractions, circled and fullwidth digits, surrogates...). Outside the class are Latin, Greek and
 * Cyrillic letters, general punctuation, currency and letterlike symbols: common in listings, and
 * none of them decomposes into a digit (a test checks every unit against fold()).
 */
export const DIGIT_LIKE = /[0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0530-\u1fff\u2070-\u209f\u2150-\uffff]/;
const DIGIT_LIKE_G = new RegExp(DIGIT_LIKE.source, 'g');
/** Units that mayNameModel() counts as part of a word: ASCII letters and digits, and all from U+0080. */
const isWordUnit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128;
/** Per UTF-16 unit from 128 up, filled as met: 0 unknown, 1 folds to no digit, 2 may fold to one. */
const FOLDS_TO_DIGIT = new Uint8Array(0x10000);
function mayFoldToDigit(c: number): boolean {
  let d = FOLDS_TO_DIGIT[c]!;
  if (d === 0) {
    // A surrogate is half a character: the pair may be a digit (mathematical digits).
    d = FOLDS_TO_DIGIT[c] = (c >= 0xd800 && c <= 0xdfff) || /[0-9]/.test(fold(String.fromCharCode(c))) ? 2 : 1;
  }
  return d === 2;
}
/** Lower case of each UTF-16 unit, filled as met: 0 unknown, 0xffff when it is not one unit (İ). */
const LOWER = new Uint16Array(0x10000);
function lowerUnit(c: number): number {
  let l = LOWER[c]!;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = LOWER[c] = s.length === 1 ? s.charCodeAt(0) : 0xffff;
  }
  return l === 0xffff ? -1 : l;
}

/** 2^18 filter bits (32 KB) for a few thousand brand words: a false hit is a Set lookup, no more. */
const FILTER_MASK = (1 << 18) - 1;

const GENERIC = new Set(['unknown', 'none', 'n/a', 'no brand', 'unbranded', 'generic', 'other', 'various']);

/**
 * Matches a listing against Safety Gate alerts (CBD-4): by barcode, or by brand plus a model
 * token that carries a digit (model numbers are specific; product words like "toy" are not).
 */
export class SafetyGateIndex {
  private readonly byBarcode = new Map<string, SafetyGateAlert>();
  private readonly byBrand = new Map<string, { alert: SafetyGateAlert; models: string[] }[]>();
  private readonly byFirstWord = new Map<string, string[]>();
  /** hashes of the keys of byFirstWord: a word is sliced and looked up only when its hash is one */
  private readonly firstWordHashes = new Set<number>();
  /** hashes of every alert's model tokens (mayNameModel) */
  private readonly modelHashes = new Set<number>();
  /** one bit per value of the hashes' low bits, set for every hash in firstWordHashes */
  private readonly filter = new Int32Array((FILTER_MASK + 1) >>> 5);

  constructor(alerts: readonly SafetyGateAlert[]) {
    for (const a of alerts) {
      if (/^\d{8,14}$/.test(a.barcode)) this.byBarcode.set(a.barcode, a);
      const brand = fold(a.brand).trim();
      if (!brand || GENERIC.has(brand) || brand.length < 3) continue;
      const models = tokens(`${a.model} ${a.name}`).filter((t) => /\d/.test(t) && t.length >= 4);
      if (models.length === 0) continue;
      const list = this.byBrand.get(brand) ?? [];
      list.push({ alert: a, models });
      for (const m of models) this.modelHashes.add(hashOf(m, 0, m.length));
      this.byBrand.set(brand, list);
      // Index the first word folded and as written ("zabka", "żabka") for the quick pre-check.
      for (const first of [tokens(brand)[0], a.brand.toLowerCase().split(/[^a-z0-9\u00c0-\u024f]+/).find(Boolean)]) {
        if (first && !(this.byFirstWord.get(first) ?? []).includes(brand)) this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), brand]);
      }
    }
    for (const w of this.byFirstWord.keys()) this.firstWordHashes.add(hashOf(w, 0, w.length));
    for (const h of this.firstWordHashes) this.filter[(h & FILTER_MASK) >>> 5]! |= 1 << (h & FILTER_MASK & 31);
  }

  /**
   * match() for a listing's brand, title and description, as if they were one text separated by
   * spaces: the brand pre-check runs over the fields as they are, lower-casing each character as
   * it goes, so the text is joined and lower-cased only for a listing that names an alert brand.
   */
  matchListing(brand: string | null | undefined, title: string, description: string | null | undefined, gtin?: string | null):
    { alert: SafetyGateAlert; via: 'barcode' | 'brand_model' }[] {
    // A brand-model match needs both an alert's model token and an alert brand's first word in
    // the text; without either, only the barcode can match. The model check goes first: it
    // looks only at ASCII words holding a digit, which most listings lack (or have few of),
    // while the brand check hashes every word. Both are conservative (true when unsure), and
    // match() decides exactly; the text is joined and tokenised only when both pass.
    if (this.byBrand.size === 0 || (!this.mayNameModel(brand ?? '') && !this.mayNameModel(title) && !this.mayNameModel(description ?? ''))
      || (!this.fieldNamesAlertBrand(brand ?? '') && !this.fieldNamesAlertBrand(title) && !this.fieldNamesAlertBrand(description ?? ''))) {
      return this.match('', gtin);
    }
    return this.match(`${brand ?? ''} ${title} ${description ?? ''}`, gtin);
  }

  /**
   * Whether a text may have a word that is an alert's model token (words split where tokens()
   * splits ASCII text: at every character other than a-z and 0-9, case ignored). Model tokens
   * have a digit and four or more characters, so only the words around digits are looked at,
   * and the native regular expression search finds those (most words have none). Characters
   * from U+0080 count as part of a word, since decomposition can turn them into letters of a
   * token: a word with one of them and a digit answers true, and so does a character that may
   * decompose into a digit ("²", "１", surrogates). match() decides then.
   */
  private mayNameModel(text: string): boolean {
    const n = text.length;
    const re = DIGIT_LIKE_G;
    re.lastIndex = 0;
    while (re.test(text)) {
      const p = re.lastIndex - 1;
      if (text.charCodeAt(p) >= 128) {
        if (mayFoldToDigit(text.charCodeAt(p))) return true;
        continue;
      }
      let other = false;
      let start = p;
      for (let c = start > 0 ? text.charCodeAt(start - 1) : 0; start > 0 && isWordUnit(c); c = start > 0 ? text.charCodeAt(start - 1) : 0) {
        if (c >= 128) other = true;
        start--;
      }
      let end = p + 1;
      for (let c = end < n ? text.charCodeAt(end) : 0; end < n && isWordUnit(c); c = end < n ? text.charCodeAt(end) : 0) {
        if (c >= 128) other = true;
        end++;
      }
      if (other || (end - start >= 4 && this.modelHashes.has(lowerHashOf(text, start, end)))) return true;
      re.lastIndex = end;
    }
    return false;
  }

  /**
   * Whether a text has a word whose lower case may start an alert brand: most listings name none,
   * and this scan decides that without splitting or lower-casing the text (each word is hashed as
   * it is scanned and checked against a bit filter and the brand words' hashes). True also when
   * unsure (a hash collision, a character whose lower case is longer than one unit): match()'s
   * exact lookups decide then.
   */
  private fieldNamesAlertBrand(text: string): boolean {
    const n = text.length;
    let start = -1;
    let h = 0;
    for (let i = 0; i <= n; i++) {
      let c = i < n ? text.charCodeAt(i) : 0;
      if (c < 128) { if (c >= 65 && c <= 90) c += 32; } else {
        c = lowerUnit(c);
        if (c < 0) return true;
      }
      const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
      if (inWord) {
        if (start < 0) { start = i; h = FNV_BASIS; }
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (start >= 0 && this.mayBeFirstWord(h)) return true;
      start = -1;
    }
    return false;
  }

  /**
   * firstWordHashes.has(h) behind a bit filter: most hashes of 32 bits are no small integers, so
   * a Set lookup boxed each one into a heap number; the filter answers most words without that.
   */
  private mayBeFirstWord(h: number): boolean {
    const bit = h & FILTER_MASK;
    return (this.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0 && this.firstWordHashes.has(h);
  }

  match(text: string, gtin?: string | null): { alert: SafetyGateAlert; via: 'barcode' | 'brand_model' }[] {
    const out: { alert: SafetyGateAlert; via: 'barcode' | 'brand_model' }[] = [];
    const barcode = gtin?.replace(/\s/g, '');
    if (barcode && this.byBarcode.has(barcode)) out.push({ alert: this.byBarcode.get(barcode)!, via: 'barcode' });
    if (this.byBrand.size === 0) return out;
    // Most listings name no alert brand: a scan of the words decides that first.
    if (!this.fieldNamesAlertBrand(text)) return out;
    const words = tokens(text);
    const folded = ` ${words.join(' ')} `;
    // Look up only brands that start with one of the listing's words, not every alert brand.
    const candidates = new Set(words.flatMap((w) => this.byFirstWord.get(w) ?? []));
    for (const brand of candidates) {
      const alerts = this.byBrand.get(brand)!;
      if (!folded.includes(` ${brand} `)) continue;
      for (const a of alerts) if (a.models.some((m) => folded.includes(` ${m} `))) out.push({ alert: a.alert, via: 'brand_model' });
    }
    return out;
  }
}
