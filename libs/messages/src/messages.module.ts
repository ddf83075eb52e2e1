import { Module } from '@nestjs/common';
import { AwardsModule } from '@app/awards';
import { NotificationsModule } from '@app/notifications';
import { ProgrammeModule } from '@app/programme';
import { RegistrationModule } from '@app/registration';
import { SpeakersModule } from '@app/speakers';
import { MessageAudience } from './message-audience.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesService } from './messages.service.js';

@Module({
  imports: [NotificationsModule, RegistrationModule, ProgrammeModule, SpeakersModule, AwardsModule],
  providers: [MessagesRepository, MessageAudience, MessagesService],
  exports: [MessagesService],
})
export class MessagesModule {}
