import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from './auth-user.js';
import type { EventRole } from './event-role.js';
import { AuthError } from './auth.error.js';
import { type EventContext, requireEventRole } from './event-context.js';
import { EventLookup } from './event-lookup.js';

/** Resolves the event named in a request, with the caller's roles on it: one query to the events, one to the roles. */
@Injectable()
export class EventAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLookup,
  ) {}

  /** `user` undefined is an anonymous caller: no roles. */
  async context(slug: string | undefined, user: AuthUser | undefined): Promise<EventContext> {
    const event = await this.events.bySlug(this.dataSource.manager, slug ?? '');
    if (!event) throw new AuthError('EVENT_NOT_FOUND', `No event with slug "${slug}"`, { slug });
    const roles: { role: EventRole }[] = user
      ? await this.dataSource.query(`SELECT role FROM event_roles WHERE event_id = $1 AND user_id = $2 ORDER BY role`, [event.id, user.id])
      : [];
    return { ...event, roles: roles.map((row) => row.role), isPlatformAdmin: user?.isPlatformAdmin ?? false };
  }

  async require(user: AuthUser, slug: string | undefined, roles: EventRole[]): Promise<EventContext> {
    const event = await this.context(slug, user);
    requireEventRole(event, ...roles);
    return event;
  }
}
