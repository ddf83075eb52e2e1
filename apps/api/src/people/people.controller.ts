import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import { AppConfig } from '@app/config';
import { PeopleService, type RoleInvitation, RoleInvitationsService } from '@app/people';
import { REFRESH_COOKIE, sendSession } from '../auth/session-cookie.js';
import { ApiErrorResponse } from '../http/api-error.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { RequestError } from '../http/request-error.js';
import {
  AcceptedRoleInvitationResponse,
  AcceptRoleInvitationDto,
  EventPeopleResponse,
  InviteToRoleDto,
  RoleInvitationResponse,
  RoleInvitationViewResponse,
} from './people.dto.js';

const toInvitation = (row: RoleInvitation): RoleInvitationResponse => ({
  ...row,
  expiresAt: row.expiresAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
});
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
const token = (value: string) => {
  if (!TOKEN.test(value)) throw new RequestError('INVITATION_LINK_INVALID', 'That is not an invitation link');
  return value;
};
const GONE = { status: 410, description: 'Used, expired, revoked or replaced by a newer link', type: ApiErrorResponse };

@ApiTags('people')
@Controller('events/:slug')
export class PeopleController {
  constructor(
    private readonly invitations: RoleInvitationsService,
    private readonly people: PeopleService,
    private readonly config: AppConfig,
  ) {}

  @Get('people')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Everyone with a role on the event, and the pending invitations (organiser)' })
  @ApiOkResponse({ type: EventPeopleResponse })
  @ApiErrors(401, 403, 404)
  async list(@CurrentEvent() event: EventContext): Promise<EventPeopleResponse> {
    const { people, invitations } = await this.people.ofEvent(event);
    return { people, invitations: invitations.map(toInvitation) };
  }

  @Post('invitations')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Invite a person by email to a role on the event (organiser)',
    description: "Mails a single-use link that expires, in the invitee's language. A city representative is invited to represent one registry city.",
  })
  @ApiCreatedResponse({ type: RoleInvitationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async invite(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser, @Body() body: InviteToRoleDto): Promise<RoleInvitationResponse> {
    return toInvitation(await this.invitations.invite(event, user, body));
  }

  @Get('invitations')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Pending invitations to roles, newest first (organiser)' })
  @ApiOkResponse({ type: [RoleInvitationResponse] })
  @ApiErrors(401, 403, 404)
  async pending(@CurrentEvent() event: EventContext): Promise<RoleInvitationResponse[]> {
    return (await this.invitations.pending(event)).map(toInvitation);
  }

  @Post('invitations/:id/resend')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Mail a new link with a new expiry (organiser); the previous link stops working' })
  @ApiCreatedResponse({ type: RoleInvitationResponse })
  @ApiErrors(400, 401, 403, 404)
  @ApiResponse(GONE)
  async resend(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<RoleInvitationResponse> {
    return toInvitation(await this.invitations.resend(event, id, user));
  }

  @Delete('invitations/:id')
  @HttpCode(204)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Revoke a pending invitation (organiser); its link stops working' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  @ApiResponse(GONE)
  async revoke(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.invitations.revoke(event, id);
  }

  @Get('invitations/:token')
  @Public()
  @ApiOperation({
    summary: 'What an invitation link offers, and whether the invited email has an account (anyone with the link)',
    description: '404 for an unknown link or one of another event; 410 once used, expired, revoked or replaced.',
  })
  @ApiOkResponse({ type: RoleInvitationViewResponse })
  @ApiErrors(400, 404)
  @ApiResponse(GONE)
  async view(@CurrentEvent() event: EventContext, @Param('token') value: string): Promise<RoleInvitationViewResponse> {
    const view = await this.invitations.view(event, token(value));
    return { ...view, expiresAt: view.expiresAt.toISOString() };
  }

  @Post('invitations/:token/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept: grants the role and signs the person in, as POST /auth/login does (anyone with the link)',
    description:
      'Someone new gives a name and a password. Someone with an account is signed in as the invited email, or gives its password (limited as logins are). ' +
      `The answer carries the access token and sets the refresh cookie ${REFRESH_COOKIE}.`,
  })
  @ApiOkResponse({ type: AcceptedRoleInvitationResponse })
  @ApiErrors(400, 401, 404, 429)
  @ApiResponse(GONE)
  async accept(
    @CurrentEvent() event: EventContext,
    @Param('token') value: string,
    @CurrentUser() caller: AuthUser | undefined,
    @Body() body: AcceptRoleInvitationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AcceptedRoleInvitationResponse> {
    const { session, role } = await this.invitations.accept(event, token(value), caller, body, request.ip);
    return { ...sendSession(request, reply, this.config.PUBLIC_URL, session), role };
  }
}
