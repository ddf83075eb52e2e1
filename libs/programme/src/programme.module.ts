import { Module } from '@nestjs/common';
import { EventsModule } from '@app/events';
import { NotificationsModule } from '@app/notifications';
import { ScheduleExportsService } from './exports/schedule-exports.service.js';
import { ProgrammeImportService } from './programme-import.service.js';
import { ProgrammeService } from './programme.service.js';
import { PublishedVersions } from './published-versions.js';
import { PublishingService } from './publishing.service.js';
import { WarningsService } from './warnings.service.js';

@Module({
  imports: [EventsModule, NotificationsModule],
  providers: [ProgrammeService, PublishingService, PublishedVersions, WarningsService, ProgrammeImportService, ScheduleExportsService],
  exports: [ProgrammeService, PublishingService, WarningsService, ProgrammeImportService, ScheduleExportsService],
})
export class ProgrammeModule {}
