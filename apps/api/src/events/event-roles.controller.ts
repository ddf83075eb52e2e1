import { Body, Controller, Delete, Get, HttpCode, Param, ParseEnumPipe, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuthService, CurrentEvent, EVENT_ROLES, type EventContext, type EventRole, EventRoleResponse, GrantEventRoleDto, RequireEventRole } from '@app/auth';
import { EventsService } from '@app/events';
import { ApiErrors } from '../http/api-errors.decorator.js';

@ApiTags('events')
@Controller('events/:slug/roles')
export class EventRolesController {
  constructor(
    private readonly auth: AuthService,
    private readonly events: EventsService,
  ) {}

  @Get()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Who holds which role on the event (organiser)' })
  @ApiOkResponse({ type: [EventRoleResponse] })
  @ApiErrors(401, 403, 404)
  async list(@CurrentEvent() event: EventContext): Promise<EventRoleResponse[]> {
    return this.auth.eventRoles(event.id);
  }

  @Post()
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Grant a user a role on the event (organiser); they are told by mail, and reminded the day before. Granting twice changes nothing' })
  @ApiOkResponse({ type: [EventRoleResponse] })
  @ApiErrors(400, 401, 403, 404)
  async grant(@CurrentEvent() event: EventContext, @Body() body: GrantEventRoleDto): Promise<EventRoleResponse[]> {
    await this.events.grantRole(event, body.userId, body.role);
    return this.auth.eventRoles(event.id);
  }

  @Delete(':userId/:role')
  @HttpCode(204)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Revoke a role (organiser)' })
  @ApiParam({ name: 'role', enum: EVENT_ROLES })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async revoke(
    @CurrentEvent() event: EventContext,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Param('role', new ParseEnumPipe(Object.fromEntries(EVENT_ROLES.map((r) => [r, r])))) role: EventRole,
  ): Promise<void> {
    await this.events.revokeRole(event, userId, role);
  }
}
