import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiParam } from '@nestjs/swagger';
import type { AuthUser } from './auth-user.js';
import type { EventContext } from './event-context.js';
import type { EventRole } from './event-role.js';

export const PUBLIC_KEY = 'plenary:public';
export const EVENT_ROLES_KEY = 'plenary:event-roles';
export const PLATFORM_ADMIN_KEY = 'plenary:platform-admin';

/** No token needed. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

// The 401 and 403 answers are documented by the api's ApiErrors, with the error shape: declaring them here as
// well made Swagger merge the two, repeating the description and dropping the schema.
const authenticated = () => ApiBearerAuth();

/**
 * Caller must hold one of these roles on the event named by the route's `:slug`
 * (platform admins always pass). An organiser of one event is nobody on another.
 */
export const RequireEventRole = (...roles: EventRole[]) => applyDecorators(SetMetadata(EVENT_ROLES_KEY, roles), authenticated());

export const RequirePlatformAdmin = () => applyDecorators(SetMetadata(PLATFORM_ADMIN_KEY, true), authenticated());

/** Any signed-in user. */
export const Authenticated = () => authenticated();

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
});

const requestEvent = createParamDecorator((_: unknown, context: ExecutionContext): EventContext => {
  const { event } = context.switchToHttp().getRequest<{ event?: EventContext }>();
  // Only a route without `:slug` lacks one: a wiring mistake, not a client error.
  if (!event) throw new Error('@CurrentEvent() used on a route without :slug');
  return event;
});

/**
 * The event of the route's `:slug`, resolved by the access guard with the caller's roles on it. The
 * OpenAPI document still shows `slug` as a path parameter, as it did when controllers read it themselves.
 */
export const CurrentEvent = (): ParameterDecorator => (target, key, index) => {
  requestEvent()(target, key, index);
  if (key !== undefined) ApiParam({ name: 'slug', type: String })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
};
