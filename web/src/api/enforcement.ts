/** Penalty policy and enforcement (Art. 23(1), RO-1, RO-2, RO-4): the types and calls the pages use. */
import { request } from './client.js';

const enc = encodeURIComponent;

export type StandingState = 'good' | 'warned' | 'suspended' | 'terminated';
export type TimelineKind = 'strike' | 'strike_withdrawn' | 'warning' | 'suspension' | 'termination' | 'effect_confirmed' | 'lifted' | 'lift_confirmed' | 'resent';

export interface ActorEnforcement {
  actor_type: 'trader' | 'affiliate';
  actor_id: string;
  standing: { state: StandingState; points: number; warned_at: string | null; suspended_until: string | null; terminated_at: string | null; policy_version: string | null };
  strikes: { id: string; decision_id: string; points: number; severity: string; withdrawn_at: string | null; expires_at: string }[];
  measures: { id: string; measure: string; status: string; effect_required: boolean; effect_confirmed_at: string | null; until: string | null }[];
}

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  ref: string;
  detail: { points?: number; severity?: string; category?: string; clause_id?: string; until?: string | null; measure?: string; immediate?: boolean; expires_at?: string };
}

export interface PolicyThreshold {
  kind: string;
  label: string;
  value: string;
  clause_id: string;
  clause_title: string | null;
  clause_text: string | null;
}

export interface PolicyView {
  policy: { version: string; terms_version: string };
  terms: { version: string; effective_from: string } | null;
  thresholds: PolicyThreshold[];
  mismatches: { path: string; problem: string }[];
}

export const enforcementApi = {
  actor: (type: string, id: string, signal?: AbortSignal) => request<ActorEnforcement>(`/enforcement/${enc(type)}/${enc(id)}`, { signal }),
  timeline: (type: string, id: string, signal?: AbortSignal) => request<{ items: TimelineEntry[] }>(`/enforcement/${enc(type)}/${enc(id)}/timeline`, { signal }),
  policy: (signal?: AbortSignal) => request<PolicyView>('/enforcement/policy', { signal }),
};
