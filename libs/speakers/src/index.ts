export { type PublicSlides, SlidesService, type SlideDownload, type SlideVersion, type SlotSlideStatus } from './slides.service.js';
export { SpeakersModule } from './speakers.module.js';
export { SPEAKER_NOTIFICATION_KINDS } from './speaker-notifications.js';
export { InvitationsService, type Invitation } from './invitations.service.js';
export { MySlotsService } from './my-slots.service.js';
export { ProfilesService, type SpeakerProfile } from './profiles.service.js';
export { SpeakerSettingsService } from './speaker-settings.service.js';
export { SpeakersError, type SpeakersErrorCode } from './speakers.error.js';
