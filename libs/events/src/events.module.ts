import { Global, Module } from '@nestjs/common';
import { EventLookup } from '@app/auth';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailEvents, NotificationsModule } from '@app/notifications';
import { StorageModule } from '@app/storage';
import { EventIdentityService } from './identity/event-identity.service.js';
import { EventCache } from './event-cache.js';
import { EventEntity } from './event.entity.js';
import { EventsForAccess, EventsForMail } from './ports/event-ports.js';
import { EventsService } from './events.service.js';
import { RoomEntity } from './room.entity.js';
import { TrackEntity } from './track.entity.js';

// Global so that auth and notifications, which events imports, get the events' EventLookup and MailEvents.
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventEntity, RoomEntity, TrackEntity]), NotificationsModule, StorageModule],
  providers: [
    EventsService,
    EventCache,
    EventIdentityService,
    { provide: EventLookup, useClass: EventsForAccess },
    { provide: MailEvents, useClass: EventsForMail },
  ],
  exports: [EventsService, EventIdentityService, EventLookup, MailEvents],
})
export class EventsModule {}
