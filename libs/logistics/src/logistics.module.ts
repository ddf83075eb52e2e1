import { Module } from '@nestjs/common';
import { DocumentsModule } from '@app/documents';
import { EventsModule } from '@app/events';
import { CateringService } from './catering.service.js';
import { HotelsService } from './hotels.service.js';
import { ManifestPdfService } from './manifest-pdf.service.js';
import { TravelService } from './travel.service.js';

// Registration's services come from its global module.
@Module({
  imports: [DocumentsModule, EventsModule],
  providers: [CateringService, HotelsService, ManifestPdfService, TravelService],
  exports: [CateringService, HotelsService, ManifestPdfService, TravelService],
})
export class LogisticsModule {}
