/**
 * Which queue a case goes to and how urgent it is. Trusted flaggers go first (Art. 22(1), TF-1) —
 * within their area of expertise; outside it they join the standard lane. Authority orders have
 * their own lane with legal deadlines (Arts. 9, 10; NA-8).
 */
export type Lane = 'authority' | 'trusted_flagger' | 'standard' | 'detection';

export interface RoutingInput {
  lane: Lane;
  category: string | null;
  language: string | null;
  /** Trusted flagger's awarded areas (statement categories); out-of-area notices fall back to standard (TF-1). */
  flaggerExpertise?: string[];
  /** Product-safety notices run on the GPSR 3-working-day clock (NA-7). */
  productSafety?: boolean;
}

export interface Route {
  queue: string;
  /** Lower runs first. */
  priority: number;
}

const BASE: Record<Lane, number> = { authority: 10, trusted_flagger: 20, standard: 50, detection: 60 };

export function routeCase(r: RoutingInput): Route {
  let lane = r.lane;
  if (lane === 'trusted_flagger' && r.category && r.flaggerExpertise && !r.flaggerExpertise.includes(r.category)) lane = 'standard';
  const safety = r.productSafety || r.category === 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS';
  const priority = BASE[lane] - (safety ? 5 : 0);
  const queue = lane === 'standard' && r.language ? `standard:${r.language}` : lane;
  return { queue, priority };
}

/** A notice is precise and substantiated enough for actual knowledge (Art. 16(3), NA-5) when it names a known item and explains why. */
export function isSubstantiated(n: { explanation: string; resolvedLocations: number; goodFaith: boolean }): boolean {
  return n.goodFaith && n.resolvedLocations > 0 && n.explanation.trim().split(/\s+/).length >= 5;
}
