import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { EventEntity } from './event.entity.js';
import { EventsService } from './events.service.js';
import { RoomEntity } from './room.entity.js';
import { TrackEntity } from './track.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([EventEntity, RoomEntity, TrackEntity]), NotificationsModule],
  providers: [EventsService],
  exports: [EventsService],
})
export class EventsModule {}
