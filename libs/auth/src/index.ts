export { Authenticated, CurrentEvent, CurrentUser, Public, RequireEventRole, RequirePlatformAdmin } from './access.decorators.js';
export { type AuthUser } from './auth-user.js';
export { AuthModule } from './auth.module.js';
export { AuthService, normaliseEmail, type Session } from './auth.service.js';
export { PasswordResetService } from './password-reset.service.js';
export { AUTH_NOTIFICATION_KINDS } from './password-reset-notification.js';
export { REFRESH_IDLE_HOURS, REFRESH_MAX_DAYS } from './refresh-tokens.js';
export { EVENT_ROLES, type EventRole } from './event-role.js';
export { PasswordHasher } from './password-hasher.js';
export { UserEntity } from './user.entity.js';
export { LoginDto, PASSWORD_MAX, PASSWORD_MIN } from './dto/login.dto.js';
export { ChangePasswordDto, PasswordResetConfirmDto, PasswordResetRequestDto, PasswordResetRequestedResponse } from './dto/account.dto.js';
export { AccessTokenResponse, CreateUserDto, EventRoleResponse, GrantEventRoleDto, MeResponse, SetLanguageDto, UserResponse } from './dto/user.dto.js';
export { EventAccess } from './event-access.js';
export { AuthError, type AuthErrorCode } from './auth.error.js';
export { type EventContext, type EventRef, holdsEventRole, requireEventRole } from './event-context.js';
export { demoAccountIds, insertDemoAccount } from './demo-accounts.js';
export {
  accountIdByEmail,
  accountIdByEmailSql,
  accountNames,
  byPositionThenName,
  roleHoldersAmong,
  roleHoldersByEmail,
  rolesHeldBy,
  rolesHeldSql,
} from './user-directory.js';
export { EventLookup, type EventHeading } from './event-lookup.js';
