/**
 * Evidence files (notice attachments, complaint evidence) stored content-addressed on disk, outside
 * the database, after checking what they really are from their bytes — never trusting the declared
 * type. Only images, PDFs and plain text are accepted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sniffImageFormat } from './image-sniff.js';

export const EVIDENCE_LIMITS = { maxFiles: 5, maxBytesPerFile: 5 * 1024 * 1024 } as const;

export type EvidenceCheck = { ok: true; contentType: string } | { ok: false; problem: string };

/** Identifies the file from its bytes. */
export function checkEvidence(bytes: Uint8Array): EvidenceCheck {
  if (bytes.length === 0) return { ok: false, problem: 'is empty' };
  if (bytes.length > EVIDENCE_LIMITS.maxBytesPerFile) return { ok: false, problem: `is larger than ${EVIDENCE_LIMITS.maxBytesPerFile} bytes` };
  const img = sniffImageFormat(bytes);
  if (img.ok) return ['jpeg', 'png', 'gif', 'webp'].includes(img.format) ? { ok: true, contentType: `image/${img.format}` } : { ok: false, problem: `image format ${img.format} is not accepted` };
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') return { ok: true, contentType: 'application/pdf' };
  const text = Buffer.from(bytes).toString('utf8');
  // Plain text: valid UTF-8 without control characters other than whitespace.
  if (!text.includes('\uFFFD') && !hasControlCharacters(text)) return { ok: true, contentType: 'text/plain' };
  return { ok: false, problem: 'must be an image (JPEG, PNG, GIF, WebP), a PDF or plain text' };
}

export interface DecodedEvidence { files: { name: string; bytes: Buffer; contentType: string }[]; problems: { path: string; problem: string }[] }

/**
 * Evidence files as they arrive in a JSON body (base64), checked one by one: the good ones kept,
 * each bad one named by its position (`evidence.N`). Files beyond the limit are not read.
 */
export function decodeEvidence(evidence: readonly { file_name: string; data_base64: string }[] | undefined): DecodedEvidence {
  const out: DecodedEvidence = { files: [], problems: [] };
  (evidence ?? []).slice(0, EVIDENCE_LIMITS.maxFiles).forEach((e, i) => {
    const bytes = Buffer.from(e.data_base64, 'base64');
    const check = checkEvidence(bytes);
    if (!check.ok) out.problems.push({ path: `evidence.${i}`, problem: check.problem });
    else out.files.push({ name: e.file_name, bytes, contentType: check.contentType });
  });
  return out;
}

/** C0 control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && (c < 0x09 || c > 0x0d)) return true;
  }
  return false;
}

export class EvidenceStore {
  constructor(private readonly dir: string) {}

  /** Stores the bytes under their SHA-256 (idempotent) and returns it. */
  put(bytes: Uint8Array): string {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = this.pathOf(sha256);
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(`${file}.tmp`, bytes, { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    }
    return sha256;
  }

  get(sha256: string): Buffer | null {
    if (!/^[a-f0-9]{64}$/.test(sha256)) return null;
    const file = this.pathOf(sha256);
    return existsSync(file) ? readFileSync(file) : null;
  }

  private pathOf(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }
}
