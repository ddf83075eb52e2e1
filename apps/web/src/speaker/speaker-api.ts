import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type ApiErrorCode, type Schemas, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { dayInZone, formatDay, formatTime } from '../ui/time';

export type MySlot = Schemas['MySlotResponse'];
export type InvitationView = Schemas['InvitationViewResponse'];

export type SlideVersion = Schemas['SlideVersionResponse'];
export type SpeakerProfile = Schemas['SpeakerProfileResponse'];

export const mySlotsKey = ['speaker', 'my-slots'] as const;
export const versionsKey = (slotId: string) => ['speaker', 'slides', slotId] as const;
export const profileKey = ['speaker', 'profile'] as const;

/** The speaker's talks, named in the page's language where the organisers gave it. */
export function useMySlots(enabled = true) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: [...mySlotsKey, language],
    queryFn: () => unwrap(api.GET('/me/slots', { params: { query: { language } } })),
    enabled,
  });
}

export function useSlideVersions(slug: string, slotId: string, enabled = true) {
  return useQuery({
    queryKey: versionsKey(slotId),
    queryFn: () => unwrap(api.GET('/events/{slug}/slots/{slotId}/slides', { params: { path: { slug, slotId } } })),
    enabled,
  });
}

/** Slides are overdue when the due time has passed and nothing has been uploaded. */
export const isOverdue = (slot: MySlot, now = Date.now()) => slot.slides.currentVersion === null && new Date(slot.slides.dueAt).getTime() < now;

/** Why a file was turned away, for the message next to the file input, in the reader's language. */
export function rejectionMessage(error: unknown, t: TFunction): string | undefined {
  return isFileRejection(error) ? errorText(t, error) : undefined;
}

const FILE_REFUSALS: readonly ApiErrorCode[] = [
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_TYPE_REFUSED',
  'UPLOAD_INTERRUPTED',
  'PHOTO_UNREADABLE',
  'FILE_MISSING',
  'MULTIPART_UNREADABLE',
  'BODY_TOO_LARGE',
];

/** Refusals about the file itself (shown by the file input); anything else goes in the page's error box. */
export const isFileRejection = (error: unknown): error is ApiError => error instanceof ApiError && !!error.code && FILE_REFUSALS.includes(error.code);

/** "Tuesday, 29 October 2024, 09:00–09:30" in the event's zone: the day first, then the times. */
export const timeRange = (start: string, end: string, zone: string, language: string) =>
  `${formatDay(dayInZone(start, zone), language)}, ${formatTime(start, zone, language)}–${formatTime(end, zone, language)}`;

export const unavailabilityKey = (slug: string) => ['speaker', 'unavailability', slug] as const;

export function useMyUnavailability(slug: string) {
  return useQuery({
    queryKey: unavailabilityKey(slug),
    queryFn: () => unwrap(api.GET('/events/{slug}/speaker-availability/me', { params: { path: { slug } } })),
  });
}

export function setMyUnavailability(slug: string, times: { start: string; end: string }[]) {
  return unwrap(api.PUT('/events/{slug}/speaker-availability/me', { params: { path: { slug } }, body: { times } }));
}
