/**
 * Published terms and conditions as data (Art. 14(1), TC-1): versioned clauses, each with the
 * reason codes it covers, so every restriction and every penalty threshold can name the clause
 * that announced it, and a machine can read which clauses are in force.
 */

export interface TermsClause {
  clause_id: string;
  title: string;
  /** Plain-language text as published. Penalty numbers are written as "N points" / "N days". */
  text: string;
  /** What the clause restricts: listing, store_page, review, ad, affiliate_link, livestream, account. */
  applies_to: string[];
  /** Statement categories (reason codes) this clause is the basis for (TC-1 enforcementReasonCodes). */
  reason_codes: string[];
}

export interface TermsDocument {
  version: string;
  /** ISO 8601 instant from which the version governs. */
  effective_from: string;
  /** Art. 14(2), TC-2: whether recipients must be told of the change. */
  significant: boolean;
  clauses: TermsClause[];
}

export const CLAUSE_ID_PATTERN = /^[A-Z]{1,3}-\d{1,3}(\.\d{1,3})?$/;

/** The numbers a clause states, by unit ("3 points", "30 days"), as the checker compares them. */
export function statedNumbers(text: string): { points: number[]; days: number[] } {
  const points = [...text.matchAll(/(\d+)\s+points?\b/gi)].map((m) => Number(m[1]));
  const days = [...text.matchAll(/(\d+)\s+days?\b/gi)].map((m) => Number(m[1]));
  return { points: [...new Set(points)].sort((a, b) => a - b), days: [...new Set(days)].sort((a, b) => a - b) };
}

/** Structural problems of a terms document (ids, duplicates, empty text), as `{ path, problem }`. */
export function validateTerms(doc: TermsDocument): { path: string; problem: string }[] {
  const problems: { path: string; problem: string }[] = [];
  if (!/^[\w.-]{1,40}$/.test(doc.version)) problems.push({ path: 'version', problem: 'letters, digits, dot, dash or underscore, at most 40' });
  if (Number.isNaN(Date.parse(doc.effective_from))) problems.push({ path: 'effective_from', problem: 'must be an ISO 8601 date-time' });
  if (doc.clauses.length === 0) problems.push({ path: 'clauses', problem: 'at least one clause' });
  const seen = new Set<string>();
  doc.clauses.forEach((c, i) => {
    if (!CLAUSE_ID_PATTERN.test(c.clause_id)) problems.push({ path: `clauses/${i}/clause_id`, problem: 'must look like T-7 or T-7.2' });
    if (seen.has(c.clause_id)) problems.push({ path: `clauses/${i}/clause_id`, problem: `duplicate clause ${c.clause_id}` });
    seen.add(c.clause_id);
    if (c.text.trim().length < 20) problems.push({ path: `clauses/${i}/text`, problem: 'at least 20 characters of plain language' });
  });
  return problems;
}
