/**
 * Evidence files of a case, for download by the people who work it: only files attached to
 * something linked to the case (its notices, orders), read from the content-addressed store and
 * checked against their digest before they are handed out.
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { DomainError } from '../../core/errors.js';
import type { EvidenceStore } from '../../integrations/evidence-store.js';
import type { Db } from '../../store/database.js';
import { caseLink, evidenceFile } from '../../store/schema/index.js';

export interface EvidenceDownload {
  bytes: Buffer;
  contentType: string;
  fileName: string;
  sha256: string;
}

/** Types the store accepts (checked from the bytes at intake); anything else is served as bytes. */
const SERVED_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf', 'text/plain']);

/** A download name without path parts, quotes or control characters; the digest when nothing is left. */
export function safeFileName(name: string | null, sha256: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  let clean = '';
  for (const ch of base.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    clean += c < 0x20 || c === 0x7f || ch === '"' || ch === ';' ? '_' : ch;
  }
  clean = clean.replace(/^\.+/, '').trim().slice(0, 150);
  return clean || `evidence-${sha256.slice(0, 12)}`;
}

export async function caseEvidenceFile(db: Db, store: EvidenceStore, caseId: string, fileId: string): Promise<EvidenceDownload> {
  const [f] = await db.select().from(evidenceFile).where(and(
    eq(evidenceFile.id, fileId),
    sql`EXISTS (SELECT 1 FROM ${caseLink} WHERE ${caseLink.caseId} = ${caseId} AND ${caseLink.kind} = ${evidenceFile.ownerType} AND ${caseLink.refId} = ${evidenceFile.ownerId})`,
  ));
  if (!f) throw new DomainError('not_found', 'no such evidence file in this case');
  const bytes = store.get(f.sha256);
  if (!bytes) throw new DomainError('not_found', 'the evidence file is missing from the evidence store');
  if (createHash('sha256').update(bytes).digest('hex') !== f.sha256) throw new DomainError('internal', 'the stored evidence file does not match its digest');
  const contentType = SERVED_TYPES.has(f.contentType) ? f.contentType : 'application/octet-stream';
  return { bytes, contentType, fileName: safeFileName(f.fileName, f.sha256), sha256: f.sha256 };
}
