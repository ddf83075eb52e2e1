import type { EntityManager } from 'typeorm';

/** What a mail's layout says of the event it belongs to. */
export interface MailEvent {
  id: string;
  slug: string;
  name: string;
  city: string;
  venue: string;
  time_zone: string;
  start_date: string;
  end_date: string;
  languages: string[];
  organiser: string;
  /** From an event identity, when the events table has one. */
  logo_url: string | null;
  /** The organiser's name and venue in the event's other languages. */
  translations?: Record<string, { name?: string; venue?: string }>;
}

/**
 * The events' side of mail. Events belong to the events library, which binds this port; notifications
 * ask it instead of reading the events table (events imports notifications, so not the other way).
 */
export abstract class MailEvents {
  /** By id, one query on the caller's manager; an id with no event is absent. */
  abstract byIds(manager: EntityManager, ids: string[]): Promise<Map<string, MailEvent>>;
}
