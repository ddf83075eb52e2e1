import { Module } from '@nestjs/common';
import { EventsModule } from '@app/events';
import { NotificationsModule } from '@app/notifications';
import { ProgrammeService } from './programme.service.js';
import { PublishingService } from './publishing.service.js';
import { WarningsService } from './warnings.service.js';

@Module({
  imports: [EventsModule, NotificationsModule],
  providers: [ProgrammeService, PublishingService, WarningsService],
  exports: [ProgrammeService, PublishingService, WarningsService],
})
export class ProgrammeModule {}
