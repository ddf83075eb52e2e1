import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from './auth-user.js';
import type { EventRole } from './event-role.js';
import { AuthError } from './auth.error.js';
import { type EventContext, requireEventRole } from './event-context.js';

/** Resolves the event named in a request, with the caller's roles on it, in one query. */
@Injectable()
export class EventAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** `user` undefined is an anonymous caller: no roles. */
  async context(slug: string | undefined, user: AuthUser | undefined): Promise<EventContext> {
    const [row]: Omit<EventContext, 'isPlatformAdmin'>[] = await this.dataSource.query(
      `SELECT e.id, e.slug, e.name, e.time_zone AS "timeZone",
              to_char(e.start_date, 'YYYY-MM-DD') AS "startDate", to_char(e.end_date, 'YYYY-MM-DD') AS "endDate",
              e.languages, COALESCE(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
         FROM events e LEFT JOIN event_roles r ON r.event_id = e.id AND r.user_id = $2
        WHERE e.slug = $1
        GROUP BY e.id`,
      [slug ?? '', user?.id ?? null],
    );
    if (!row) throw new AuthError('EVENT_NOT_FOUND', `No event with slug "${slug}"`, { slug });
    return { ...row, isPlatformAdmin: user?.isPlatformAdmin ?? false };
  }

  async require(user: AuthUser, slug: string | undefined, roles: EventRole[]): Promise<EventContext> {
    const event = await this.context(slug, user);
    requireEventRole(event, ...roles);
    return event;
  }
}
