import type { EntityManager } from 'typeorm';

/**
 * A kind of message and how to reload what it is about when it is sent. Domain libraries
 * define their kinds; the worker is given the list.
 */
export interface NotificationKind {
  kind: string;
  /** Templates shared by several kinds (defaults to the kind's own name). */
  template?: string;
  /**
   * What load() needs from the database, as SQL expressions over the claimed row `c` (its columns:
   * `c.event_id`, `c.about`, `c.language`…), evaluated in the statement that claims a batch of rows:
   * no round trip of the kind's own per batch. load() gets their values as `facts`. The SQL is the
   * kind's own code, never data; an expression must not fail on a malformed `about` (it would fail
   * the whole batch), so guard casts with CASE.
   */
  facts?: Record<string, string>;
  /**
   * Transactional (the default): a message a person needs because of something they did or hold
   * (a registration, a role, a password reset). Anything else (reminders, organisers' own messages)
   * sets false: it gets List-Unsubscribe headers and a footer link, and a recipient's opt-out of
   * the kind (per event) discards the next ones.
   */
  transactional?: boolean;
  /** The message's main link, shown as the layout's button; by default the private registration page, else the event page. */
  mainLink?: (context: MailContext) => { url: string; label: Record<string, string> } | undefined;
  /** Why the reader receives this kind, per language, for the footer; a general sentence when absent. */
  reason?: Record<string, string>;
  /** Template data for the message, or null when what it was about no longer exists (it is then discarded). */
  /** `mail` gives the message's links, including the private one its row carries, for kinds that place them in their own words. */
  load(
    manager: EntityManager,
    about: Record<string, string>,
    language: string,
    facts?: Record<string, unknown>,
    mail?: Omit<MailContext, 'data'>,
  ): Promise<Record<string, unknown> | null>;
}

/** What a kind's mainLink() can pick from: the message's links and the data its load() returned. */
export interface MailContext {
  links: { app: string; event: string; manage?: string };
  secret?: string;
  data: Record<string, unknown>;
}

export const NOTIFICATION_KINDS = Symbol('NOTIFICATION_KINDS');
