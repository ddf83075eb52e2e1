import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@app/events';
import { NotificationsModule } from '@app/notifications';
import { DelegationService } from './delegation.service.js';
import { OfferExpiry } from './offer-expiry.js';
import { RegistrationQueryService } from './registration-query.service.js';
import { RegistrationCategoryEntity, RegistrationSettingsEntity, DelegationEntity } from './registration-settings.entity.js';
import { RegistrationSettingsService } from './registration-settings.service.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationService } from './registration.service.js';

const entities = [RegistrationEntity, RegistrationSettingsEntity, RegistrationCategoryEntity, DelegationEntity];

@Module({
  imports: [TypeOrmModule.forFeature(entities), EventsModule, NotificationsModule],
  providers: [RegistrationService, DelegationService, RegistrationQueryService, RegistrationSettingsService],
  exports: [RegistrationService, DelegationService, RegistrationQueryService, RegistrationSettingsService],
})
export class RegistrationModule {}

/** The worker's part: lapsing offers that ran out. */
@Module({
  imports: [RegistrationModule],
  providers: [OfferExpiry],
  exports: [OfferExpiry],
})
export class RegistrationWorkerModule {}
