export { INVITABLE_ROLES, type InvitableRole } from './invitable-role.js';
export { PEOPLE_NOTIFICATION_KINDS } from './people-notifications.js';
export { PeopleError, type PeopleErrorCode } from './people.error.js';
export { PeopleModule } from './people.module.js';
export { type EventPeople, type Person, PeopleService } from './people.service.js';
export {
  type AcceptRoleInvitation,
  type InviteToRole,
  type RoleInvitation,
  type RoleInvitationView,
  RoleInvitationsService,
} from './role-invitations.service.js';
