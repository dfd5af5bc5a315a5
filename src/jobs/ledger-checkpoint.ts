/** Signs and exports the ledger head every few minutes (tamper evidence outside the database). */
import type { AppContext } from '../context.js';
import { createCheckpoint } from '../services/ledger/checkpoint.js';

export async function runLedgerCheckpoint(ctx: AppContext): Promise<void> {
  const cp = await createCheckpoint(ctx.store.db, ctx.clock, ctx.ledgerKey, ctx.checkpointArchive);
  if (cp) ctx.logger.info({ seq: cp.seq }, 'ledger checkpoint signed and exported');
}
