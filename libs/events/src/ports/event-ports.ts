import { Injectable } from '@nestjs/common';
import { EventLookup, type EventHeading } from '@app/auth';
import { MailEvents, type MailEvent, preparedQuery } from '@app/notifications';
import type { EntityManager } from 'typeorm';
import { EventCache } from '../event-cache.js';

/** What access checks need of events, for auth (bound in EventsModule). */
@Injectable()
export class EventsForAccess extends EventLookup {
  constructor(private readonly cache: EventCache) {
    super();
  }

  /** Outside a transaction, from memory once read; inside one, what that transaction sees. */
  async bySlug(manager: EntityManager, slug: string): Promise<EventHeading | undefined> {
    if (manager.queryRunner?.isTransactionActive) return this.read(manager, slug);
    return this.cache.heading(slug, () => this.read(manager, slug));
  }

  private async read(manager: EntityManager, slug: string): Promise<EventHeading | undefined> {
    const [event]: EventHeading[] = await manager.query(
      `SELECT id, slug, name, time_zone AS "timeZone", to_char(start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(end_date, 'YYYY-MM-DD') AS "endDate", languages
         FROM events WHERE slug = $1`,
      [slug],
    );
    return event;
  }

  /** In the order of the slugs. */
  async slugsOf(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; slug: string }[] = await manager.query(`SELECT id, slug FROM events WHERE id = ANY($1::uuid[]) ORDER BY slug`, [
      [...new Set(ids)],
    ]);
    return new Map(rows.map((row) => [row.id, row.slug]));
  }
}

/** What a mail's layout says of its event, for notifications (bound in EventsModule). */
@Injectable()
export class EventsForMail extends MailEvents {
  async byIds(manager: EntityManager, ids: string[]): Promise<Map<string, MailEvent>> {
    if (ids.length === 0) return new Map();
    // The worker asks for every batch of messages: a prepared statement, planned once per connection.
    const rows = await preparedQuery<MailEvent>(
      manager,
      'plenary_mail_events',
      `SELECT id, slug, name, city, venue, time_zone, start_date::text AS start_date, end_date::text AS end_date, languages, organiser,
              to_jsonb(e)->>'logo_url' AS logo_url, translations
         FROM events e WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
