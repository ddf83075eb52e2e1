import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';

export type SessionType = Schemas['SessionResponse']['type'];
export const SESSION_TYPES: SessionType[] = ['plenary', 'parallel', 'workshop', 'panel', 'ceremony', 'break', 'social'];

/** Times are ISO 8601 with the event's offset: the first 16 characters are the wall-clock time in the event's zone. */
export type Slot = Schemas['SlotResponse'];
export type Session = Schemas['SessionResponse'];
/** Local times in the event's zone, e.g. 2024-10-29T09:00 */
export type SessionInput = Schemas['CreateSessionDto'];
export type SlotInput = Schemas['CreateSlotDto'];
export type ProgrammeWarning = Schemas['ProgrammeWarningResponse'];
export type WarningKind = ProgrammeWarning['kind'];
export type ChangelogEntry = Schemas['ChangelogEntryResponse'];
export type ChangeKind = ChangelogEntry['kind'];
export type Preview = Schemas['ProgrammePreviewResponse'];
export type PublishedVersion = Schemas['PublishedVersionResponse'];
export type EventDetail = Schemas['EventDetailResponse'];
export type Speaker = Schemas['SlotSpeakerResponse'];

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
    queryFn: () => unwrap(api.GET('/events/{slug}/sessions', at(slug))),
    staleTime: 0,
  });
}

export function useWarnings(slug: string) {
  return useQuery({
    queryKey: keys.warnings(slug),
    queryFn: () => unwrap(api.GET('/events/{slug}/programme/warnings', at(slug))),
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
    queryFn: () => unwrap(api.GET('/events/{slug}/programme/versions', at(slug))),
    staleTime: 0,
  });
}

export function fetchPreview(slug: string): Promise<Preview> {
  return unwrap(api.GET('/events/{slug}/programme/preview', at(slug)));
}

export function publish(slug: string): Promise<PublishedVersion> {
  return unwrap(api.POST('/events/{slug}/programme/publish', at(slug)));
}

export function createSession(slug: string, body: SessionInput): Promise<Session> {
  return unwrap(api.POST('/events/{slug}/sessions', { ...at(slug), body }));
}

export function updateSession(slug: string, sessionId: string, body: Partial<SessionInput>): Promise<Session> {
  return unwrap(api.PATCH('/events/{slug}/sessions/{sessionId}', { params: { path: { slug, sessionId } }, body }));
}

export async function deleteSession(slug: string, sessionId: string): Promise<void> {
  await unwrap(api.DELETE('/events/{slug}/sessions/{sessionId}', { params: { path: { slug, sessionId } } }));
}

export function addSlot(slug: string, sessionId: string, body: SlotInput): Promise<Session> {
  return unwrap(api.POST('/events/{slug}/sessions/{sessionId}/slots', { params: { path: { slug, sessionId } }, body }));
}

export function updateSlot(slug: string, sessionId: string, slotId: string, body: Partial<SlotInput>): Promise<Session> {
  return unwrap(api.PATCH('/events/{slug}/sessions/{sessionId}/slots/{slotId}', { params: { path: { slug, sessionId, slotId } }, body }));
}

export function deleteSlot(slug: string, sessionId: string, slotId: string): Promise<Session> {
  return unwrap(api.DELETE('/events/{slug}/sessions/{sessionId}/slots/{slotId}', { params: { path: { slug, sessionId, slotId } } }));
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

export const availabilityKey = (slug: string) => ['programme', slug, 'speaker-availability'] as const;

export function useSpeakerAvailability(slug: string) {
  return useQuery({
    queryKey: availabilityKey(slug),
    queryFn: () => unwrap(api.GET('/events/{slug}/speaker-availability', at(slug))),
    staleTime: 0,
  });
}

export function setSpeakerAvailability(slug: string, userId: string, times: { start: string; end: string }[]) {
  return unwrap(api.PUT('/events/{slug}/speaker-availability/{userId}', { params: { path: { slug, userId } }, body: { times } }));
}
