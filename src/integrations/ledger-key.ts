/**
 * The Ed25519 key that signs ledger checkpoints. Created on first use (private key 0600); the
 * public key is what auditors use to check exported checkpoints.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LedgerKey {
  privateKey: KeyObject | null;
  publicKey: KeyObject;
  keyId: string;
}

const keyIdOf = (publicKey: KeyObject): string =>
  createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);

export const publicKeyPath = (privatePath: string): string => privatePath.replace(/\.pem$/, '') + '.pub.pem';

export function loadOrCreateLedgerKey(privatePath: string): LedgerKey {
  if (!existsSync(privatePath)) {
    mkdirSync(path.dirname(privatePath), { recursive: true });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    chmodSync(privatePath, 0o600);
    writeFileSync(publicKeyPath(privatePath), publicKey.export({ type: 'spki', format: 'pem' }));
  }
  const privateKey = createPrivateKey(readFileSync(privatePath));
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** Verification needs only the public key (an auditor's copy). */
export function loadPublicKey(publicPath: string): LedgerKey {
  const publicKey = createPublicKey(readFileSync(publicPath));
  return { privateKey: null, publicKey, keyId: keyIdOf(publicKey) };
}
