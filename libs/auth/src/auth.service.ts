import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AccessTokenClaims, AuthUser } from './auth-user.js';
import { EventRoleEntity } from './event-role.entity.js';
import type { EventRole } from './event-role.js';
import { EventLookup } from './event-lookup.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokens } from './refresh-tokens.js';
import { UserEntity } from './user.entity.js';
import { accountNames } from './user-directory.js';
import { AuthError } from './auth.error.js';

export interface NewUser {
  email: string;
  displayName: string;
  password?: string;
  language?: string;
  isPlatformAdmin?: boolean;
}

/** A sign-in: a short access token for the Authorization header, renewed with the refresh token (a cookie). */
export interface Session {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly refreshTokens: RefreshTokens,
    private readonly events: EventLookup,
  ) {}

  /** Same answer for an unknown account and a wrong password, so logins reveal no accounts. */
  async login(email: string, password: string, ip: string): Promise<Session> {
    return this.startSession((await this.verifyPassword(email, password, ip)).id);
  }

  /** Checks a password as a login does, with the same limits and answer, without signing in (an invitation accepted with it signs in itself). */
  async verifyPassword(email: string, password: string, ip: string): Promise<UserEntity> {
    const normalised = normaliseEmail(email);
    await this.throttle.consume(ip, normalised);
    const user = await this.withPasswordHash(normalised);
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid) throw new AuthError('LOGIN_FAILED', 'The email or password is incorrect');
    await this.throttle.succeeded(ip, normalised);
    return user;
  }

  /**
   * Signs a person in: a new refresh-token family and an access token. Given a transaction's manager (an
   * invitation accepted, an account just created in it), the session commits or rolls back with it.
   */
  async startSession(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Session> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw new AuthError('USER_NOT_FOUND', 'No such user', { userId });
    const refresh = await this.refreshTokens.startFamily(manager, user.id);
    return { ...(await this.accessToken(user)), refreshToken: refresh.token, refreshExpiresAt: refresh.expiresAt, user };
  }

  /** A new access token and a new refresh token for a refresh token, which is used up. */
  async refresh(refreshToken: string): Promise<Session> {
    const result = await this.dataSource.transaction(async (manager) => {
      const rotation = await this.refreshTokens.rotate(manager, refreshToken);
      if (rotation.outcome !== 'rotated') return rotation;
      return { ...rotation, user: await manager.getRepository(UserEntity).findOneByOrFail({ id: rotation.userId }) };
    });
    // Outside the transaction: the revocation of a reused token's family must commit before the refusal.
    if (result.outcome !== 'rotated') {
      if (result.outcome === 'reused') this.logger.warn(`A used refresh token came back; every session of its sign-in (user ${result.userId}) is revoked`);
      throw new AuthError('REFRESH_TOKEN_INVALID', 'The session has ended; sign in again');
    }
    return { ...(await this.accessToken(result.user)), refreshToken: result.next.token, refreshExpiresAt: result.next.expiresAt, user: result.user };
  }

  /** Signing out on one device; an unknown token changes nothing. */
  async logout(refreshToken: string): Promise<void> {
    await this.refreshTokens.revokeFamilyOf(this.dataSource.manager, refreshToken);
  }

  /** Ends every session at once: refresh tokens revoked, and access tokens refused by the guard from now. */
  async signOutEverywhere(userId: string, manager?: EntityManager): Promise<void> {
    if (!manager) return this.dataSource.transaction((own) => this.signOutEverywhere(userId, own));
    await manager.query(`UPDATE users SET session_generation = session_generation + 1, updated_at = now() WHERE id = $1`, [userId]);
    await this.refreshTokens.revokeAllOf(manager, userId);
  }

  /**
   * A wrong current password counts as a failed login (the same limits), so a borrowed session cannot
   * guess it. Every other session ends; the caller gets a new one.
   */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string, ip: string): Promise<Session> {
    await this.throttle.consume(ip, caller.email);
    const user = await this.withPasswordHash(caller.email);
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new AuthError('CURRENT_PASSWORD_WRONG', 'The current password is wrong');
    }
    await this.throttle.succeeded(ip, caller.email);
    const passwordHash = await this.hasher.hash(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [user.id, passwordHash]);
      await manager.query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
      await this.signOutEverywhere(user.id, manager);
      return this.startSession(user.id, manager);
    });
  }

  private withPasswordHash(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).createQueryBuilder('user').addSelect('user.passwordHash').where('user.email = :email', { email }).getOne();
  }

  private async accessToken(user: UserEntity): Promise<{ accessToken: string; expiresIn: number }> {
    const claims: AccessTokenClaims = { sub: user.id, email: user.email, admin: user.isPlatformAdmin, gen: user.sessionGeneration };
    const accessToken = await this.jwt.signAsync(claims);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresIn: exp - Math.floor(Date.now() / 1000) };
  }

  async findUser(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new AuthError('USER_NOT_FOUND', 'No such user', { userId: id });
    return user;
  }

  /** The person's language: the web app's pages follow it, and so does mail written to them from now on. */
  async setLanguage(userId: string, language: string): Promise<UserEntity> {
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { language });
    return this.findUser(userId);
  }

  /** Whom to write to: each user's address, name and language, for other libraries' messages. */
  async contactsOf(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<{ id: string; email: string; name: string; language: string }[]> {
    if (ids.length === 0) return [];
    const users = await manager.getRepository(UserEntity).findBy({ id: In(ids) });
    return users.map((user) => ({ id: user.id, email: user.email, name: user.displayName, language: user.language }));
  }

  /** Display names, ordered by name (the order listings of people use), for other libraries' views. */
  async namesOf(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<{ id: string; displayName: string }[]> {
    return accountNames(manager, ids);
  }

  /** Whether the user holds the role on some event (a speaker's photo is public once they speak anywhere). */
  async holdsRoleAnywhere(userId: string, role: EventRole, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM event_roles WHERE user_id = $1 AND role = $2 LIMIT 1`, [userId, role]);
    return rows.length > 0;
  }

  /** Ordered by the event's slug, then by role. */
  async rolesOf(userId: string): Promise<{ eventSlug: string; role: EventRole }[]> {
    const held: { eventId: string; role: EventRole }[] = await this.dataSource.query(
      `SELECT event_id AS "eventId", role FROM event_roles WHERE user_id = $1 ORDER BY role`,
      [userId],
    );
    const slugs = await this.events.slugsOf(
      this.dataSource.manager,
      held.map((row) => row.eventId),
    );
    return [...slugs].flatMap(([eventId, eventSlug]) => held.filter((row) => row.eventId === eventId).map(({ role }) => ({ eventSlug, role })));
  }

  async createUser(input: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const passwordHash = input.password ? await this.hasher.hash(input.password) : null;
    try {
      const saved = await manager.getRepository(UserEntity).save({
        email: normaliseEmail(input.email),
        displayName: input.displayName.trim(),
        language: input.language ?? 'en',
        passwordHash,
        isPlatformAdmin: input.isPlatformAdmin ?? false,
      });
      return this.findUser(saved.id, manager);
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'users_email_key')) {
        throw new AuthError('EMAIL_TAKEN', `A user with email ${normaliseEmail(input.email)} already exists`, { email: normaliseEmail(input.email) });
      }
      throw error;
    }
  }

  /** True when the role is new (granting twice changes nothing). */
  async grantEventRole(eventId: string, userId: string, role: EventRole, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query(`INSERT INTO event_roles (event_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING role`, [
      eventId,
      userId,
      role,
    ]);
    return rows.length > 0;
  }

  /** Returns the roles the user still holds on the event afterwards. */
  async revokeEventRole(eventId: string, userId: string, role: EventRole, manager: EntityManager = this.dataSource.manager): Promise<EventRole[]> {
    const result = await manager.getRepository(EventRoleEntity).delete({ eventId, userId, role });
    if (!result.affected) throw new AuthError('ROLE_NOT_HELD', `That user does not hold the ${role} role on this event`, { role });
    const left: { role: EventRole }[] = await manager.query(`SELECT role FROM event_roles WHERE event_id = $1 AND user_id = $2`, [eventId, userId]);
    return left.map((row) => row.role);
  }

  /** Without emails: any organiser may grant a role to any user id, so an email here would disclose anyone's. */
  async eventRoles(eventId: string): Promise<{ userId: string; displayName: string; role: EventRole }[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", r.role
         FROM event_roles r JOIN users u ON u.id = r.user_id WHERE r.event_id = $1 ORDER BY r.role, u.display_name, u.id`,
      [eventId],
    );
  }

  /**
   * The event's people with their emails, for its organisers: everyone here holds a role on that very
   * event, so no one's email is disclosed beyond the events they take part in.
   */
  async eventMembers(eventId: string): Promise<{ userId: string; displayName: string; email: string; roles: EventRole[] }[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email, array_agg(r.role ORDER BY r.role) AS roles
         FROM event_roles r JOIN users u ON u.id = r.user_id WHERE r.event_id = $1 GROUP BY u.id ORDER BY u.display_name, u.id`,
      [eventId],
    );
  }

  /** Whom to write to, for messages addressed to people by role: address, name and language. */
  async addressesOf(userIds: string[]): Promise<{ userId: string; email: string; name: string; language: string }[]> {
    return this.dataSource.query(
      `SELECT id AS "userId", email, display_name AS name, language FROM users WHERE id = ANY($1::uuid[]) ORDER BY display_name, id`,
      [userIds],
    );
  }

  async findUserByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ email: normaliseEmail(email) });
  }

  /** An account made without a password (by an admin) cannot sign in until its owner chooses one. */
  async canSignIn(userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND password_hash IS NOT NULL`, [userId]);
    return Boolean(row);
  }

  /** Sets the password of an account that has none; false when one was set meanwhile. */
  async setFirstPassword(userId: string, password: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const hash = await this.hasher.hash(password);
    const [rows] = await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1 AND password_hash IS NULL RETURNING id`, [userId, hash]);
    return rows.length > 0;
  }

  async holdsEventRole(eventId: string, email: string, role: EventRole, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM event_roles r JOIN users u ON u.id = r.user_id WHERE r.event_id = $1 AND u.email = $2 AND r.role = $3`, [
      eventId,
      normaliseEmail(email),
      role,
    ]);
    return Boolean(row);
  }

  toAuthUser(user: UserEntity): AuthUser {
    return { id: user.id, email: user.email, isPlatformAdmin: user.isPlatformAdmin };
  }

  /**
   * First start on an empty database: the platform admin. Returns the generated password when none was
   * given, for the caller to show once where it cannot be missed.
   */
  async ensurePlatformAdmin(email: string, password: string | undefined, generate: () => string): Promise<string | undefined> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM users`);
    if (count > 0) return undefined;
    const chosen = password ?? generate();
    try {
      await this.createUser({ email, displayName: 'Platform administrator', password: chosen, isPlatformAdmin: true });
    } catch (error) {
      if (error instanceof AuthError && error.code === 'EMAIL_TAKEN') return undefined; // another process created it first
      throw error;
    }
    this.logger.log(`Created platform admin ${email}${password ? '' : ' with a generated password'}`);
    return password ? undefined : chosen;
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
