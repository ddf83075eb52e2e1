import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { eventDirectory } from '@app/events';
import { speakerSlots } from '@app/programme';
import { DataSource } from 'typeorm';
import { slideStates } from './slide-states.js';

export interface MySlot {
  slotId: string;
  title: string;
  event: { slug: string; name: string; timeZone: string };
  session: { id: string; title: string };
  room: string | null;
  /** ISO 8601 in the event's time zone (with its offset). */
  start: string;
  end: string;
  slides: { currentVersion: number | null; uploadedAt: string | null; public: boolean; dueAt: string };
}

/** A speaker's own slots across every event, soonest first. */
@Injectable()
export class MySlotsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(userId: string, language: string): Promise<MySlot[]> {
    const manager = this.dataSource.manager;
    const slots = await speakerSlots.ofSpeaker(manager, userId, language);
    const slotIds = slots.map((slot) => slot.slotId);
    const eventIds = [...new Set(slots.map((slot) => slot.eventId))];
    const [events, rooms, slides] = await Promise.all([
      eventDirectory.events(manager, eventIds),
      eventDirectory.rooms(
        manager,
        slots.flatMap((slot) => (slot.roomId ? [slot.roomId] : [])),
      ),
      slideStates(manager, slotIds, eventIds),
    ]);
    const roomNames = new Map(rooms.map((room) => [room.id, room.translations[language]?.name ?? room.name]));
    const rows = slots.map((slot) => {
      const event = events.get(slot.eventId)!;
      const state = slides.slots.get(slot.slotId);
      const dueHours = slides.dueHours.get(slot.eventId) ?? 48;
      return {
        slotId: slot.slotId,
        title: slot.title,
        slug: event.slug,
        eventName: event.translations[language]?.name ?? event.name,
        timeZone: event.timeZone,
        sessionId: slot.sessionId,
        sessionTitle: slot.sessionTitle,
        room: slot.roomId ? (roomNames.get(slot.roomId) ?? null) : null,
        start: slot.start,
        end: slot.end,
        currentVersion: state?.currentVersion ?? null,
        uploadedAt: state?.uploadedAt ?? null,
        public: state?.public ?? false,
        dueAt: new Date(slot.start.getTime() - dueHours * 3_600_000),
      };
    });
    const inZone = (date: Date, zone: string) => DateTime.fromJSDate(date).setZone(zone).toISO({ suppressMilliseconds: true })!;
    return rows.map((row) => ({
      slotId: row.slotId,
      title: row.title,
      event: { slug: row.slug, name: row.eventName, timeZone: row.timeZone },
      session: { id: row.sessionId, title: row.sessionTitle },
      room: row.room,
      start: inZone(row.start, row.timeZone),
      end: inZone(row.end, row.timeZone),
      slides: {
        currentVersion: row.currentVersion,
        uploadedAt: row.uploadedAt ? inZone(row.uploadedAt, row.timeZone) : null,
        public: row.public,
        dueAt: inZone(row.dueAt, row.timeZone),
      },
    }));
  }
}
