/** Labels detection hits whose case was decided and updates rule precision (DET-6 feedback loop). */
import type { AppContext } from '../context.js';

export async function runDetectionFeedback(ctx: AppContext): Promise<void> {
  for (;;) {
    const r = await ctx.detection.feedback.label(1000);
    if (r.labelled > 0 || r.reversed > 0) ctx.logger.info(r, 'detection hits labelled from decisions');
    if (r.labelled < 1000) return;
  }
}
