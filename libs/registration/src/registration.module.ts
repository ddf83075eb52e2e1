import { Global, Module } from '@nestjs/common';
import { SessionAudience } from '@app/programme';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@app/documents';
import { EventsModule } from '@app/events';
import { StorageModule } from '@app/storage';
import { NotificationsModule } from '@app/notifications';
import { AgendaAudience } from './agenda/agenda-audience.js';
import { AgendaService } from './agenda/agenda.service.js';
import { BadgeService } from './badges/badge.service.js';
import { BadgeLayoutService } from './badges/badge-layout.service.js';
import { VisaLetterService } from './badges/visa-letter.service.js';
import { CheckInService } from './check-in/check-in.service.js';
import { CheckInDeskService } from './check-in/check-in-desk.service.js';
import { SessionAttendanceService } from './check-in/session-attendance.service.js';
import { BadgeReprintService } from './badges/badge-reprint.service.js';
import { AttendanceCertificateService } from './certificates/attendance-certificate.service.js';
import { DelegationService } from './delegation.service.js';
import { OfferExpiry } from './offer-expiry.js';
import { AnswersService } from './questions/answers.service.js';
import { QuestionsService } from './questions/questions.service.js';
import { RegistrationRecordsService } from './records/registration-records.service.js';
import { RegistrationAudienceService } from './registration-audience.js';
import { ManagementLinks } from './management-links.js';
import { RegistrationQueryService } from './registration-query.service.js';
import { RegistrationCategoryEntity, RegistrationSettingsEntity, DelegationEntity } from './registration-settings.entity.js';
import { RegistrationSettingsService } from './registration-settings.service.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationService } from './registration.service.js';
import { RegistrationTurns } from './registration-turns.js';
import { DataProtectionService } from './protocol/data-protection.service.js';
import { ProtocolDetailsWriter } from './protocol/protocol-details.js';
import { ProtocolService } from './protocol/protocol.service.js';
import { RetentionSweep } from './protocol/retention-sweep.js';
import { VisaLetterSettingsService } from './protocol/visa-letter-settings.service.js';

const entities = [RegistrationEntity, RegistrationSettingsEntity, RegistrationCategoryEntity, DelegationEntity];

/** What the module provides and what it lends the api, the worker and the other libraries alike. */
const services = [
  AgendaService,
  RegistrationService,
  RegistrationRecordsService,
  DelegationService,
  RegistrationQueryService,
  RegistrationAudienceService,
  ManagementLinks,
  RegistrationSettingsService,
  BadgeService,
  BadgeLayoutService,
  VisaLetterService,
  CheckInService,
  ProtocolDetailsWriter,
  ProtocolService,
  VisaLetterSettingsService,
  DataProtectionService,
  CheckInDeskService,
  SessionAttendanceService,
  BadgeReprintService,
  AttendanceCertificateService,
  QuestionsService,
  AnswersService,
];

// Global so that the programme, which registration does not import back, gets the agendas' SessionAudience.
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(entities), DocumentsModule, EventsModule, NotificationsModule, StorageModule],
  providers: [{ provide: SessionAudience, useClass: AgendaAudience }, RegistrationTurns, ...services],
  exports: [SessionAudience, ...services],
})
export class RegistrationModule {}

/** The worker's part: lapsing offers that ran out, erasing data past its retention date. */
@Module({
  imports: [RegistrationModule],
  providers: [OfferExpiry, RetentionSweep],
  exports: [OfferExpiry, RetentionSweep],
})
export class RegistrationWorkerModule {}
