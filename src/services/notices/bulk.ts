/**
 * CSV bulk upload for trusted flaggers (Art. 22): one notice per row, each validated on its own so
 * every good row is taken and every bad one reported with its line number. A row's idempotency key
 * is derived from its content, so uploading the same file twice creates nothing new.
 */
import { parse } from 'csv-parse/sync';
import { DomainError, isDomainError, type ErrorDetail } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import { sha256 } from '../auth/tokens.js';
import { validator } from '../validation.js';
import { submitNotice, type IntakeDeps } from './intake.js';
import { NoticeInputSchema } from './schemas.js';

export const BULK_COLUMNS = ['location', 'explanation', 'category', 'keyword', 'member_states', 'legal_ground', 'language', 'notifier_name', 'notifier_email'] as const;
const check = validator(NoticeInputSchema);

export type BulkRowResult =
  | { line: number; status: 'created' | 'duplicate'; id: string; reference: string }
  | { line: number; status: 'error'; error: { code: string; message: string; details?: ErrorDetail[] } };

function toNotice(r: Record<string, string>) {
  const loc = r.location?.trim() ?? '';
  const item = /^([a-z_]+):(.+)$/.exec(loc);
  const list = (s?: string) => (s ?? '').split(/[\s;|]+/).map((x) => x.trim().toUpperCase()).filter(Boolean);
  return {
    locations: [item && !loc.startsWith('http') ? { item: { kind: item[1]!, id: item[2]! } } : { url: loc }],
    explanation: r.explanation ?? '',
    ...(r.category ? { category: r.category.trim() } : {}),
    ...(r.keyword ? { keyword: r.keyword.trim() } : {}),
    ...(r.member_states ? { member_states: list(r.member_states) } : {}),
    ...(r.legal_ground ? { legal_ground: r.legal_ground.trim() } : {}),
    ...(r.language ? { language: r.language.trim().toLowerCase() } : {}),
    notifier: { ...(r.notifier_name ? { name: r.notifier_name.trim() } : {}), ...(r.notifier_email ? { email: r.notifier_email.trim() } : {}) },
    good_faith: true as const,
  };
}

const BULK_CHUNK = 64;

async function bulkRow(deps: IntakeDeps, actor: Actor, flaggerId: string, r: Record<string, string>, line: number): Promise<BulkRowResult> {
  const input = toNotice(r);
  const problems = check.problems(input);
  if (problems.length) return { line, status: 'error', error: { code: 'invalid_body', message: problems.map((p) => `${p.path} ${p.problem}`).join('; '), details: problems } };
  try {
    const key = `bulk:${flaggerId}:${sha256(JSON.stringify(input))}`;
    const { receipt, created } = await submitNotice(deps, actor, check.parse(input), { idempotencyKey: key, trustedFlaggerId: flaggerId });
    return { line, status: created ? 'created' : 'duplicate', id: receipt.id, reference: receipt.reference };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return { line, status: 'error', error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } };
  }
}

export async function bulkNotices(deps: IntakeDeps, actor: Actor, flaggerId: string, csv: string): Promise<{ results: BulkRowResult[]; created: number; duplicates: number; errors: number }> {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, trim: false, bom: true }) as Record<string, string>[];
  } catch (e) {
    throw new DomainError('invalid_body', `the CSV cannot be read: ${(e as Error).message}`, [{ path: '(body)', problem: 'malformed CSV' }]);
  }
  const missing = rows[0] ? ['location', 'explanation'].filter((c) => !(c in rows[0]!)) : [];
  if (missing.length) throw new DomainError('invalid_body', `missing columns: ${missing.join(', ')} (expected ${BULK_COLUMNS.join(', ')})`, missing.map((c) => ({ path: c, problem: 'column missing' })));
  // Rows go to intake a chunk at a time, so they share group-commit transactions instead of one
  // transaction each; results stay in line order, and a row repeated in the file is still a duplicate.
  const results: BulkRowResult[] = [];
  for (let start = 0; start < rows.length; start += BULK_CHUNK) {
    const settled = await Promise.allSettled(rows.slice(start, start + BULK_CHUNK).map((r, j) => bulkRow(deps, actor, flaggerId, r, start + j + 2))); // line 1 is the header
    for (const s of settled) {
      if (s.status === 'rejected') throw s.reason;
      results.push(s.value);
    }
  }
  const count = (s: BulkRowResult['status']) => results.filter((r) => r.status === s).length;
  return { results, created: count('created'), duplicates: count('duplicate'), errors: count('error') };
}
