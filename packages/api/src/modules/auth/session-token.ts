import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the only copy is the one handed to the client. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a token: SHA-256, hex (a stolen table grants nothing). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
