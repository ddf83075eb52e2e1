import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { StorageModule } from '@app/storage';
import { InvitationsService } from './invitations.service.js';
import { MySlotsService } from './my-slots.service.js';
import { ProfilesService } from './profiles.service.js';
import { SlidesService } from './slides.service.js';
import { SpeakerSettingsService } from './speaker-settings.service.js';
import { SlotAccess } from './slot-access.js';

@Module({
  imports: [NotificationsModule, StorageModule],
  providers: [SlotAccess, SlidesService, InvitationsService, ProfilesService, MySlotsService, SpeakerSettingsService],
  exports: [SlotAccess, SlidesService, InvitationsService, ProfilesService, MySlotsService, SpeakerSettingsService],
})
export class SpeakersModule {}
