import type { EntityManager } from 'typeorm';

/** A delegate who follows sessions, with the ones a programme change concerns. */
export interface SessionFollower {
  email: string;
  name: string;
  language: string;
  sessionIds: string[];
}

/** A delegate's sign-up for a session deleted since the last publication. */
export interface WithdrawnSignUp {
  registrationId: string;
  sessionId: string;
}

/**
 * The delegates' side of the programme. Agendas belong to the registration library, which binds this
 * port; the programme asks it instead of reading registration's tables (and registration, which takes
 * seats through the programme, is not imported back).
 */
export abstract class SessionAudience {
  /** Confirmed delegates signed up for any of the sessions, or whose sign-up was withdrawn, on the caller's transaction. */
  abstract followersOf(manager: EntityManager, eventId: string, sessionIds: string[], withdrawn: WithdrawnSignUp[]): Promise<SessionFollower[]>;

  /** Pairs of the event's sessions (a < b) that some delegates signed up for both, with how many. */
  abstract sharedSignUps(eventId: string): Promise<{ a: string; b: string; delegates: number }[]>;
}
