import type { AppContext } from '../context.js';

/**
 * How a command gets the application: the entry point passes this in, so commands stay thin and
 * never build the composition root themselves. `purpose` is shown to a second process that finds
 * the embedded database in use.
 */
export type OpenContext = (purpose: string) => Promise<AppContext>;

export async function withContext<T>(open: OpenContext, purpose: string, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await open(purpose);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

export const print = (v: unknown): void => {
  process.stdout.write(typeof v === 'string' ? `${v}\n` : `${JSON.stringify(v, null, 2)}\n`);
};
