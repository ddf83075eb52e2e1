import { Module } from '@nestjs/common';
import { EventsModule } from '@app/events';
import { NotificationsModule } from '@app/notifications';
import { ProgrammeImportService } from './programme-import.service.js';
import { ProgrammeService } from './programme.service.js';
import { PublishingService } from './publishing.service.js';
import { WarningsService } from './warnings.service.js';

@Module({
  imports: [EventsModule, NotificationsModule],
  providers: [ProgrammeService, PublishingService, WarningsService, ProgrammeImportService],
  exports: [ProgrammeService, PublishingService, WarningsService, ProgrammeImportService],
})
export class ProgrammeModule {}
