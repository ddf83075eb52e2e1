import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';

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
    const rows = await this.dataSource.query(
      `SELECT sl.id AS "slotId", sl.title, e.slug, e.name AS "eventName", e.time_zone AS "timeZone", s.id AS "sessionId",
              coalesce(s.title ->> $2, s.title ->> 'en', (SELECT value FROM jsonb_each_text(s.title) LIMIT 1)) AS "sessionTitle",
              r.name AS room, lower(sl.during) AS start, upper(sl.during) AS "end",
              (SELECT max(version) FROM slide_versions v WHERE v.slot_id = sl.id) AS "currentVersion",
              (SELECT max(uploaded_at) FROM slide_versions v WHERE v.slot_id = sl.id) AS "uploadedAt",
              EXISTS (SELECT 1 FROM public_slides p WHERE p.slot_id = sl.id) AS public,
              lower(sl.during) - make_interval(hours => coalesce((SELECT slides_due_hours_before FROM speaker_settings WHERE event_id = e.id), 48)) AS "dueAt"
         FROM slot_speakers ss JOIN slots sl ON sl.id = ss.slot_id JOIN sessions s ON s.id = sl.session_id
         JOIN events e ON e.id = s.event_id LEFT JOIN rooms r ON r.id = s.room_id
        WHERE ss.user_id = $1 ORDER BY lower(sl.during)`,
      [userId, language],
    );
    const inZone = (date: Date, zone: string) => DateTime.fromJSDate(date).setZone(zone).toISO({ suppressMilliseconds: true })!;
    return rows.map((row: any) => ({
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
