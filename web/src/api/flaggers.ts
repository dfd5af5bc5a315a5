/** Trusted flaggers' accuracy and the Art. 22(6) report package (TF-2): the types and calls the page uses. */
import { request } from './client.js';

const enc = encodeURIComponent;

export interface ReportThreshold {
  min_decided: number;
  unfounded_share: number;
}

export interface FlaggerAccuracy {
  id: string;
  name: string;
  awarding_member_state: string;
  status: string;
  expertise_categories: string[];
  notices: number;
  decided: number;
  pending: number;
  unfounded: number;
  unfounded_share: number | null;
  outside_expertise: number;
  median_handling_seconds: number | null;
  threshold_crossed: boolean;
}

export interface AccuracyView {
  period: { from: string; to: string };
  threshold: ReportThreshold;
  items: FlaggerAccuracy[];
}

/** The package for the coordinator, as the API sends it; the page shows a summary and offers the whole JSON. */
export interface FlaggerReport {
  format: string;
  generated_at: string;
  period: { from: string; to: string };
  flagger: { id: string; name: string; awarding_member_state: string };
  counts: { notices: number; decided: number; unfounded: number; unfounded_share: number | null; outside_expertise: number; decisions_reversed_on_redress: number };
  threshold: ReportThreshold & { crossed: boolean };
  unfounded_examples: unknown[];
  package_sha256: string;
}

export const flaggerApi = {
  accuracy: (from: string, to: string, signal?: AbortSignal) => request<AccuracyView>('/trusted-flagger-accuracy', { query: { from, to }, signal }),
  report: (id: string, from: string, to: string, signal?: AbortSignal) => request<FlaggerReport>(`/trusted-flaggers/${enc(id)}/dsc-report`, { query: { from, to }, signal }),
};
