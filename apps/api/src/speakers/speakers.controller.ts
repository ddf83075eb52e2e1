import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, AuthService, type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import { AppConfig } from '@app/config';
import { ReadingLanguageQuery } from '@app/events';
import { type Invitation, InvitationsService, MySlotsService, ProfilesService, type SpeakerProfile, SpeakerSettingsService } from '@app/speakers';
import { ApiErrorResponse } from '../http/api-error.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { RequestError } from '../http/request-error.js';
import {
  AcceptedInvitationResponse,
  AcceptInvitationDto,
  BIOGRAPHY_LANGUAGE,
  InvitationResponse,
  InvitationViewResponse,
  InviteSpeakerDto,
  MySlotResponse,
  SpeakerProfileResponse,
  SpeakerSettingsDto,
  UpdateSpeakerProfileDto,
} from './speakers.dto.js';

const toInvitation = (row: Invitation): InvitationResponse => ({
  ...row,
  expiresAt: row.expiresAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
  respondedAt: row.respondedAt?.toISOString() ?? null,
});
const toProfile = ({ updatedAt: _, ...profile }: SpeakerProfile): SpeakerProfileResponse => profile;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
const token = (value: string) => {
  if (!TOKEN.test(value)) throw new RequestError('INVITATION_LINK_INVALID', 'That is not an invitation link');
  return value;
};

@ApiTags('speakers')
@Controller('events/:slug')
export class SpeakerInvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly settings: SpeakerSettingsService,
  ) {}

  @Post('speaker-invitations')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Invite a person by email to speak in one or more slots (organiser)',
    description: "Sends a single-use link that expires, in the invitee's language. The slots are held until the answer.",
  })
  @ApiCreatedResponse({ type: InvitationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  @ApiResponse({ status: 422, description: 'A slot is not of this event', type: ApiErrorResponse })
  async invite(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser, @Body() body: InviteSpeakerDto): Promise<InvitationResponse> {
    return toInvitation(await this.invitations.invite(event, user, body));
  }

  @Get('speaker-invitations')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Every speaker invitation of the event, newest first (organiser)' })
  @ApiOkResponse({ type: [InvitationResponse] })
  @ApiErrors(401, 403, 404)
  async list(@CurrentEvent() event: EventContext): Promise<InvitationResponse[]> {
    return (await this.invitations.list(event)).map(toInvitation);
  }

  @Get('speaker-invitations/:token')
  @Public()
  @ApiOperation({
    summary: 'What an invitation link offers (anyone with the link), the talks named in ?language= where given',
    description: '404 for an unknown link or one of another event; 410 once used or expired.',
  })
  @ApiOkResponse({ type: InvitationViewResponse })
  @ApiErrors(400, 404)
  @ApiResponse({ status: 410, description: 'Used or expired', type: ApiErrorResponse })
  async view(@CurrentEvent() event: EventContext, @Param('token') value: string, @Query() query: ReadingLanguageQuery): Promise<InvitationViewResponse> {
    const view = await this.invitations.view(event, token(value), query.language);
    return {
      ...view,
      expiresAt: view.expiresAt.toISOString(),
      slots: view.slots.map((slot) => ({ ...slot, start: slot.start.toISOString(), end: slot.end.toISOString() })),
    };
  }

  @Post('speaker-invitations/:token/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept: creates or links the account, with the speaker role and the invited slots (anyone with the link)',
    description: 'With `unavailableTimes`, the times the speaker cannot speak are saved in the same transaction.',
  })
  @ApiOkResponse({ type: AcceptedInvitationResponse })
  @ApiErrors(400, 404, 409, 422)
  @ApiResponse({ status: 410, description: 'Used or expired', type: ApiErrorResponse })
  async accept(@CurrentEvent() event: EventContext, @Param('token') value: string, @Body() body: AcceptInvitationDto): Promise<AcceptedInvitationResponse> {
    return this.invitations.accept(event, token(value), body);
  }

  @Post('speaker-invitations/:token/decline')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Decline: frees the slots and tells the organiser (anyone with the link)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 404)
  @ApiResponse({ status: 410, description: 'Used or expired', type: ApiErrorResponse })
  async decline(@CurrentEvent() event: EventContext, @Param('token') value: string): Promise<void> {
    await this.invitations.decline(event, token(value));
  }

  @Get('speaker-settings')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'When slides are due (organiser)' })
  @ApiOkResponse({ type: SpeakerSettingsDto })
  @ApiErrors(401, 403, 404)
  async getSettings(@CurrentEvent() event: EventContext): Promise<SpeakerSettingsDto> {
    return this.settings.get(event);
  }

  @Put('speaker-settings')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Set when slides are due; pending reminders move with it (organiser)' })
  @ApiOkResponse({ type: SpeakerSettingsDto })
  @ApiErrors(400, 401, 403, 404)
  async putSettings(@CurrentEvent() event: EventContext, @Body() body: SpeakerSettingsDto): Promise<SpeakerSettingsDto> {
    return this.settings.update(event, body.slidesDueHoursBefore);
  }
}

