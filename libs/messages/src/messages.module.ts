import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { RegistrationModule } from '@app/registration';
import { MessagesRepository } from './messages.repository.js';
import { MessagesService } from './messages.service.js';

@Module({
  imports: [NotificationsModule, RegistrationModule],
  providers: [MessagesRepository, MessagesService],
  exports: [MessagesService],
})
export class MessagesModule {}
