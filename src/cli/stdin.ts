/** Reads a secret piped on standard input (never from argv, where `ps` would show it). */
export async function readSecretFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const s = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (!s) throw new Error('expected the secret on standard input');
  return s;
}
