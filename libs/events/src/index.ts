export { EventDetailResponse } from './dto/event-detail.response.js';
export { IsCalendarDate, TimeOfDay } from './dto/validators.js';
export { CreateEventDto, DuplicateEventDto, EventSummaryResponse, UpdateEventDto } from './dto/event.dto.js';
export { CreateRoomDto, RoomResponse, UpdateRoomDto } from './dto/room.dto.js';
export { CreateTrackDto, TrackResponse, UpdateTrackDto } from './dto/track.dto.js';
export { EventEntity } from './event.entity.js';
export { EventCache } from './event-cache.js';
export { EventsModule } from './events.module.js';
export { EventsService, type EventWithVenues, type VenueMap } from './events.service.js';
export { RoomEntity } from './room.entity.js';
export { TrackEntity } from './track.entity.js';
export { DEMO_EVENT_SLUG, insertDemoEvent } from './demo-event.js';
export { DEMO_ICLC_SLUG, insertDemoIclcEvent } from './demo-iclc-event.js';
export { EVENT_NOTIFICATION_KINDS } from './event-notifications.js';
export { EventsError, type EventsErrorCode } from './events.error.js';
export { eventDirectory, type EventDetails, type EventFacts, type RoomFacts, type TrackFacts } from './event-directory.js';
export { EventIdentityResponse, SetSignatoriesDto, SignatoryDto, SignatoryResponse, UpdateEventIdentityDto } from './dto/identity.dto.js';
export { EventIdentityService } from './identity/event-identity.service.js';
export { IDENTITY_IMAGE_MAX_BYTES, type IdentityImageUpload } from './identity/identity-image.js';
export {
  EVENT_TRANSLATABLE,
  NAME_TRANSLATABLE,
  ROOM_TRANSLATABLE,
  ReadingLanguageQuery,
  TranslationsField,
  TranslationsResponse,
} from './dto/translations.dto.js';
export { assertReadableIn, assertTranslatable } from './event-languages.js';
export { AccessFieldsDto, InterpretationChannelDto, RoomAccessResponse } from './dto/access.dto.js';
export { type Access, cleanInterpretation, effectiveAccess, type InterpretationChannel, type RoomAccess } from './access/interpretation.js';
