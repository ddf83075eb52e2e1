import type { Translations } from '@app/config';

/**
 * A published programme, frozen: what the public exports are built from. Times are ISO 8601
 * instants in UTC; they are shown in `event.timeZone`.
 */
export interface ProgrammeSnapshot {
  event: {
    id: string;
    slug: string;
    name: string;
    description: string;
    timeZone: string;
    startDate: string;
    endDate: string;
    languages: string[];
    city: string;
    venue: string;
    /** name, description and venue in the event's other languages. Absent in versions published before they were kept. */
    translations?: Translations;
  };
  /** locationNote and translations (name, locationNote): absent in versions published before they were kept. */
  rooms: { id: string; name: string; capacity: number; locationNote?: string; translations?: Translations }[];
  tracks: { id: string; name: string; colour: string; translations?: Translations }[];
  sessions: SnapshotSession[];
}

export const SESSION_TYPES = ['plenary', 'parallel', 'workshop', 'panel', 'ceremony', 'break', 'social'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export interface SnapshotSession {
  id: string;
  /** Unique positive integer, for formats that want one. */
  number: number;
  type: SessionType;
  /** Per language, e.g. { en: '…', vi: '…' }. */
  title: Record<string, string>;
  abstract: Record<string, string>;
  trackId: string | null;
  roomId: string | null;
  start: string;
  end: string;
  seatLimit: number | null;
  chairs: string[];
  slots: SnapshotSlot[];
  /**
   * For registered delegates only: no public export reads it. The session's own stream and channels, else its
   * room's. Absent in versions published before it existed.
   */
  access?: SessionAccess;
  /** The session's own, without its room's: what the organisers' form edits. Only in drafts. */
  ownAccess?: SessionAccess;
  /** ISO 639-1 codes of the languages it is spoken in. Absent in versions published before it existed. */
  languages?: string[];
}

/** A language a session is interpreted into, by a link to listen on or a radio channel in the room. */
export interface InterpretationChannel {
  language: string;
  link?: string;
  channel?: string;
}

export interface SessionAccess {
  streamUrl: string | null;
  interpretation: InterpretationChannel[];
}

export interface SnapshotSlot {
  id: string;
  title: string;
  /** The title in the event's other languages. Absent in versions published before talks had them. */
  translations?: Record<string, { title?: string }>;
  start: string;
  end: string;
  speakers: { userId: string; name: string }[];
}

export interface PublishedProgramme {
  version: number;
  publishedAt: string;
  snapshot: ProgrammeSnapshot;
}

/** The title in the first of `languages` it exists in, else any. */
export function localised(texts: Record<string, string>, languages: string[]): string {
  for (const language of languages) if (texts[language]) return texts[language];
  return Object.values(texts)[0] ?? '';
}
