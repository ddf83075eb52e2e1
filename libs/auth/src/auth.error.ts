import { DomainError } from '@app/errors';

export type AuthErrorCode =
  | 'UNAUTHENTICATED'
  | 'TOKEN_INVALID'
  | 'LOGIN_FAILED'
  | 'RATE_LIMITED'
  | 'PLATFORM_ADMIN_REQUIRED'
  | 'FORBIDDEN_ROLE'
  | 'EVENT_NOT_FOUND'
  | 'USER_NOT_FOUND'
  | 'EMAIL_TAKEN'
  | 'ROLE_NOT_HELD'
  | 'REFRESH_TOKEN_INVALID'
  | 'CURRENT_PASSWORD_WRONG'
  | 'PASSWORD_RESET_NOT_FOUND'
  | 'PASSWORD_RESET_USED'
  | 'PASSWORD_RESET_EXPIRED';

export class AuthError extends DomainError<AuthErrorCode> {}
