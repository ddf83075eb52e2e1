import { Injectable } from '@nestjs/common';
import { type AuthUser, type EventContext, type EventRef, holdsEventRole } from '@app/auth';
import { speakerSlots } from '@app/programme';
import { DataSource, EntityManager } from 'typeorm';
import { requireSlotSpeakerOrOrganiser } from './policies.js';
import { SpeakersError } from './speakers.error.js';

export interface SlotContext {
  slotId: string;
  title: string;
  start: Date;
  end: Date;
  sessionId: string;
  eventId: string;
  roomId: string | null;
  timeZone: string;
}

export interface SlotRelation {
  /** Organiser of the event, or platform admin. */
  organiser: boolean;
  /** Staff (the AV team) of the event. */
  staff: boolean;
  /** One of the slot's own speakers. */
  speaker: boolean;
}

/**
 * Who the caller is to a slot. Someone with no business there gets the same 404 as for a slot that
 * does not exist, so slot ids reveal nothing.
 */
@Injectable()
export class SlotAccess {
  constructor(private readonly dataSource: DataSource) {}

  async slot(event: EventRef & { timeZone: string }, slotId: string, manager: EntityManager = this.dataSource.manager): Promise<SlotContext> {
    const [slot] = await speakerSlots.byIds(manager, [slotId], 'en', event.id);
    if (!slot) throw new SpeakersError('SLOT_NOT_FOUND', `No slot ${slotId} in event "${event.slug}"`, { slotId });
    return {
      slotId: slot.slotId,
      title: slot.title,
      start: slot.start,
      end: slot.end,
      sessionId: slot.sessionId,
      eventId: slot.eventId,
      roomId: slot.roomId,
      timeZone: event.timeZone,
    };
  }

  /** The caller's roles come with the event; only being one of the slot's speakers is asked here. */
  async relation(event: EventContext, user: AuthUser | undefined, slot: SlotContext): Promise<SlotRelation> {
    if (!user) return { organiser: false, staff: false, speaker: false };
    const speaker = await speakerSlots.isSpeaker(this.dataSource.manager, slot.slotId, user.id);
    return { organiser: holdsEventRole(event, 'organiser'), staff: event.roles.includes('staff'), speaker };
  }

  /** The slot, for its speakers and organisers only; anyone else is told it does not exist. */
  async requireSpeakerOrOrganiser(event: EventContext, user: AuthUser, slotId: string): Promise<{ slot: SlotContext; relation: SlotRelation }> {
    const slot = await this.slot(event, slotId);
    const relation = await this.relation(event, user, slot);
    requireSlotSpeakerOrOrganiser(event, slotId, relation);
    return { slot, relation };
  }
}
