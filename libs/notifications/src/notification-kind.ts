import type { EntityManager } from 'typeorm';

/**
 * A kind of message and how to reload what it is about when it is sent. Domain libraries
 * define their kinds; the worker is given the list.
 */
export interface NotificationKind {
  kind: string;
  /** Templates shared by several kinds (defaults to the kind's own name). */
  template?: string;
  /** Template data for the message, or null when what it was about no longer exists (it is then discarded). */
  load(manager: EntityManager, about: Record<string, string>, language: string): Promise<Record<string, unknown> | null>;
}

export const NOTIFICATION_KINDS = Symbol('NOTIFICATION_KINDS');
