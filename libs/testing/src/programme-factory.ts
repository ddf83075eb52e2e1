import type { ProgrammeSnapshot, PublishedProgramme, SnapshotSession } from '@app/programme';

/** A session of a published snapshot; times are UTC instants as the snapshot stores them. */
export function snapshotSession(number: number, start: string, end: string, extra: Partial<SnapshotSession> = {}): SnapshotSession {
  return {
    id: `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`,
    number,
    type: 'parallel',
    title: { en: `Session ${number}` },
    abstract: {},
    trackId: null,
    roomId: null,
    start,
    end,
    seatLimit: null,
    chairs: [],
    slots: [],
    ...extra,
  };
}

/** A published version of a small programme; override any part of the snapshot. */
export function publishedProgramme(
  snapshot: Partial<Omit<ProgrammeSnapshot, 'event'>> & { event?: Partial<ProgrammeSnapshot['event']> },
  version = 1,
): PublishedProgramme {
  return {
    version,
    publishedAt: '2024-10-01T08:00:00.000Z',
    snapshot: {
      rooms: [],
      tracks: [],
      sessions: [],
      ...snapshot,
      event: {
        id: '11111111-1111-4111-8111-111111111111',
        slug: 'learning-cities-2024',
        name: 'ASEAN+3 Learning Cities',
        description: '',
        timeZone: 'Asia/Bangkok',
        startDate: '2024-10-29',
        endDate: '2024-10-30',
        languages: ['en', 'vi'],
        city: 'Bangkok',
        venue: 'Queen Sirikit Centre',
        ...snapshot.event,
      },
    },
  };
}
