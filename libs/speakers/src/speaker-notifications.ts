import type { NotificationKind } from '@app/notifications';

interface SlotLine {
  title: string;
  start: string;
  session: string;
  room: string | null;
}

async function slotLines(manager: Parameters<NotificationKind['load']>[0], where: string, params: unknown[], language: string): Promise<SlotLine[]> {
  return manager
    .query(
      `SELECT sl.title, lower(sl.during) AS start, coalesce(s.title ->> $${params.length + 1}, s.title ->> 'en', (SELECT value FROM jsonb_each_text(s.title) LIMIT 1)) AS session, r.name AS room
       FROM slots sl JOIN sessions s ON s.id = sl.session_id LEFT JOIN rooms r ON r.id = s.room_id
      WHERE ${where} ORDER BY lower(sl.during)`,
      [...params, language],
    )
    .then((rows: (SlotLine & { start: Date })[]) => rows.map((row) => ({ ...row, start: row.start.toISOString() })));
}

/** "You are invited to speak": carries the single-use link (the outbox row's secret). */
export const speakerInvitationKind: NotificationKind = {
  kind: 'speaker-invitation',
  async load(manager, about, language) {
    const [invitation] = await manager.query(`SELECT state, expires_at AS "expiresAt" FROM speaker_invitations WHERE id = $1`, [about.invitationId]);
    if (!invitation || invitation.state !== 'pending') return null;
    const slots = await slotLines(manager, `sl.id IN (SELECT slot_id FROM speaker_invitation_slots WHERE invitation_id = $1)`, [about.invitationId], language);
    return { slots, expiresAt: invitation.expiresAt.toISOString(), invitationId: about.invitationId };
  },
};

/** Tells the organiser who invited someone that the invitation was declined and the slots are free. */
export const speakerInvitationDeclinedKind: NotificationKind = {
  kind: 'speaker-invitation-declined',
  async load(manager, about) {
    const [invitation] = await manager.query(`SELECT name, email FROM speaker_invitations WHERE id = $1`, [about.invitationId]);
    if (!invitation) return null;
    return { invitee: invitation.name, inviteeEmail: invitation.email, slotTitles: about.slotTitles ? about.slotTitles.split('\n') : [] };
  },
};

/** At the slides' due time and 24 h before the slot, to a speaker whose slot still has no slides. */
export const slidesReminderKind: NotificationKind = {
  kind: 'slides-reminder',
  async load(manager, about, language) {
    const [still] = await manager.query(
      `SELECT 1 FROM slot_speakers ss WHERE ss.slot_id = $1 AND ss.user_id = $2 AND lower(ss.during) > now()
          AND NOT EXISTS (SELECT 1 FROM slide_versions v WHERE v.slot_id = ss.slot_id)`,
      [about.slotId, about.userId],
    );
    if (!still) return null;
    const [slot] = await slotLines(manager, `sl.id = $1`, [about.slotId], language);
    return { slot, lastCall: about.reminder === 'slides-last-call' };
  },
};

export const SPEAKER_NOTIFICATION_KINDS = [speakerInvitationKind, speakerInvitationDeclinedKind, slidesReminderKind];
