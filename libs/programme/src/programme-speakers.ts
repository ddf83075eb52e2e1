import type { ProgrammeSnapshot } from './programme-snapshot.js';

export interface ProgrammeSpeaker {
  userId: string;
  name: string;
  /** The sessions they speak in, in start order. */
  sessionIds: string[];
}

/** Everyone who speaks in a published programme, by name, with their sessions. */
export function programmeSpeakers(snapshot: ProgrammeSnapshot): ProgrammeSpeaker[] {
  const speakers = new Map<string, ProgrammeSpeaker>();
  const sessions = [...snapshot.sessions].sort((a, b) => a.start.localeCompare(b.start));
  for (const session of sessions) {
    for (const slot of session.slots) {
      for (const speaker of slot.speakers) {
        const known = speakers.get(speaker.userId) ?? { userId: speaker.userId, name: speaker.name, sessionIds: [] };
        if (!known.sessionIds.includes(session.id)) known.sessionIds.push(session.id);
        speakers.set(speaker.userId, known);
      }
    }
  }
  return [...speakers.values()].sort((a, b) => a.name.localeCompare(b.name));
}
