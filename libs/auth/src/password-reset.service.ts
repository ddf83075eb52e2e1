import { Injectable } from '@nestjs/common';
import { Outbox } from '@app/notifications';
import { DataSource } from 'typeorm';
import { AuthError } from './auth.error.js';
import { AuthService, normaliseEmail } from './auth.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PASSWORD_RESET_VALID_MINUTES, passwordResetKind } from './password-reset-notification.js';
import { PasswordResetThrottle } from './password-reset-throttle.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

/**
 * Forgotten passwords: a single-use link that expires, mailed to the account's address. Asking
 * answers the same whether or not the address has an account; using a link ends every session.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly hasher: PasswordHasher,
    private readonly throttle: PasswordResetThrottle,
    private readonly auth: AuthService,
  ) {}

  async request(email: string, ip: string): Promise<void> {
    const normalised = normaliseEmail(email);
    if (!(await this.throttle.mayMail(ip, normalised))) return;
    const [user] = await this.dataSource.query(`SELECT id, email, display_name AS "displayName", language FROM users WHERE email = $1`, [normalised]);
    if (!user) return;
    const token = newSecretToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM password_resets WHERE user_id = $1 AND expires_at < now() - interval '1 day'`, [user.id]);
      const [reset] = await manager.query(
        `INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING id`,
        [user.id, hashSecretToken(token), PASSWORD_RESET_VALID_MINUTES],
      );
      await this.outbox.add(manager, {
        eventId: null,
        kind: passwordResetKind.kind,
        recipientEmail: user.email,
        recipientName: user.displayName,
        language: user.language,
        about: { resetId: reset.id },
        secret: token,
      });
    });
  }

  /** Sets the new password; this link and any other outstanding one stop working, and every session ends. */
  async confirm(token: string, password: string): Promise<void> {
    // Hashed before the row is locked: argon2 takes a while.
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const [reset]: { userId: string; used: boolean; expiresAt: Date }[] = await manager.query(
        `SELECT user_id AS "userId", used_at IS NOT NULL AS used, expires_at AS "expiresAt" FROM password_resets WHERE token_hash = $1 FOR UPDATE`,
        [hashSecretToken(token)],
      );
      if (!reset) throw new AuthError('PASSWORD_RESET_NOT_FOUND', 'No such password reset link');
      if (reset.used) throw new AuthError('PASSWORD_RESET_USED', 'This password reset link has already been used');
      if (reset.expiresAt.getTime() <= Date.now()) {
        throw new AuthError('PASSWORD_RESET_EXPIRED', 'This password reset link has expired; ask for a new one', { expiresAt: reset.expiresAt.toISOString() });
      }
      await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [reset.userId, passwordHash]);
      await manager.query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [reset.userId]);
      await this.auth.signOutEverywhere(reset.userId, manager);
    });
  }
}
