/**
 * Signs the chain head and exports it. Run every few minutes by a job; a rewrite of the whole chain
 * by someone with database access no longer matches the exported, signed heads.
 */
import { sign, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Clock } from '../../core/clock.js';
import type { Db } from '../../store/database.js';
import { isoMs, readHead } from '../../store/ledger.js';
import { ledgerCheckpoint } from '../../store/schema/index.js';
import type { Checkpoint, CheckpointArchive } from '../../integrations/checkpoint-archive.js';
import type { LedgerKey } from '../../integrations/ledger-key.js';
import { desc } from 'drizzle-orm';

const signedBytes = (cp: Pick<Checkpoint, 'seq' | 'hash' | 'signed_at' | 'key_id'>): Buffer =>
  Buffer.from(`vigil-ledger-checkpoint:v1:${canonicalize({ seq: cp.seq, hash: cp.hash, signed_at: cp.signed_at, key_id: cp.key_id })}`);

export function checkpointSignatureValid(cp: Checkpoint, key: LedgerKey): boolean {
  if (cp.key_id !== key.keyId) return false;
  try {
    return verify(null, signedBytes(cp), key.publicKey, Buffer.from(cp.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Signs the current head if it moved since the last checkpoint; returns the new checkpoint or null. */
export async function createCheckpoint(db: Db, clock: Clock, key: LedgerKey, archive: CheckpointArchive): Promise<Checkpoint | null> {
  if (!key.privateKey) throw new Error('checkpoint signing needs the private key');
  const head = await readHead(db);
  if (!head) return null;
  const last = await db.select({ seq: ledgerCheckpoint.seq }).from(ledgerCheckpoint).orderBy(desc(ledgerCheckpoint.seq)).limit(1);
  if (last[0] && last[0].seq >= head.seq) return null;
  const unsigned = { seq: head.seq, hash: head.hash, signed_at: isoMs(clock.now()), key_id: key.keyId };
  const signature = sign(null, signedBytes(unsigned), key.privateKey).toString('base64');
  const cp: Checkpoint = { version: 1, ...unsigned, signature };
  // Export first: a checkpoint recorded only inside the database would prove nothing.
  await archive.write(cp);
  await db.insert(ledgerCheckpoint).values({ seq: cp.seq, hash: cp.hash, signedAt: new Date(cp.signed_at), keyId: cp.key_id, signature: cp.signature }).onConflictDoNothing();
  return cp;
}
