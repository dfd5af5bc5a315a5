/** Shapes of the Vigil HTTP API (/api/v1) as the console uses them. */

export type Visibility = 'visible' | 'restricted' | 'removed';
export const VISIBILITIES: readonly Visibility[] = ['visible', 'restricted', 'removed'];

export type TraderStatus = 'active' | 'suspended' | 'terminated' | 'pending';
export const TRADER_STATUSES: readonly TraderStatus[] = ['active', 'suspended', 'terminated', 'pending'];

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface User {
  id: string;
  email: string;
  display_name: string;
  role: string;
}

export interface Session {
  user: User;
  csrf_token: string;
}

export interface Listing {
  id: string;
  trader_id: string;
  source_version: number;
  version: number;
  title: string;
  description: string | null;
  price: number | null;
  currency: string | null;
  category_path: string[];
  brand: string | null;
  gtin: string | null;
  product_url: string | null;
  image_urls: string[];
  language: string | null;
  visibility: Visibility;
  listed_at: string | null;
  created_at: string | null;
  updated_at: string | null;
}

export interface ListingVersion {
  version: number;
  source_version: number;
  title: string;
  description: string | null;
  category_path: string[];
  brand: string | null;
  gtin: string | null;
  image_urls: string[];
  language: string | null;
  content_hash: string;
  recorded_at: string | null;
}

export interface Trader {
  id: string;
  display_name: string;
  legal_name: string | null;
  country: string | null;
  status: TraderStatus;
  joined_at: string | null;
  created_at: string | null;
  updated_at: string | null;
}

export type ActorKind = 'human' | 'automated' | 'system';

export interface LedgerEvent {
  seq: number;
  id: string;
  type: string;
  subject_type: string;
  subject_id: string;
  actor_kind: ActorKind;
  actor_id: string;
  model_version: string | null;
  payload: unknown;
  at: string;
  prev_hash: string;
  hash: string;
}

export interface ListingFilters {
  q?: string;
  visibility?: Visibility;
  language?: string;
  trader_id?: string;
  brand?: string;
}

export interface TraderFilters {
  q?: string;
  status?: TraderStatus;
  country?: string;
}

/** The one error shape every API error has. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: { path: string; problem: string }[] };
}
