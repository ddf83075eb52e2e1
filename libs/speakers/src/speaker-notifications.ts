import { eventDirectory } from '@app/events';
import type { NotificationKind } from '@app/notifications';
import { speakerSlots } from '@app/programme';

interface SlotLine {
  title: string;
  start: string;
  session: string;
  room: string | null;
}

async function slotLines(manager: Parameters<NotificationKind['load']>[0], slotIds: string[], language: string): Promise<SlotLine[]> {
  const slots = await speakerSlots.byIds(manager, slotIds, language);
  const rooms = await eventDirectory.rooms(
    manager,
    slots.flatMap((slot) => (slot.roomId ? [slot.roomId] : [])),
  );
  const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
  return slots.map((slot) => ({
    title: slot.title,
    start: slot.start.toISOString(),
    session: slot.sessionTitle,
    room: slot.roomId ? (roomNames.get(slot.roomId) ?? null) : null,
  }));
}

/** "You are invited to speak": carries the single-use link (the outbox row's secret). */
export const speakerInvitationKind: NotificationKind = {
  kind: 'speaker-invitation',
  async load(manager, about, language) {
    const [invitation] = await manager.query(`SELECT state, expires_at AS "expiresAt" FROM speaker_invitations WHERE id = $1`, [about.invitationId]);
    if (!invitation || invitation.state !== 'pending') return null;
    const held: { slotId: string }[] = await manager.query(`SELECT slot_id AS "slotId" FROM speaker_invitation_slots WHERE invitation_id = $1`, [
      about.invitationId,
    ]);
    const slots = await slotLines(
      manager,
      held.map((row) => row.slotId),
      language,
    );
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
    if (!(await speakerSlots.speaksLater(manager, about.slotId, about.userId))) return null;
    const [slides] = await manager.query(`SELECT 1 FROM slide_versions WHERE slot_id = $1 LIMIT 1`, [about.slotId]);
    if (slides) return null;
    const [slot] = await slotLines(manager, [about.slotId], language);
    return { slot, lastCall: about.reminder === 'slides-last-call' };
  },
};

export const SPEAKER_NOTIFICATION_KINDS = [speakerInvitationKind, speakerInvitationDeclinedKind, slidesReminderKind];
