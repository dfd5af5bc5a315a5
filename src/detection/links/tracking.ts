/** ClearURLs rules (data/lexicons/tracking.json): which query parameters track or pay an affiliate. */
export interface TrackingProvider {
  name: string;
  urlPattern: string;
  rules: string[];
  referral: string[];
  redirections: string[];
  exceptions: string[];
}

export interface TrackingFinding {
  provider: string;
  tracking: string[];
  affiliate: string[];
  redirect: boolean;
}

interface CompiledProvider {
  name: string;
  url: RegExp;
  exceptions: RegExp[];
  rules: RegExp[];
  referral: RegExp[];
  redirections: RegExp[];
}

const param = (p: string): RegExp => new RegExp(`^(?:${p})$`, 'i');

export class TrackingRules {
  private readonly providers: CompiledProvider[];

  constructor(providers: readonly TrackingProvider[]) {
    this.providers = providers.flatMap((p) => {
      try {
        return [{
          name: p.name, url: new RegExp(p.urlPattern, 'i'), exceptions: p.exceptions.map((e) => new RegExp(e, 'i')),
          rules: p.rules.map(param), referral: p.referral.map(param), redirections: p.redirections.map((r) => new RegExp(r, 'i')),
        }];
      } catch {
        return []; // A rule written for another regex dialect is skipped rather than breaking the engine.
      }
    });
  }

  inspect(url: string): TrackingFinding[] {
    let params: string[];
    try {
      params = [...new URL(url).searchParams.keys()];
    } catch {
      return [];
    }
    const out: TrackingFinding[] = [];
    for (const p of this.providers) {
      if (!p.url.test(url) || p.exceptions.some((e) => e.test(url))) continue;
      const affiliate = params.filter((k) => p.referral.some((r) => r.test(k)));
      const tracking = params.filter((k) => !affiliate.includes(k) && p.rules.some((r) => r.test(k)));
      const redirect = p.redirections.some((r) => r.test(url));
      if (affiliate.length || tracking.length || redirect) out.push({ provider: p.name, tracking, affiliate, redirect });
    }
    return out;
  }
}
