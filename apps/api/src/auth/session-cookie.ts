import type { AccessTokenResponse, Session } from '@app/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toUserResponse } from './user-response.js';

export const REFRESH_COOKIE = 'plenary_refresh';

/**
 * The refresh token lives in an httpOnly cookie that only /auth/* receives: scripts cannot read it, and
 * SameSite=Strict keeps other sites from making the browser spend it.
 */
function cookie(request: FastifyRequest, publicUrl: string, value: string, maxAgeSeconds: number): string {
  const secure = publicUrl.startsWith('https:') || request.protocol === 'https';
  return `${REFRESH_COOKIE}=${value}; Path=/auth; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** The refresh token the browser sent, if any (a hand-read Cookie header: there is no cookie plugin). */
export function refreshTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === REFRESH_COOKIE && rest.length) return rest.join('=') || undefined;
  }
  return undefined;
}

/** Signs the person in on this browser: the refresh cookie set, the access token answered. */
export function sendSession(request: FastifyRequest, reply: FastifyReply, publicUrl: string, session: Session): AccessTokenResponse {
  const maxAge = Math.max(0, Math.floor((session.refreshExpiresAt.getTime() - Date.now()) / 1000));
  reply.header('set-cookie', cookie(request, publicUrl, session.refreshToken, maxAge));
  reply.header('cache-control', 'no-store');
  return { accessToken: session.accessToken, tokenType: 'Bearer', expiresIn: session.expiresIn, user: toUserResponse(session.user) };
}

export function clearSession(request: FastifyRequest, reply: FastifyReply, publicUrl: string): void {
  reply.header('set-cookie', cookie(request, publicUrl, '', 0));
}
