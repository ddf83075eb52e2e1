import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link or a cookie: 256 random bits, URL-safe. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/** Only this is stored: a leaked database holds no working token. */
export const hashSecretToken = (token: string): Buffer => createHash('sha256').update(token).digest();
