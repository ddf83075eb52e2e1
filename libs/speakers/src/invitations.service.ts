import { Injectable } from '@nestjs/common';
import { AuthService, type AuthUser, type EventContext, type EventRef, normaliseEmail } from '@app/auth';
import { isConstraintViolation, PG_EXCLUSION_VIOLATION, PG_UNIQUE_VIOLATION } from '@app/database';
import { Outbox, requireShippedLanguage } from '@app/notifications';
import { slotSpeakers, speakerSlots, speakerUnavailability, type UnavailableTime } from '@app/programme';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { speakerInvitationDeclinedKind, speakerInvitationKind } from './speaker-notifications.js';
import { SpeakersError } from './speakers.error.js';

export interface InviteSpeaker {
  email: string;
  name: string;
  language?: string;
  slotIds: string[];
  expiresInDays?: number;
}

export interface Invitation {
  id: string;
  email: string;
  name: string;
  language: string;
  state: 'pending' | 'accepted' | 'declined';
  expiresAt: Date;
  createdAt: Date;
  respondedAt: Date | null;
  slotIds: string[];
}

export interface InvitationView {
  eventSlug: string;
  eventName: string;
  name: string;
  email: string;
  expiresAt: Date;
  accountExists: boolean;
  slots: { id: string; title: string; start: Date; end: Date }[];
}

export interface AcceptInvitation {
  /** Needed when no account exists for the invited email yet. */
  password?: string;
  /** Times the speaker cannot speak, on the event's clock, added to any given before; saved with the acceptance or not at all. */
  unavailableTimes?: UnavailableTime[];
}

const hashToken = (token: string) => createHash('sha256').update(token).digest();

interface LockedInvitation {
  id: string;
  eventId: string;
  email: string;
  name: string;
  language: string;
  state: string;
  expiresAt: Date;
  invitedBy: string | null;
}

