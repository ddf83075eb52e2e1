import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits; only the SHA-256 is stored, so a leaked database leaks no working link. */
export function newManagementToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashManagementToken(token) };
}

export function hashManagementToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Short, unambiguous (no 0/O, 1/I), printed under the badge's QR code. */
export function newBadgeCode(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(10);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}
