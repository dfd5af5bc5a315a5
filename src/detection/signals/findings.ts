import type { TermHit } from '../lexicons/match.js';
import type { ContactFinding } from '../links/contacts.js';
import type { LinkFinding } from '../links/extract.js';
import type { ImageHashMatch, ThirdPartyVerdict } from '../types.js';
import type { SafetyGateAlert } from './safety-gate.js';

/** Everything the detectors found in one listing; rules combine these. */
export type Finding =
  | { kind: 'term'; hit: TermHit }
  | { kind: 'link'; link: LinkFinding }
  | { kind: 'contact'; contact: ContactFinding }
  | { kind: 'price'; brand: string; priceEur: number; referenceEur: number; ratio: number; field: string }
  | { kind: 'generic_title'; title: string }
  | { kind: 'trader'; ageDays: number; priorStrikes: number }
  | { kind: 'relist'; removedId: string; similarity: number }
  | { kind: 'image_hash'; match: ImageHashMatch; image: number }
  | { kind: 'image_brand'; brand: string; image: number; inText: boolean }
  | { kind: 'buyer_reports'; notAsDescribed: number; rate: number }
  | { kind: 'third_party'; verdict: ThirdPartyVerdict }
  | { kind: 'safety_gate'; alert: SafetyGateAlert; via: 'barcode' | 'brand_model' }
  | { kind: 'truncated'; field: string; length: number };

export type FindingKind = Finding['kind'];
export const FINDING_KINDS: readonly FindingKind[] = ['term', 'link', 'contact', 'price', 'generic_title', 'trader', 'relist',
  'image_hash', 'image_brand', 'buyer_reports', 'third_party', 'safety_gate', 'truncated'];
