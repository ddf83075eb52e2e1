export { AGENDA_NOTIFICATION_KINDS } from './agenda/agenda-notifications.js';
export { AgendaService } from './agenda/agenda.service.js';
export { AgendaEntryResponse, AgendaResponse, AgendaRoomResponse, SessionAttendanceResponse, SignUpForSessionDto } from './agenda/dto/agenda.dto.js';
export { BadgeListQuery } from './badges/badge.dto.js';
export { BadgeService } from './badges/badge.service.js';
export { BadgeLayoutDto, BadgeLayoutResponse } from './badges/badge-layout.dto.js';
export { BADGE_FIELDS, BADGE_SIZES } from './badges/badge-layout.js';
export { BadgeLayoutService } from './badges/badge-layout.service.js';
export { VisaLetterService } from './badges/visa-letter.service.js';
export {
  CheckInDto,
  CheckInLookupQuery,
  CheckInLookupResponse,
  CheckInResponse,
  CheckInSummaryResponse,
  DeskSnapshotResponse,
  DeskSyncDto,
  DeskSyncResponse,
  RehearsalClearedResponse,
  ReprintBadgeDto,
} from './check-in/check-in.dto.js';
export { SessionAttendanceCount, SessionAttendanceListResponse, SessionAttendanceQuery, CertificateQuery } from './check-in/session-attendance.dto.js';
export { SessionAttendanceService } from './check-in/session-attendance.service.js';
export { BadgeReprintService } from './badges/badge-reprint.service.js';
export { AttendanceCertificateService } from './certificates/attendance-certificate.service.js';
export { CheckInDeskService } from './check-in/check-in-desk.service.js';
export { CheckInService } from './check-in/check-in.service.js';
export { DelegationService } from './delegation.service.js';
export { insertDemoRegistrations } from './demo-registrations.js';
export {
  AddMemberDto,
  ConsentDto,
  CreateDelegationDto,
  DelegateDetailsDto,
  ManagedRegistrationResponse,
  PublicRegistrationResponse,
  RegisterDto,
  RegistrationEventResponse,
  RegistrationListQuery,
  RegistrationResponse,
  UpdateRegistrationDto,
} from './dto/registration.dto.js';
export { CategoryResponse, CreateCategoryDto, RegistrationSettingsDto, RegistrationSettingsResponse, UpdateCategoryDto } from './dto/settings.dto.js';
export { newBadgeCode, newManagementToken } from './management-token.js';
export { OfferExpiry } from './offer-expiry.js';
export {
  BULK_ACTIONS,
  BulkRegistrationActionDto,
  OrganiserUpdateRegistrationDto,
  RegistrationChangeResponse,
  RegistrationHistoryResponse,
  RegistrationMailResponse,
} from './records/registration-records.dto.js';
export { RegistrationRecordsService } from './records/registration-records.service.js';
export { type RegistrationActor } from './registration-actor.js';
export { REGISTRATION_NOTIFICATION_KINDS } from './registration-notifications.js';
export { type AudienceMember, type RegistrationAudience, RegistrationAudienceService } from './registration-audience.js';
export { ManagementLinks } from './management-links.js';
export { AnswersService, type AnswerFileDownload } from './questions/answers.service.js';
export { AnswerFileResponse, AnswerResponse, RegistrationAnswersResponse, SaveAnswersDto } from './questions/dto/answer.dto.js';
export {
  CreateQuestionDto,
  QUESTION_TYPES,
  QuestionChoiceDto,
  QuestionChoiceResponse,
  QuestionConditionDto,
  QuestionConditionResponse,
  QuestionResponse,
  RegistrationFormResponse,
  RegistrationFormSettingsDto,
  ReorderQuestionsDto,
  UpdateQuestionDto,
} from './questions/dto/question.dto.js';
export { QuestionsService } from './questions/questions.service.js';
export { RegistrationQueryService } from './registration-query.service.js';
export { RegistrationSettingsService } from './registration-settings.service.js';
export { REGISTRATION_STATES, RegistrationEntity } from './registration.entity.js';
export { RegistrationModule, RegistrationWorkerModule } from './registration.module.js';
export { type NewRegistration, RegistrationService } from './registration.service.js';
export { REGISTRATION_WRITES_IN_FLIGHT, RegistrationTurns } from './registration-turns.js';
export { RegistrationError, type RegistrationErrorCode } from './registration.error.js';
export { DelegateDataResponse } from './protocol/data-protection.dto.js';
export { DataProtectionService } from './protocol/data-protection.service.js';
export {
  COST_BEARERS,
  ErasureResponse,
  HONORIFICS,
  PassportAccessListResponse,
  ProtocolDetailsDto,
  ProtocolDetailsResponse,
  VisaLetterQuery,
  VisaLetterSettingsDto,
  VisaLetterSettingsResponse,
  VisaLetterVerificationResponse,
} from './protocol/protocol.dto.js';
export { ProtocolService } from './protocol/protocol.service.js';
export { RetentionSweep } from './protocol/retention-sweep.js';
export { VisaLetterSettingsService } from './protocol/visa-letter-settings.service.js';
export type { RegistrationCategoryEntity } from './registration-settings.entity.js';
