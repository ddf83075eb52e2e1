import type { EventRole } from './event-role.js';
import { AuthError } from './auth.error.js';

/** Just enough to name an event, for internal callers that act on no one's behalf (worker jobs, reminders). */
export interface EventRef {
  id: string;
  slug: string;
}

/**
 * The event a request is about, resolved once from the route's `:slug` by the access guard, with what the
 * caller may do there. Services take it instead of a slug so they neither look the event up again nor
 * re-derive the caller's roles.
 */
export interface EventContext extends EventRef {
  name: string;
  timeZone: string;
  /** ISO dates (YYYY-MM-DD) in the event's time zone. */
  startDate: string;
  endDate: string;
  languages: string[];
  /** The caller's roles on this event; none for anonymous callers. */
  roles: EventRole[];
  isPlatformAdmin: boolean;
}

/** Platform admins hold every role on every event. */
export function holdsEventRole(event: EventContext, ...roles: EventRole[]): boolean {
  return event.isPlatformAdmin || roles.some((role) => event.roles.includes(role));
}

export function requireEventRole(event: EventContext, ...roles: EventRole[]): void {
  if (!holdsEventRole(event, ...roles)) {
    throw new AuthError('FORBIDDEN_ROLE', `This needs the ${roles.join(' or ')} role on event "${event.slug}"`, { roles, slug: event.slug });
  }
}
