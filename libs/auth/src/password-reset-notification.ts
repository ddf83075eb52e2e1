import type { NotificationKind } from '@app/notifications';

/** How long a reset link works. */
export const PASSWORD_RESET_VALID_MINUTES = 60;

/** "Choose a new password": carries the single-use link (the outbox row's secret); discarded if no longer usable. */
export const passwordResetKind: NotificationKind = {
  kind: 'password-reset',
  async load(manager, about) {
    const [reset] = await manager.query(`SELECT 1 FROM password_resets WHERE id = $1 AND used_at IS NULL AND expires_at > now()`, [about.resetId]);
    return reset ? { validMinutes: PASSWORD_RESET_VALID_MINUTES } : null;
  },
};

export const AUTH_NOTIFICATION_KINDS = [passwordResetKind];
