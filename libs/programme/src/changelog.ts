import type { ProgrammeSnapshot, SnapshotSession } from './programme-snapshot.js';

export type ChangeKind = 'added' | 'cancelled' | 'moved' | 're-roomed' | 'speakers-changed' | 'retitled' | 'access-changed';

export interface ChangelogEntry {
  sessionId: string;
  kind: ChangeKind;
  title: Record<string, string>;
  before?: { start: string; end: string; roomId: string | null; speakers?: string[] };
  after?: { start: string; end: string; roomId: string | null; speakers?: string[] };
}

const speakersOf = (session: SnapshotSession) => [...new Set(session.slots.flatMap((slot) => slot.speakers.map((speaker) => speaker.userId)))].sort();
const place = (session: SnapshotSession, withSpeakers = false) => ({
  start: session.start,
  end: session.end,
  roomId: session.roomId,
  ...(withSpeakers ? { speakers: speakersOf(session) } : {}),
});

const accessOf = (session: SnapshotSession) => JSON.stringify(session.access ?? { streamUrl: null, interpretation: [] });

/** What changed between two published versions, session by session (the first version: all added). */
export function computeChangelog(previous: ProgrammeSnapshot | null, next: ProgrammeSnapshot): ChangelogEntry[] {
  const before = new Map((previous?.sessions ?? []).map((session) => [session.id, session]));
  const after = new Map(next.sessions.map((session) => [session.id, session]));
  const entries: ChangelogEntry[] = [];
  for (const session of next.sessions) {
    const old = before.get(session.id);
    if (!old) {
      entries.push({ sessionId: session.id, kind: 'added', title: session.title, after: place(session) });
      continue;
    }
    if (old.start !== session.start || old.end !== session.end)
      entries.push({ sessionId: session.id, kind: 'moved', title: session.title, before: place(old), after: place(session) });
    if (old.roomId !== session.roomId)
      entries.push({ sessionId: session.id, kind: 're-roomed', title: session.title, before: place(old), after: place(session) });
    if (speakersOf(old).join() !== speakersOf(session).join()) {
      entries.push({ sessionId: session.id, kind: 'speakers-changed', title: session.title, before: place(old, true), after: place(session, true) });
    }
    // Only that it changed: the links themselves stay out of the changelog, which organisers' pages list.
    if (accessOf(old) !== accessOf(session))
      entries.push({ sessionId: session.id, kind: 'access-changed', title: session.title, before: place(old), after: place(session) });
    if (JSON.stringify(old.title) !== JSON.stringify(session.title))
      entries.push({ sessionId: session.id, kind: 'retitled', title: session.title, before: place(old), after: place(session) });
  }
  for (const old of previous?.sessions ?? []) {
    if (!after.has(old.id)) entries.push({ sessionId: old.id, kind: 'cancelled', title: old.title, before: place(old) });
  }
  return entries;
}

/** Everyone who speaks in a session, before or after the change. */
export function speakersAffected(changelog: ChangelogEntry[], previous: ProgrammeSnapshot | null, next: ProgrammeSnapshot): Map<string, Set<string>> {
  const changed = new Set(changelog.map((entry) => entry.sessionId));
  const bySpeaker = new Map<string, Set<string>>();
  for (const snapshot of [previous, next]) {
    for (const session of snapshot?.sessions ?? []) {
      if (!changed.has(session.id)) continue;
      for (const speaker of speakersOf(session)) {
        if (!bySpeaker.has(speaker)) bySpeaker.set(speaker, new Set());
        bySpeaker.get(speaker)!.add(session.id);
      }
    }
  }
  return bySpeaker;
}
