import { Module } from '@nestjs/common';
import { AwardsModule } from '@app/awards';
import { EventsModule } from '@app/events';
import { NotificationsModule } from '@app/notifications';
import { ProgrammeModule } from '@app/programme';
import { RegistrationModule } from '@app/registration';
import { SpeakersModule } from '@app/speakers';
import { MessageAudience } from './message-audience.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesService } from './messages.service.js';
import { ReminderSweep } from './reminder-sweep.js';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersService } from './reminders.service.js';

@Module({
  imports: [NotificationsModule, RegistrationModule, ProgrammeModule, SpeakersModule, AwardsModule, EventsModule],
  providers: [MessagesRepository, MessageAudience, MessagesService, RemindersRepository, RemindersService],
  exports: [MessagesService, RemindersService],
})
export class MessagesModule {}

/** In the worker: the reminders' sweep. */
@Module({
  imports: [MessagesModule],
  providers: [ReminderSweep],
  exports: [ReminderSweep],
})
export class MessagesWorkerModule {}
