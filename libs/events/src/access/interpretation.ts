import { EventsError } from '../events.error.js';

export interface InterpretationChannel {
  language: string;
  link?: string;
  channel?: string;
}

export interface Access {
  streamUrl: string | null;
  interpretation: InterpretationChannel[];
}

export interface RoomAccess extends Access {
  roomId: string;
}

/** Each channel keeps only what was given; one with neither a link nor a channel tells a delegate nothing. */
export function cleanInterpretation(channels: InterpretationChannel[] | undefined): InterpretationChannel[] | undefined {
  return channels?.map(({ language, link, channel }, index) => {
    if (!link && !channel)
      throw new EventsError('INTERPRETATION_NEEDS_LINK_OR_CHANNEL', `interpretation.${index} (${language}) needs a link or a channel`, { language });
    return { language, ...(link ? { link } : {}), ...(channel ? { channel } : {}) };
  });
}

/** What a delegate follows a session by: its own stream and channels, else its room's. */
export function effectiveAccess(own: Access, room: Access | undefined): Access {
  return {
    streamUrl: own.streamUrl ?? room?.streamUrl ?? null,
    interpretation: own.interpretation.length > 0 ? own.interpretation : (room?.interpretation ?? []),
  };
}
