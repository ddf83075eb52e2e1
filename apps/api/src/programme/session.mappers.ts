import { type SessionResponse, showIn, type SnapshotSession } from '@app/programme';

export function toSessionResponse(session: SnapshotSession, timeZone: string): SessionResponse {
  return {
    id: session.id,
    number: session.number,
    type: session.type,
    title: session.title,
    abstract: session.abstract,
    trackId: session.trackId,
    roomId: session.roomId,
    start: showIn(session.start, timeZone),
    end: showIn(session.end, timeZone),
    seatLimit: session.seatLimit,
    chairs: session.chairs,
    slots: session.slots.map((slot) => ({
      ...slot,
      translations: slot.translations ?? {},
      start: showIn(slot.start, timeZone),
      end: showIn(slot.end, timeZone),
    })),
    streamUrl: session.ownAccess?.streamUrl ?? null,
    interpretation: session.ownAccess?.interpretation ?? [],
    languages: session.languages ?? [],
  };
}
