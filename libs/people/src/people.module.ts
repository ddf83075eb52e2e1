import { Module } from '@nestjs/common';
import { AwardsModule } from '@app/awards';
import { EventsModule } from '@app/events';
import { NotificationsModule } from '@app/notifications';
import { PeopleService } from './people.service.js';
import { RoleInvitationsService } from './role-invitations.service.js';

@Module({
  imports: [EventsModule, AwardsModule, NotificationsModule],
  providers: [RoleInvitationsService, PeopleService],
  exports: [RoleInvitationsService, PeopleService],
})
export class PeopleModule {}
