/** Password hashing with argon2id (the OWASP-recommended memory-hard default). */
import argon2 from 'argon2';

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

// Verifying against a fixed hash when the user does not exist keeps login timing uniform, so
// response times do not reveal which e-mail addresses have accounts.
let dummy: Promise<string> | null = null;
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword('not-a-real-password-for-timing');
  try {
    return await argon2.verify(hash ?? (await dummy), password) && hash !== null;
  } catch {
    return false;
  }
}
