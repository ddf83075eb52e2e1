import { Module } from '@nestjs/common';
import { HotelsService } from './hotels.service.js';
import { TravelService } from './travel.service.js';

// Registration's services come from its global module.
@Module({
  providers: [HotelsService, TravelService],
  exports: [HotelsService, TravelService],
})
export class LogisticsModule {}
