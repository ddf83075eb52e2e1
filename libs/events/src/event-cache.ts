import { Injectable } from '@nestjs/common';
import type { EventHeading } from '@app/auth';
import { NotifiedCache } from '@app/database';
import { DataSource } from 'typeorm';
import type { EventWithVenues } from './events.service.js';

/**
 * Events by slug and their public details, in memory, so that the anonymous reads of an event (its page,
 * its programme, the 304s of its exports) cost no SQL for the event itself. Any change to the event, its
 * rooms or tracks is heard from the trigger's NOTIFY at commit (a renamed slug drops the old one too);
 * the writing process forgets at once. Callers must not change what they are given: it is shared.
 */
@Injectable()
export class EventCache extends NotifiedCache<EventHeading | EventWithVenues> {
  constructor(dataSource: DataSource) {
    super(dataSource, { channel: 'plenary_event_changed', hearingTtlMs: 30_000, deafTtlMs: 1_000 });
  }

  async heading(slug: string, load: () => Promise<EventHeading | undefined>): Promise<EventHeading | undefined> {
    return (await this.get(`slug\u0000${slug}`, async () => {
      const event = await load();
      return event && { value: event, owner: event.id };
    })) as EventHeading | undefined;
  }

  /** The event of this slug if it is in memory and fresh, else undefined (then `heading` looks it up). */
  knownHeading(slug: string): EventHeading | undefined {
    return this.peek(`slug\u0000${slug}`) as EventHeading | undefined;
  }

  async detail(eventId: string, load: () => Promise<EventWithVenues>): Promise<EventWithVenues> {
    return (await this.get(`detail\u0000${eventId}`, async () => ({ value: await load(), owner: eventId }))) as EventWithVenues;
  }
}