/** The speaker's own pages. */
@ApiTags('speakers')
@Controller()
export class SpeakerPortalController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly mySlots: MySlotsService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Get('me/slots')
  @Authenticated()
  @ApiOperation({
    summary: "The caller's own speaker slots across events: session, room, time in the event's zone, slide status",
    description: 'Named in ?language= (the page being read) where the organiser gave it, else in the account’s language, else as entered.',
  })
  @ApiOkResponse({ type: [MySlotResponse] })
  @ApiErrors(400, 401)
  async slots(@CurrentUser() user: AuthUser, @Query() query: ReadingLanguageQuery): Promise<MySlotResponse[]> {
    const account = await this.auth.findUser(user.id);
    return this.mySlots.list(user.id, query.language ?? account.language);
  }

  @Get('me/speaker-profile')
  @Authenticated()
  @ApiOperation({ summary: "The caller's speaker profile" })
  @ApiOkResponse({ type: SpeakerProfileResponse })
  @ApiErrors(401)
  async profile(@CurrentUser() user: AuthUser): Promise<SpeakerProfileResponse> {
    return toProfile(await this.profiles.get(user.id));
  }

  @Put('me/speaker-profile')
  @Authenticated()
  @ApiOperation({ summary: "Edit the caller's speaker profile: name, title, organisation, city, country, biography per language" })
  @ApiOkResponse({ type: SpeakerProfileResponse })
  @ApiErrors(400, 401)
  async updateProfile(@CurrentUser() user: AuthUser, @Body() body: UpdateSpeakerProfileDto): Promise<SpeakerProfileResponse> {
    if (body.biography) {
      for (const [language, text] of Object.entries(body.biography)) {
        if (!BIOGRAPHY_LANGUAGE.test(language) || typeof text !== 'string' || text.length > 2000) {
          throw new RequestError('BIOGRAPHY_INVALID', 'biography maps language codes (e.g. "en") to texts of at most 2000 characters');
        }
      }
    }
    return toProfile(await this.profiles.update(user.id, body));
  }

  @Put('me/speaker-profile/photo')
  @Authenticated()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: "Set the caller's photo: JPEG, PNG or WebP by content, at most PHOTO_MAX_BYTES; re-encoded without metadata" })
  @ApiOkResponse({ type: SpeakerProfileResponse })
  @ApiErrors(400, 401, 413)
  @ApiResponse({ status: 415, description: 'Not a JPEG, PNG or WebP image', type: ApiErrorResponse })
  async setPhoto(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<SpeakerProfileResponse> {
    if (!request.isMultipart()) throw new RequestError('MULTIPART_REQUIRED', 'Send the photo as multipart/form-data in a field named "file"');
    const part = await request.file({ limits: { fileSize: this.config.PHOTO_MAX_BYTES, files: 1 } }).catch((error: unknown) => {
      throw new RequestError('MULTIPART_UNREADABLE', `The multipart body could not be read: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!part) throw new RequestError('FILE_MISSING', 'No file in the request: send it in a field named "file"');
    return toProfile(await this.profiles.setPhoto(user.id, { stream: part.file, truncated: () => part.file.truncated }));
  }

  @Get('speakers/:userId/photo')
  @Public()
  @ApiOperation({ summary: "A speaker's photo (public, as on a printed programme)" })
  @ApiFileResponse(['image/jpeg', 'image/png', 'image/webp'], 'The image')
  @ApiErrors(400, 404)
  async photo(@Param('userId', ParseUUIDPipe) userId: string, @Res() reply: FastifyReply) {
    const photo = await this.profiles.photo(userId, true);
    reply.header('Content-Type', photo.mediaType).header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'public, max-age=300');
    return reply.send(photo.stream);
  }
}
