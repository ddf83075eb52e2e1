import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/auth';
import { DataSource, EntityManager } from 'typeorm';
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

  async slot(slug: string, slotId: string, manager: EntityManager = this.dataSource.manager): Promise<SlotContext> {
    const [row] = await manager.query(
      `SELECT sl.id AS "slotId", sl.title, lower(sl.during) AS start, upper(sl.during) AS "end", s.id AS "sessionId",
              s.event_id AS "eventId", s.room_id AS "roomId", e.time_zone AS "timeZone"
         FROM slots sl JOIN sessions s ON s.id = sl.session_id JOIN events e ON e.id = s.event_id
        WHERE sl.id = $1 AND e.slug = $2`,
      [slotId, slug],
    );
    if (!row) throw new SpeakersError('SLOT_NOT_FOUND', `No slot ${slotId} in event "${slug}"`, { slotId });
    return row;
  }

  async relation(user: AuthUser | undefined, slot: SlotContext): Promise<SlotRelation> {
    if (!user) return { organiser: false, staff: false, speaker: false };
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM event_roles WHERE event_id = $1 AND user_id = $2 AND role = 'organiser') AS organiser,
              EXISTS (SELECT 1 FROM event_roles WHERE event_id = $1 AND user_id = $2 AND role = 'staff') AS staff,
              EXISTS (SELECT 1 FROM slot_speakers WHERE slot_id = $3 AND user_id = $2) AS speaker`,
      [slot.eventId, user.id, slot.slotId],
    );
    return { organiser: row.organiser || user.isPlatformAdmin, staff: row.staff, speaker: row.speaker };
  }

  /** The slot, for its speakers and organisers only; anyone else is told it does not exist. */
  async requireSpeakerOrOrganiser(user: AuthUser, slug: string, slotId: string): Promise<{ slot: SlotContext; relation: SlotRelation }> {
    const slot = await this.slot(slug, slotId);
    const relation = await this.relation(user, slot);
    if (!relation.organiser && !relation.speaker) throw new SpeakersError('SLOT_NOT_FOUND', `No slot ${slotId} in event "${slug}"`, { slotId });
    return { slot, relation };
  }
}
