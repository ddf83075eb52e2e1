import { api, type Schemas, unwrap } from '../api/client';

export type PublicSpeaker = Schemas['PublicSpeakerResponse'];

export const speakersQuery = (slug: string) => ({
  queryKey: ['speakers', slug],
  queryFn: () => unwrap(api.GET('/events/{slug}/speakers', { params: { path: { slug } } })),
});

/** The biography in the reader's language, else in the first of the event's languages that has one. */
export function biographyOf(speaker: PublicSpeaker, language: string, languages: string[]): string {
  for (const candidate of [language, ...languages]) if (speaker.biography[candidate]) return speaker.biography[candidate];
  return Object.values(speaker.biography)[0] ?? '';
}

export const photoUrl = (speaker: { userId: string }) => `/speakers/${speaker.userId}/photo`;
