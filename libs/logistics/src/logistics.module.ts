import { Module } from '@nestjs/common';
import { CateringService } from './catering.service.js';
import { HotelsService } from './hotels.service.js';
import { TravelService } from './travel.service.js';

// Registration's services come from its global module.
@Module({
  providers: [CateringService, HotelsService, TravelService],
  exports: [CateringService, HotelsService, TravelService],
})
export class LogisticsModule {}
