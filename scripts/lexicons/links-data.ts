/** Compact link data: shortener and blocklisted domains, ClearURLs tracking rules, Safety Gate alerts. */
export interface DomainData {
  shorteners: string[];
  blocklists: Record<string, string[]>;
}

const hostsLines = (text: string): string[] =>
  text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => l.replace(/^0\.0\.0\.0\s+/, '').toLowerCase()).filter((d) => d.includes('.'));

export function domainData(shorteners: string, blocklists: Record<string, string>): DomainData {
  return {
    shorteners: [...new Set(hostsLines(shorteners))].sort(),
    blocklists: Object.fromEntries(Object.entries(blocklists).map(([k, v]) => [k, [...new Set(hostsLines(v))].sort()])),
  };
}

interface ClearUrlsProvider { urlPattern: string; rules?: string[]; referralMarketing?: string[]; rawRules?: string[]; redirections?: string[]; exceptions?: string[] }
export interface TrackingProvider { name: string; urlPattern: string; rules: string[]; referral: string[]; redirections: string[]; exceptions: string[] }

export function trackingData(src: { providers: Record<string, ClearUrlsProvider> }): { providers: TrackingProvider[] } {
  return {
    providers: Object.entries(src.providers).map(([name, p]) => ({
      name, urlPattern: p.urlPattern, rules: p.rules ?? [], referral: p.referralMarketing ?? [],
      redirections: p.redirections ?? [], exceptions: p.exceptions ?? [],
    })),
  };
}

export interface SafetyGateAlert { id: string; brand: string; name: string; model: string; barcode: string; category: string; risk: string }

export function safetyGateData(rows: Record<string, string>[]): { alerts: SafetyGateAlert[] } {
  return {
    // Vehicle recalls are handled by type-approval authorities and rarely sold as marketplace goods.
    alerts: rows.filter((r) => r['product_category'] !== 'Motor vehicles').map((r) => ({
      id: r['alert_number'] ?? '', brand: r['brand'] ?? '', name: r['product_name'] ?? '', model: r['product_description'] ?? '',
      barcode: (r['barcode'] ?? '').replace(/\s/g, ''), category: r['product_category'] ?? '', risk: r['risk_type'] ?? '',
    })),
  };
}
