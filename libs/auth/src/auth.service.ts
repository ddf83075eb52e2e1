import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { DataSource, EntityManager } from 'typeorm';
import type { AccessTokenClaims, AuthUser } from './auth-user.js';
import { EventRoleEntity } from './event-role.entity.js';
import type { EventRole } from './event-role.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { UserEntity } from './user.entity.js';
import { AuthError } from './auth.error.js';

export interface NewUser {
  email: string;
  displayName: string;
  password?: string;
  language?: string;
  isPlatformAdmin?: boolean;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Same answer for an unknown account and a wrong password, so logins reveal no accounts. */
  async login(email: string, password: string, ip: string): Promise<{ accessToken: string; expiresIn: number; user: UserEntity }> {
    const normalised = normaliseEmail(email);
    await this.throttle.consume(ip, normalised);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: normalised })
      .getOne();
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid) throw new AuthError('LOGIN_FAILED', 'The email or password is incorrect');
    await this.throttle.succeeded(ip, normalised);
    return { ...(await this.accessTokenFor(user)), user };
  }

  /** For a person whose identity was proven otherwise (an accepted invitation link and a new password). */
  async accessTokenFor(user: UserEntity): Promise<{ accessToken: string; expiresIn: number }> {
    const claims: AccessTokenClaims = { sub: user.id, email: user.email, admin: user.isPlatformAdmin };
    const accessToken = await this.jwt.signAsync(claims);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresIn: exp - Math.floor(Date.now() / 1000) };
  }

  async findUser(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new AuthError('USER_NOT_FOUND', 'No such user', { userId: id });
    return user;
  }

  async rolesOf(userId: string): Promise<{ eventSlug: string; role: EventRole }[]> {
    return this.dataSource.query(
      `SELECT e.slug AS "eventSlug", r.role FROM event_roles r JOIN events e ON e.id = r.event_id
        WHERE r.user_id = $1 ORDER BY e.slug, r.role`,
      [userId],
    );
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
