import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from './secret-token.js';

/** A working day without use ends a sign-in; a week ends it whatever happens. */
export const REFRESH_IDLE_HOURS = 12;
export const REFRESH_MAX_DAYS = 7;

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

export type Rotation =
  { outcome: 'rotated'; userId: string; next: IssuedRefreshToken } | { outcome: 'unknown' | 'expired' | 'revoked' | 'reused'; userId?: string };

/**
 * The refresh_tokens table. Each use of a token rotates it (the old one is marked, a new one of the
 * same family issued); a token already rotated that comes back was copied, so its whole family goes.
 */
@Injectable()
export class RefreshTokens {
  async startFamily(manager: EntityManager, userId: string): Promise<IssuedRefreshToken> {
    // Each sign-in clears the account's sign-ins that are over for good, so the table holds live ones (and their history) only.
    await manager.query(`DELETE FROM refresh_tokens WHERE user_id = $1 AND family_expires_at < now()`, [userId]);
    const token = newSecretToken();
    const [row] = await manager.query(
      `INSERT INTO refresh_tokens (user_id, family_id, session_generation, token_hash, expires_at, family_expires_at)
       SELECT id, gen_random_uuid(), session_generation, $2, now() + make_interval(hours => $3), now() + make_interval(days => $4) FROM users WHERE id = $1
       RETURNING expires_at AS "expiresAt"`,
      [userId, hashSecretToken(token), REFRESH_IDLE_HOURS, REFRESH_MAX_DAYS],
    );
    return { token, expiresAt: row.expiresAt };
  }

  /** Locks the token's row, so two uses of one token are told apart: the second is a reuse. */
  async rotate(manager: EntityManager, token: string): Promise<Rotation> {
    const [row]: { id: string; userId: string; familyId: string; expired: boolean; rotated: boolean; revoked: boolean }[] = await manager.query(
      `SELECT t.id, t.user_id AS "userId", t.family_id AS "familyId", t.expires_at <= now() AS expired, t.rotated_at IS NOT NULL AS rotated,
              -- A sign-out everywhere that committed after this token was issued (while it was being rotated, even) ends it too.
              t.revoked_at IS NOT NULL OR t.session_generation <> u.session_generation AS revoked
         FROM refresh_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 FOR UPDATE OF t`,
      [hashSecretToken(token)],
    );
    if (!row) return { outcome: 'unknown' };
    if (row.revoked) return { outcome: 'revoked', userId: row.userId };
    if (row.rotated) {
      await this.revokeFamily(manager, row.familyId);
      return { outcome: 'reused', userId: row.userId };
    }
    if (row.expired) return { outcome: 'expired', userId: row.userId };
    await manager.query(`UPDATE refresh_tokens SET rotated_at = now() WHERE id = $1`, [row.id]);
    const next = newSecretToken();
    const [issued] = await manager.query(
      `INSERT INTO refresh_tokens (user_id, family_id, session_generation, token_hash, expires_at, family_expires_at)
       SELECT user_id, family_id, session_generation, $2, least(now() + make_interval(hours => $3), family_expires_at), family_expires_at
         FROM refresh_tokens WHERE id = $1
       RETURNING expires_at AS "expiresAt"`,
      [row.id, hashSecretToken(next), REFRESH_IDLE_HOURS],
    );
    return { outcome: 'rotated', userId: row.userId, next: { token: next, expiresAt: issued.expiresAt } };
  }

  /** Signing out on this device: the token's family, whichever of its tokens is shown. */
  async revokeFamilyOf(manager: EntityManager, token: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL`,
      [hashSecretToken(token)],
    );
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }
}
