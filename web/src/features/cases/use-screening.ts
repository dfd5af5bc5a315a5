/**
 * Detection hits for a listing, when the server offers them (`GET /listings/:id/screening`). The
 * route is optional: a 404 (or any failure) means "no hits to show", never a broken case page.
 */
import type { ScreeningSignal } from '../../api/case-types.js';
import { api } from '../../api/endpoints.js';
import { useResource } from '../../lib/use-resource.js';

function isSignal(v: unknown): v is ScreeningSignal {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<ScreeningSignal>;
  const span = s.span as unknown;
  const spanOk = span === null || span === undefined
    || (typeof span === 'object' && typeof (span as { start?: unknown }).start === 'number' && typeof (span as { end?: unknown }).end === 'number');
  return typeof s.rule === 'string' && spanOk;
}

const NONE: ScreeningSignal[] = [];

export function useScreening(listingId: string | null): ScreeningSignal[] {
  const res = useResource(async (signal) => {
    if (!listingId) return NONE;
    try {
      const body: unknown = await api.screening(listingId, signal);
      const signals = typeof body === 'object' && body !== null ? (body as { signals?: unknown }).signals : undefined;
      return Array.isArray(signals) ? signals.filter(isSignal).map((s) => ({ ...s, span: s.span ?? null, evidence: s.evidence ?? '', category: s.category ?? null })) : NONE;
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      return NONE;
    }
  }, listingId ?? '');
  return res.state === 'ready' ? res.data : NONE;
}
