/**
 * Where statements of reasons are submitted (Art. 24(5), SOR-4), as the health check and the
 * console say it: the configured Transparency Database endpoint, none (they wait, and the backlog
 * alert fires after 24 h), or the demo's local sandbox emulator, which is never the EU database.
 */
export type TdbTarget = 'configured' | 'not_configured' | 'local_sandbox_emulator';

export function tdbTarget(c: { tdbUrl: string | null; tdbToken: string | null; tdbLocalSandbox: boolean }): TdbTarget {
  if (!c.tdbUrl || !c.tdbToken) return 'not_configured';
  return c.tdbLocalSandbox ? 'local_sandbox_emulator' : 'configured';
}