/**
 * Speaker invitations: a single-use link that expires, sent through the outbox in the invitee's
 * language. The invited slots are held until the answer; accepting makes the invitee a speaker of
 * the event and of those slots, declining frees them and tells the organiser.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly auth: AuthService,
  ) {}

  async invite(event: EventRef, inviter: AuthUser, input: InviteSpeaker): Promise<Invitation> {
    const email = normaliseEmail(input.email);
    requireShippedLanguage(input.language);
    const token = randomBytes(32).toString('base64url');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const locked = await speakerSlots.lockInEvent(manager, event.id, input.slotIds);
        const missing = input.slotIds.filter((id) => !locked.includes(id));
        if (missing.length) throw new SpeakersError('SLOTS_NOT_IN_EVENT', `Not slots of this event: ${missing.join(', ')}`, { slotIds: missing });
        const heldIds: { slotId: string }[] = await manager.query(
          `SELECT DISTINCT h.slot_id AS "slotId" FROM speaker_invitation_slots h JOIN speaker_invitations i ON i.id = h.invitation_id
            WHERE h.slot_id = ANY($1::uuid[]) AND i.state = 'pending' AND i.expires_at > now() AND i.email = $2`,
          [input.slotIds, email],
        );
        const held = [
          ...new Set(
            (
              await speakerSlots.byIds(
                manager,
                heldIds.map((row) => row.slotId),
              )
            ).map((slot) => slot.title),
          ),
        ].map((title) => ({ title }));
        if (held.length)
          throw new SpeakersError('INVITATION_PENDING', `${email} already has a pending invitation to: ${held.map((row) => row.title).join(', ')}`, {
            email,
            slots: held.map((row) => row.title),
          });
        const user = await this.auth.findUserByEmail(email, manager);
        const language = input.language ?? user?.language ?? 'en';
        const [row] = await manager.query(
          `INSERT INTO speaker_invitations (event_id, email, name, language, token_hash, expires_at, invited_by)
           VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6), $7)
           RETURNING id, email, name, language, state, expires_at AS "expiresAt", created_at AS "createdAt", responded_at AS "respondedAt"`,
          [event.id, email, input.name.trim(), language, hashToken(token), input.expiresInDays ?? 14, inviter.id],
        );
        await manager.query(`INSERT INTO speaker_invitation_slots (invitation_id, slot_id) SELECT $1, unnest($2::uuid[])`, [row.id, input.slotIds]);
        await this.outbox.add(manager, {
          eventId: event.id,
          kind: speakerInvitationKind.kind,
          recipientEmail: email,
          recipientName: row.name,
          language,
          about: { invitationId: row.id },
          secret: token,
        });
        return { ...row, slotIds: input.slotIds };
      });
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION)) throw new SpeakersError('SLOTS_REPEATED', 'Those slots are listed twice');
      throw error;
    }
  }

  async list(event: EventRef): Promise<Invitation[]> {
    return this.dataSource.query(
      `SELECT i.id, i.email, i.name, i.language, i.state, i.expires_at AS "expiresAt", i.created_at AS "createdAt", i.responded_at AS "respondedAt",
              coalesce(array_agg(h.slot_id) FILTER (WHERE h.slot_id IS NOT NULL), '{}') AS "slotIds"
         FROM speaker_invitations i LEFT JOIN speaker_invitation_slots h ON h.invitation_id = i.id
        WHERE i.event_id = $1 GROUP BY i.id ORDER BY i.created_at DESC`,
      [event.id],
    );
  }

  /** What the link shows before the invitee answers. */
  async view(event: EventContext, token: string, language?: string): Promise<InvitationView> {
    const invitation = await this.usable(this.dataSource.manager, event, token, false);
    const held: { slotId: string }[] = await this.dataSource.query(`SELECT slot_id AS "slotId" FROM speaker_invitation_slots WHERE invitation_id = $1`, [
      invitation.id,
    ]);
    const slots = (
      await speakerSlots.byIds(
        this.dataSource.manager,
        held.map((row) => row.slotId),
        language,
      )
    ).map((slot) => ({ id: slot.slotId, title: slot.title, start: slot.start, end: slot.end }));
    const account = await this.auth.findUserByEmail(invitation.email);
    return {
      eventSlug: event.slug,
      eventName: event.name,
      name: invitation.name,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      accountExists: Boolean(account),
      slots,
    };
  }

  async accept(event: EventContext, token: string, input: AcceptInvitation): Promise<{ userId: string; accountCreated: boolean }> {
    // Read before anything is written: a bad time refuses the whole answer.
    const unavailable = input.unavailableTimes && speakerUnavailability.ranges(input.unavailableTimes, event.timeZone, 'unavailableTimes');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const invitation = await this.usable(manager, event, token, true);
        let user = await this.auth.findUserByEmail(invitation.email, manager);
        let accountCreated = false;
        if (!user) {
          if (!input.password) throw new SpeakersError('PASSWORD_REQUIRED', 'No account exists for this email yet: choose a password (8–128 characters)');
          user = await this.auth.createUser(
            { email: invitation.email, displayName: invitation.name, language: invitation.language, password: input.password },
            manager,
          );
          accountCreated = true;
        }
        await this.auth.grantEventRole(invitation.eventId, user.id, 'speaker', manager);
        const held: { slotId: string }[] = await manager.query(`SELECT slot_id AS "slotId" FROM speaker_invitation_slots WHERE invitation_id = $1`, [
          invitation.id,
        ]);
        await slotSpeakers.add(
          manager,
          held.map((slot) => slot.slotId),
          user.id,
        );
        if (unavailable) await speakerUnavailability.add(manager, invitation.eventId, user.id, unavailable);
        await manager.query(`UPDATE speaker_invitations SET state = 'accepted', user_id = $2, responded_at = now() WHERE id = $1`, [invitation.id, user.id]);
        return { userId: user.id, accountCreated };
      });
    } catch (error) {
      if (isConstraintViolation(error, PG_EXCLUSION_VIOLATION, 'slot_speakers_overlap')) {
        throw new SpeakersError('SPEAKER_ALREADY_BOOKED', 'You already speak elsewhere at the time of one of these slots; ask the organisers to move one');
      }
      throw error;
    }
  }

  async decline(event: EventRef, token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.usable(manager, event, token, true);
      // A DELETE answers [rows, count].
      const [released]: [{ slotId: string }[], number] = await manager.query(
        `DELETE FROM speaker_invitation_slots WHERE invitation_id = $1 RETURNING slot_id AS "slotId"`,
        [invitation.id],
      );
      const freed = await speakerSlots.byIds(
        manager,
        released.map((row) => row.slotId),
      );
      await manager.query(`UPDATE speaker_invitations SET state = 'declined', responded_at = now() WHERE id = $1`, [invitation.id]);
      if (!invitation.invitedBy) return;
      const [organiser] = await this.auth.contactsOf([invitation.invitedBy], manager);
      if (!organiser) return;
      await this.outbox.add(manager, {
        eventId: invitation.eventId,
        kind: speakerInvitationDeclinedKind.kind,
        recipientEmail: organiser.email,
        recipientName: organiser.name,
        language: organiser.language,
        about: { invitationId: invitation.id, slotTitles: freed.map((row) => row.title).join('\n') },
      });
    });
  }

  /** The invitation behind a token: 404 when unknown or for another event, 410 when used or expired. */
  private async usable(manager: EntityManager, event: EventRef, token: string, lock: boolean): Promise<LockedInvitation> {
    const [row] = await manager.query(
      `SELECT i.id, i.event_id AS "eventId", i.email, i.name, i.language, i.state, i.expires_at AS "expiresAt", i.invited_by AS "invitedBy"
         FROM speaker_invitations i WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hashToken(token)],
    );
    if (!row || row.eventId !== event.id) throw new SpeakersError('INVITATION_NOT_FOUND', 'No such invitation');
    if (row.state !== 'pending') throw new SpeakersError('INVITATION_USED', `This invitation has already been ${row.state}`, { state: row.state });
    if (new Date(row.expiresAt).getTime() <= Date.now())
      throw new SpeakersError('INVITATION_EXPIRED', 'This invitation has expired; ask the organisers for a new one', {
        expiresAt: new Date(row.expiresAt).toISOString(),
      });
    return row;
  }
}
