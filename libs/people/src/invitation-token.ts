import { createHash, randomBytes } from 'node:crypto';

/** The link's secret; only its hash is stored. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');
export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest();
