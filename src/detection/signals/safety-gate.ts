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

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const tokens = (s: string): string[] => fold(s).split(/[^a-z0-9]+/).filter((t) => t.length >= 3);
const GENERIC = new Set(['unknown', 'none', 'n/a', 'no brand', 'unbranded', 'generic', 'other', 'various']);

/**
 * Matches a listing against Safety Gate alerts (CBD-4): by barcode, or by brand plus a model
 * token that carries a digit (model numbers are specific; product words like "toy" are not).
 */
export class SafetyGateIndex {
  private readonly byBarcode = new Map<string, SafetyGateAlert>();
  private readonly byBrand = new Map<string, { alert: SafetyGateAlert; models: string[] }[]>();
  private readonly byFirstWord = new Map<string, string[]>();
  /** first characters of the keys of byFirstWord */
  private readonly firstChars = new Set<number>();

  constructor(alerts: readonly SafetyGateAlert[]) {
    for (const a of alerts) {
      if (/^\d{8,14}$/.test(a.barcode)) this.byBarcode.set(a.barcode, a);
      const brand = fold(a.brand).trim();
      if (!brand || GENERIC.has(brand) || brand.length < 3) continue;
      const models = tokens(`${a.model} ${a.name}`).filter((t) => /\d/.test(t) && t.length >= 4);
      if (models.length === 0) continue;
      const list = this.byBrand.get(brand) ?? [];
      list.push({ alert: a, models });
      this.byBrand.set(brand, list);
      // Index the first word folded and as written ("zabka", "żabka") for the quick pre-check.
      for (const first of [tokens(brand)[0], a.brand.toLowerCase().split(/[^a-z0-9\u00c0-\u024f]+/).find(Boolean)]) {
        if (first && !(this.byFirstWord.get(first) ?? []).includes(brand)) this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), brand]);
      }
    }
    for (const w of this.byFirstWord.keys()) this.firstChars.add(w.charCodeAt(0));
  }

  /**
   * Whether a lower-cased text has a word that starts an alert brand. Scans the words in place
   * (letters a–z, digits, Latin-1 and Latin Extended letters), looking a word up only when its
   * first character starts some brand: splitting every listing into an array of words cost more
   * than the rest of the Safety Gate check.
   */
  private namesAlertBrand(lower: string): boolean {
    const n = lower.length;
    let start = -1;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? lower.charCodeAt(i) : 0;
      const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
      if (inWord) { if (start < 0) start = i; continue; }
      if (start >= 0 && this.firstChars.has(lower.charCodeAt(start)) && this.byFirstWord.has(lower.slice(start, i))) return true;
      start = -1;
    }
    return false;
  }

  match(text: string, gtin?: string | null): { alert: SafetyGateAlert; via: 'barcode' | 'brand_model' }[] {
    const out: { alert: SafetyGateAlert; via: 'barcode' | 'brand_model' }[] = [];
    const barcode = gtin?.replace(/\s/g, '');
    if (barcode && this.byBarcode.has(barcode)) out.push({ alert: this.byBarcode.get(barcode)!, via: 'barcode' });
    if (this.byBrand.size === 0) return out;
    // Most listings name no alert brand: a plain lower-case scan of the words decides that first.
    if (!this.namesAlertBrand(text.toLowerCase())) return out;
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
