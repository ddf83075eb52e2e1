import type { NotificationKind } from '@app/notifications';

const ROLE_LABELS: Record<string, Record<string, string>> = {
  en: { organiser: 'an organiser', staff: 'a member of staff', speaker: 'a speaker', juror: 'a juror', representative: 'a city representative' },
  vi: {
    organiser: 'thành viên Ban Tổ chức',
    staff: 'cán bộ hỗ trợ của Ban Tổ chức',
    speaker: 'diễn giả',
    juror: 'thành viên Ban giám khảo',
    representative: 'đại diện thành phố',
  },
  th: { organiser: 'คณะผู้จัดงาน', staff: 'เจ้าหน้าที่ของคณะผู้จัดงาน', speaker: 'วิทยากร', juror: 'กรรมการตัดสิน', representative: 'ผู้แทนเมือง' },
};

/** "You are invited to take a role": carries the single-use link (the outbox row's secret); not sent once the link no longer works. */
export const roleInvitationKind: NotificationKind = {
  kind: 'role-invitation',
  async load(manager, about, language) {
    const [invitation] = await manager.query(
      `SELECT i.role, i.expires_at AS "expiresAt" FROM role_invitations i
        WHERE i.id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.replaced_at IS NULL AND i.expires_at > now()`,
      [about.invitationId],
    );
    if (!invitation) return null;
    return {
      roleLabel: (ROLE_LABELS[language] ?? ROLE_LABELS.en)[invitation.role],
      city: about.city,
      country: about.country,
      inviter: about.inviter,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  },
};

export const PEOPLE_NOTIFICATION_KINDS = [roleInvitationKind];
