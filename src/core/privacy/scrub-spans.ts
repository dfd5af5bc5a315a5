/** Span plumbing shared by the scrubber's detectors. */

export const PII_KINDS = ['email', 'url', 'iban', 'card', 'ip', 'phone', 'address', 'name', 'handle'] as const;
/** What a placeholder stands for; the placeholder itself is `[kind]`. */
export type PiiKind = (typeof PII_KINDS)[number];

export interface PiiSpan {
  start: number;
  end: number;
  kind: PiiKind;
}

/** Iterate a global regex, giving each match to `accept`; it returns the span to replace (or null to keep the text). */
export function spansOf(text: string, re: RegExp, accept: (m: RegExpExecArray) => PiiSpan | null): PiiSpan[] {
  const out: PiiSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = accept(m);
    if (s) out.push(s);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Replace non-overlapping spans (earliest first, longest on ties) with `[kind]`; returns the new text and how many were replaced. */
export function replaceSpans(text: string, spans: readonly PiiSpan[]): { text: string; replaced: PiiSpan[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PiiSpan[] = [];
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end <= s.start) continue;
    out += text.slice(at, s.start) + `[${s.kind}]`;
    at = s.end;
    kept.push(s);
  }
  return { text: out + text.slice(at), replaced: kept };
}

/** Letters and digits in any script: JavaScript's `\b` only knows ASCII. */
export const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
