import type { VigilCategory } from './lexicons/categories.js';

/** What an image pipeline (another module) found in one listing image; all optional. */
export interface ScreenImage {
  url?: string;
  /** OCR text: screened like the description */
  ocrText?: string;
  /** decoded QR codes: screened for links and contacts */
  qrPayloads?: string[];
  /** perceptual-hash matches against hash banks */
  hashMatches?: ImageHashMatch[];
  /** brands recognised in the image (logo detection), for decoy listings (DET-3) */
  brands?: string[];
}

export interface ImageHashMatch {
  label: string;
  category: VigilCategory;
  distance: number;
  source: string;
  removedListingId?: string;
  /** the matched hash (PDQ, hex), for the evidence */
  hash?: string;
}

export interface ThirdPartyVerdict {
  source: string;
  verdict: 'counterfeit' | 'hidden_link' | 'illegal' | 'unsafe' | 'clean';
  confidence?: number;
}

/** One listing as screened. Fields beyond the CLI contract are optional context a service adds. */
export interface ScreenInput {
  id: string;
  title: string;
  description?: string | null;
  price?: number | null;
  currency?: string | null;
  brand?: string | null;
  category?: string | null;
  language?: string | null;
  url?: string | null;
  gtin?: string | null;
  images?: ScreenImage[];
  /** ISO 3166-1 alpha-2 of the market the listing targets; selects Member State rule overrides (DET-2) */
  memberState?: string | null;
  trader?: { ageDays?: number; priorStrikes?: number };
  /** buyer-side signals the marketplace reports (DET-3) */
  buyerSignals?: { notAsDescribed?: number; orders?: number };
  thirdPartyVerdicts?: ThirdPartyVerdict[];
}
