import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { StorageModule } from '@app/storage';
import { EventIdentityService } from './identity/event-identity.service.js';
import { EventEntity } from './event.entity.js';
import { EventsService } from './events.service.js';
import { RoomEntity } from './room.entity.js';
import { TrackEntity } from './track.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([EventEntity, RoomEntity, TrackEntity]), NotificationsModule, StorageModule],
  providers: [EventsService, EventIdentityService],
  exports: [EventsService, EventIdentityService],
})
export class EventsModule {}
