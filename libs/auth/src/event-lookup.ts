import type { EntityManager } from 'typeorm';
import type { EventContext } from './event-context.js';

/** An event as a request's context names it, before the caller's roles are added. */
export type EventHeading = Omit<EventContext, 'roles' | 'isPlatformAdmin'>;

/**
 * The events' side of access checks. Events belong to the events library, which binds this port; auth
 * asks it instead of reading the events table (events imports auth, so auth cannot import it back).
 */
export abstract class EventLookup {
  /** The event with this slug, on the caller's manager; undefined when there is none. */
  abstract bySlug(manager: EntityManager, slug: string): Promise<EventHeading | undefined>;

  /** Slugs by event id, one query. */
  abstract slugsOf(manager: EntityManager, ids: string[]): Promise<Map<string, string>>;
}
