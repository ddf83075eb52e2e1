import { applyDecorators, createParamDecorator, type ExecutionContext, HttpCode, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { type AuthUser, type EventContext, type EventRole, RequireEventRole } from '@app/auth';
import { ApplicationResponse } from '@app/awards';
import { ApiErrors } from '../http/api-errors.decorator.js';

export const ONE_APPLICATION = ':roundId/applications/:applicationId';

/** The application a route acts on, and who acts. */
export interface ApplicationAt {
  event: EventContext;
  roundId: string;
  applicationId: string;
  userId: string;
}

const uuid = new ParseUUIDPipe();

const applicationAt = createParamDecorator(async (_: unknown, context: ExecutionContext): Promise<ApplicationAt> => {
  const request = context.switchToHttp().getRequest<{ params: Record<string, string>; user: AuthUser; event: EventContext }>();
  // The same checks, in the same order and with the same answers, as `@Param(name, ParseUUIDPipe)` on each.
  const { roundId, applicationId } = request.params;
  await uuid.transform(roundId, { type: 'param', data: 'roundId' });
  await uuid.transform(applicationId, { type: 'param', data: 'applicationId' });
  return { event: request.event, roundId, applicationId, userId: request.user.id };
});

/** The event, round and application of a route under `rounds/${ONE_APPLICATION}`, with the caller's id. */
export const CurrentApplication = (): ParameterDecorator => (target, key, index) => {
  applicationAt()(target, key, index);
  if (key === undefined) return;
  const method = Object.getOwnPropertyDescriptor(target, key)!;
  for (const name of ['slug', 'roundId', 'applicationId']) ApiParam({ name, type: String })(target, key, method);
};

/**
 * A step of an application from one stage to the next (`POST rounds/…/<step>`, 200 with the application),
 * for the role that takes it.
 */
export function ApplicationStep(step: string, role: EventRole, summary: string, errors: number[]) {
  return applyDecorators(
    Post(`rounds/${ONE_APPLICATION}/${step}`),
    RequireEventRole(role),
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type: ApplicationResponse }),
    ApiErrors(...errors),
  );
}
