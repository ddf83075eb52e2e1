import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { EVENT_ROLES_KEY, PLATFORM_ADMIN_KEY, PUBLIC_KEY } from './access.decorators.js';
import type { AccessTokenClaims, AuthUser } from './auth-user.js';
import type { EventRole } from './event-role.js';
import { EventAccess } from './event-access.js';
import type { EventContext } from './event-context.js';
import { AuthError } from './auth.error.js';

export interface GuardedRequest {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string>;
  user?: AuthUser;
  event?: EventContext;
}

/**
 * The one global guard: every route needs a valid token unless marked @Public(); routes marked
 * with @RequireEventRole check the caller's role on the event in the URL. Every route with a `:slug`
 * gets that event resolved here, once, as the request's EventContext (see @CurrentEvent).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly access: EventAccess,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      // Public routes may still use the caller's identity; a bad token there is simply ignored.
      const user = await this.authenticate(request).catch(() => undefined);
      if (request.params?.slug !== undefined) request.event = await this.access.context(request.params.slug, user);
      return true;
    }
    const user = await this.authenticate(request);
    if (!user) throw new AuthError('UNAUTHENTICATED', 'A valid access token is required (Authorization: Bearer <token>)');

    if (this.reflector.getAllAndOverride<boolean>(PLATFORM_ADMIN_KEY, targets) && !user.isPlatformAdmin) {
      throw new AuthError('PLATFORM_ADMIN_REQUIRED', 'Only a platform administrator may do this');
    }
    const roles = this.reflector.getAllAndOverride<EventRole[]>(EVENT_ROLES_KEY, targets);
    if (roles?.length) request.event = await this.access.require(user, request.params?.slug, roles);
    else if (request.params?.slug !== undefined) request.event = await this.access.context(request.params.slug, user);
    return true;
  }

  private async authenticate(request: GuardedRequest): Promise<AuthUser | undefined> {
    const header = request.headers.authorization;
    if (typeof header !== 'string' || !header.startsWith('Bearer ')) return undefined;
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(header.slice(7).trim(), { algorithms: ['HS256'] });
    } catch {
      throw new AuthError('TOKEN_INVALID', 'The access token is invalid or has expired');
    }
    // A token outlives changes to its account: who the caller is and whether they are an admin is
    // read now (one primary-key lookup), so a deleted account or a revoked admin stops at once.
    // The same lookup ends sessions at once: signing out everywhere or a new password raises the generation.
    const [row]: (AuthUser & { sessionGeneration: number })[] = await this.dataSource.query(
      `SELECT id, email, is_platform_admin AS "isPlatformAdmin", session_generation AS "sessionGeneration" FROM users WHERE id = $1`,
      [claims.sub],
    );
    if (!row) throw new AuthError('TOKEN_INVALID', 'The account of this access token no longer exists');
    if (row.sessionGeneration !== claims.gen) throw new AuthError('TOKEN_INVALID', 'This session was ended (signed out everywhere, or the password changed)');
    const user: AuthUser = { id: row.id, email: row.email, isPlatformAdmin: row.isPlatformAdmin };
    request.user = user;
    return user;
  }
}
