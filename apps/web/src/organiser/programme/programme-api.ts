import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';

/**
 * The programme endpoints, typed by hand where the OpenAPI document only describes them in words
 * (preview, versions, warnings) or too loosely (titles, speakers).
 */
export type SessionType = Schemas['SessionResponse']['type'];
export const SESSION_TYPES: SessionType[] = ['plenary', 'parallel', 'workshop', 'panel', 'ceremony', 'break', 'social'];

export interface Slot {
  id: string;
  title: string;
  /** ISO 8601 with the event's offset: the first 16 characters are the wall-clock time in the event's zone. */
  start: string;
  end: string;
  speakers: { userId: string; name: string }[];
}

export interface Session {
  id: string;
  number: number;
  type: SessionType;
  title: Record<string, string>;
  abstract: Record<string, string>;
  trackId: string | null;
  roomId: string | null;
  start: string;
  end: string;
  seatLimit: number | null;
  chairs: string[];
  slots: Slot[];
}

export interface SessionInput {
  type: SessionType;
  title: Record<string, string>;
  trackId: string | null;
  roomId: string | null;
  /** Local times in the event's zone, e.g. 2024-10-29T09:00 */
  start: string;
  end: string;
  seatLimit?: number;
  chairs: string[];
}

export interface SlotInput {
  title: string;
  start: string;
  durationMinutes: number;
  speakerIds: string[];
}

export type WarningKind = 'speaker-room-change' | 'seat-limit-above-capacity' | 'agenda-overlap' | 'no-chair';
export interface ProgrammeWarning {
  kind: WarningKind;
  message: string;
  sessionIds: string[];
}

export type ChangeKind = 'added' | 'cancelled' | 'moved' | 're-roomed' | 'speakers-changed' | 'retitled';
interface Place {
  /** UTC instants */
  start: string;
  end: string;
  roomId: string | null;
  speakers?: string[];
}
export interface ChangelogEntry {
  sessionId: string;
  kind: ChangeKind;
  title: Record<string, string>;
  before?: Place;
  after?: Place;
}
export interface Preview {
  nextVersion: number;
  changelog: ChangelogEntry[];
}
export interface PublishedVersion {
  version: number;
  publishedAt: string;
  changelog: ChangelogEntry[];
}

export type EventDetail = Schemas['EventDetailResponse'];
export interface Speaker {
  userId: string;
  name: string;
}

export const keys = {
  event: (slug: string) => ['programme', slug, 'event'] as const,
  sessions: (slug: string) => ['programme', slug, 'sessions'] as const,
  warnings: (slug: string) => ['programme', slug, 'warnings'] as const,
  speakers: (slug: string) => ['programme', slug, 'speakers'] as const,
  preview: (slug: string) => ['programme', slug, 'preview'] as const,
  versions: (slug: string) => ['programme', slug, 'versions'] as const,
};

const at = (slug: string) => ({ params: { path: { slug } } });

export function useEvent(slug: string) {
  return useQuery({ queryKey: keys.event(slug), queryFn: () => unwrap(api.GET('/events/{slug}', at(slug))) });
}

export function useSessions(slug: string) {
  return useQuery({
    queryKey: keys.sessions(slug),
    queryFn: async () => (await unwrap(api.GET('/events/{slug}/sessions', at(slug)))) as unknown as Session[],
    staleTime: 0,
  });
}

export function useWarnings(slug: string) {
  return useQuery({
    queryKey: keys.warnings(slug),
    queryFn: async () => (await unwrap(api.GET('/events/{slug}/programme/warnings', at(slug)))) as unknown as ProgrammeWarning[],
    staleTime: 0,
  });
}

export function useSpeakers(slug: string) {
  return useQuery({
    queryKey: keys.speakers(slug),
    queryFn: async (): Promise<Speaker[]> => {
      const roles = await unwrap(api.GET('/events/{slug}/roles', at(slug)));
      return roles
        .filter((role) => role.role === 'speaker')
        .map((role) => ({ userId: role.userId, name: role.displayName }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  });
}

export function useVersions(slug: string) {
  return useQuery({
    queryKey: keys.versions(slug),
    queryFn: async () => (await unwrap(api.GET('/events/{slug}/programme/versions', at(slug)))) as unknown as PublishedVersion[],
    staleTime: 0,
  });
}

export async function fetchPreview(slug: string): Promise<Preview> {
  return (await unwrap(api.GET('/events/{slug}/programme/preview', at(slug)))) as unknown as Preview;
}

export async function publish(slug: string): Promise<PublishedVersion> {
  return (await unwrap(api.POST('/events/{slug}/programme/publish', at(slug)))) as unknown as PublishedVersion;
}

// The generated types say Record<string, never> for free-form objects; the API takes { language: text } and uuids.
type Loose = any;

export async function createSession(slug: string, body: SessionInput): Promise<Session> {
  return (await unwrap(api.POST('/events/{slug}/sessions', { ...at(slug), body: body as Loose }))) as unknown as Session;
}

export async function updateSession(slug: string, sessionId: string, body: Partial<SessionInput>): Promise<Session> {
  return (await unwrap(
    api.PATCH('/events/{slug}/sessions/{sessionId}', { params: { path: { slug, sessionId } }, body: body as Loose }),
  )) as unknown as Session;
}

export async function deleteSession(slug: string, sessionId: string): Promise<void> {
  await unwrap(api.DELETE('/events/{slug}/sessions/{sessionId}', { params: { path: { slug, sessionId } } }));
}

export async function addSlot(slug: string, sessionId: string, body: SlotInput): Promise<Session> {
  return (await unwrap(api.POST('/events/{slug}/sessions/{sessionId}/slots', { params: { path: { slug, sessionId } }, body }))) as unknown as Session;
}

export async function updateSlot(slug: string, sessionId: string, slotId: string, body: Partial<SlotInput>): Promise<Session> {
  return (await unwrap(
    api.PATCH('/events/{slug}/sessions/{sessionId}/slots/{slotId}', { params: { path: { slug, sessionId, slotId } }, body }),
  )) as unknown as Session;
}

export async function deleteSlot(slug: string, sessionId: string, slotId: string): Promise<Session> {
  return (await unwrap(api.DELETE('/events/{slug}/sessions/{sessionId}/slots/{slotId}', { params: { path: { slug, sessionId, slotId } } }))) as unknown as Session;
}

/** After any change: the draft, its warnings and the publish preview are out of date. */
export function useRefreshProgramme(slug: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.sessions(slug) }),
      client.invalidateQueries({ queryKey: keys.warnings(slug) }),
      client.invalidateQueries({ queryKey: keys.preview(slug) }),
    ]);
}

/** The wall-clock parts of an ISO time with the event's offset (2024-10-29T09:00:00+07:00). */
export const localDay = (iso: string) => iso.slice(0, 10);
export const localTime = (iso: string) => iso.slice(11, 16);
export const minutesOfDay = (iso: string) => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));

/** Every date from start to end (YYYY-MM-DD, inclusive). */
export function eventDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  const cursor = new Date(`${startDate.slice(0, 10)}T00:00:00Z`);
  const last = new Date(`${endDate.slice(0, 10)}T00:00:00Z`);
  while (cursor <= last && days.length < 60) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/** The title in the reader's language, else the event's first language, else any. */
export function titleOf(title: Record<string, string>, language: string, fallbacks: string[] = []): string {
  for (const candidate of [language, ...fallbacks, 'en']) if (title[candidate]) return title[candidate];
  return Object.values(title)[0] ?? '';
}
