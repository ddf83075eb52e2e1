import { Body, Controller, Delete, Get, HttpCode, Param, ParseEnumPipe, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuthService, EVENT_ROLES, type EventRole, EventRoleResponse, GrantEventRoleDto, RequireEventRole, RequirePlatformAdmin } from '@app/auth';
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
  async list(@Param('slug') slug: string): Promise<EventRoleResponse[]> {
    return this.auth.eventRoles((await this.events.findBySlug(slug)).id);
  }

  @Post()
  @HttpCode(200)
  @RequirePlatformAdmin()
  @ApiOperation({
    summary: 'Grant a user a role on the event (platform admin); they are told by mail, and reminded the day before. Granting twice changes nothing',
    description: 'Organisers invite people by email instead (POST /events/{slug}/invitations): a user id names anyone on the platform.',
  })
  @ApiOkResponse({ type: [EventRoleResponse] })
  @ApiErrors(400, 401, 403, 404)
  async grant(@Param('slug') slug: string, @Body() body: GrantEventRoleDto): Promise<EventRoleResponse[]> {
    await this.events.grantRole(slug, body.userId, body.role);
    return this.auth.eventRoles((await this.events.findBySlug(slug)).id);
  }

  @Delete(':userId/:role')
  @HttpCode(204)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Revoke a role (organiser)' })
  @ApiParam({ name: 'role', enum: EVENT_ROLES })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async revoke(
    @Param('slug') slug: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Param('role', new ParseEnumPipe(Object.fromEntries(EVENT_ROLES.map((r) => [r, r])))) role: EventRole,
  ): Promise<void> {
    await this.events.revokeRole(slug, userId, role);
  }
}
