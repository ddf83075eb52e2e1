import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { InvitationsService } from './invitations.service.js';
import { MySlotsService } from './my-slots.service.js';
import { ProfilesService } from './profiles.service.js';
import { SlidesService } from './slides.service.js';
import { SpeakerSettingsService } from './speaker-settings.service.js';
import { SlotAccess } from './slot-access.js';
import { FileStorage } from './storage/file-storage.js';
import { fileStorageProvider } from './storage/storage.provider.js';

@Module({
  imports: [NotificationsModule],
  providers: [fileStorageProvider, SlotAccess, SlidesService, InvitationsService, ProfilesService, MySlotsService, SpeakerSettingsService],
  exports: [FileStorage, SlotAccess, SlidesService, InvitationsService, ProfilesService, MySlotsService, SpeakerSettingsService],
})
export class SpeakersModule {}
