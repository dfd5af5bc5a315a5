/** Opaque cursors: base64url of the last key seen, so clients cannot depend on their shape. */
import { DomainError } from '../core/errors.js';

export const encodeCursor = (key: string | number): string => Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor<T extends string | number>(cursor: string | undefined, kind: 'string' | 'number'): T | undefined {
  if (!cursor) return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof v === kind) return v as T;
  } catch {
    // fall through to the error below
  }
  throw new DomainError('invalid_query', 'cursor is not one this API issued', [{ path: 'cursor', problem: 'invalid cursor' }]);
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}
