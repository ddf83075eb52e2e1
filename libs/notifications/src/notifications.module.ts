import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';
import { Outbox } from './outbox.js';

/** What the api and the domain libraries need: the outbox to write to, and the delivery log. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [Outbox, NotificationsService],
  exports: [Outbox, NotificationsService],
})
export class NotificationsModule {}
