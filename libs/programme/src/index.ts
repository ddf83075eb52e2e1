export { type ChangeKind } from './changelog.js';
export {
  CreateSessionDto,
  CreateSlotDto,
  LOCALISED_TEXT,
  SessionResponse,
  SlotResponse,
  SlotSpeakerResponse,
  UpdateSessionDto,
  UpdateSlotDto,
} from './dto/session.dto.js';
export {
  TimetableDayResponse,
  TimetableEventResponse,
  TimetableResponse,
  TimetableRoomResponse,
  TimetableSessionResponse,
  TimetableSlotResponse,
  TimetableTrackResponse,
} from './dto/timetable.dto.js';
export { EXPORT_ENCODINGS, type ExportBytes, type ExportEncoding } from './exports/export-bytes.js';
export { type ExportVariant, ScheduleExportCache, type ScheduleFormat } from './exports/schedule-export-cache.js';
export { exportLanguage, exportVariant, ScheduleExportsService } from './exports/schedule-exports.service.js';
export { scheduleIcs } from './exports/schedule-ics.js';
export { scheduleJson } from './exports/schedule-json.js';
export { scheduleXml } from './exports/schedule-xml.js';
export { buildTimetable } from './exports/timetable.js';
export { PROGRAMME_NOTIFICATION_KINDS } from './programme-notifications.js';
export {
  type InterpretationChannel,
  localised,
  type ProgrammeSnapshot,
  type PublishedProgramme,
  type SessionAccess,
  type SnapshotSession,
} from './programme-snapshot.js';
export { ProgrammeModule } from './programme.module.js';
export { ProgrammeService } from './programme.service.js';
export { PublishingService } from './publishing.service.js';
export { showIn } from './session-time.js';
export { WarningsService, type ProgrammeWarning } from './warnings.service.js';
export { type DemoProgramme, type DemoVenue, insertDemoProgramme } from './demo-programme.js';
export { IMPORT_COLUMNS, ProgrammeImportService } from './programme-import.service.js';
export { ProgrammeError, type ProgrammeErrorCode } from './programme.error.js';
export { sessionSeats } from './session-seats.js';
export { slotSpeakers } from './slot-speakers.js';
export { SessionAudience, type SessionFollower, type WithdrawnSignUp } from './session-audience.js';
export { speakerSlots, type SlotFacts, type SlotFilter, type SlotSpeaker } from './speaker-slots.js';
export { agendaSessions, type AgendaSession } from './agenda-sessions.js';
export { programmeSpeakers, type ProgrammeSpeaker } from './programme-speakers.js';
export { SpeakerAvailabilityService, type SpeakerUnavailability } from './speaker-availability.service.js';
export { speakerUnavailability, type UnavailableTime } from './speaker-unavailability.js';
