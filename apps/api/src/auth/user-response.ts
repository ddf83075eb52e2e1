import type { UserEntity, UserResponse } from '@app/auth';

export function toUserResponse(user: UserEntity): UserResponse {
  return { id: user.id, email: user.email, displayName: user.displayName, language: user.language, isPlatformAdmin: user.isPlatformAdmin };
}
