import { Injectable } from '@nestjs/common';
import { AuthService, type EventContext, type EventRole } from '@app/auth';
import { RepresentativesService } from '@app/awards';
import { type RoleInvitation, RoleInvitationsService } from './role-invitations.service.js';

export interface Person {
  userId: string;
  displayName: string;
  email: string;
  roles: EventRole[];
  /** For a city representative: the registry cities they speak for. */
  cities: { id: string; name: string; country: string }[];
}

export interface EventPeople {
  people: Person[];
  invitations: RoleInvitation[];
}

/** Everyone with a role on the event and everyone invited to one, for its organisers. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly auth: AuthService,
    private readonly representatives: RepresentativesService,
    private readonly invitations: RoleInvitationsService,
  ) {}

  async ofEvent(event: EventContext): Promise<EventPeople> {
    const [members, represented, invitations] = await Promise.all([
      this.auth.eventMembers(event.id),
      this.representatives.ofEvent(event.id),
      this.invitations.pending(event),
    ]);
    const people = members.map((member) => ({
      ...member,
      cities: represented.filter((row) => row.userId === member.userId).map((row) => ({ id: row.cityId, name: row.city, country: row.country })),
    }));
    return { people, invitations };
  }
}
