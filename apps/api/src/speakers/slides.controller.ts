import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import { AppConfig } from '@app/config';
import { type SlideDownload, type SlideVersion, SlidesService, type SlotSlideStatus } from '@app/speakers';
import { ApiErrorResponse } from '../http/api-error.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { RequestError } from '../http/request-error.js';
import { attachment } from '../http/content-disposition.js';
import {
  EventSlotSlideStatusResponse,
  PublicSlidesResponse,
  SetSlidesPublicDto,
  SlideVersionResponse,
  SlotSlideStatusResponse,
  ZipDayQuery,
} from './slides.dto.js';

const toResponse = (version: SlideVersion): SlideVersionResponse => ({ ...version, uploadedAt: version.uploadedAt.toISOString() });
const toStatusResponse = <T extends SlotSlideStatus>(row: T) => ({ ...row, start: row.start.toISOString(), uploadedAt: row.uploadedAt?.toISOString() ?? null });

export function sendDownload(reply: FastifyReply, download: { stream: NodeJS.ReadableStream; fileName: string; mediaType: string; size?: number }) {
  reply
    .header('Content-Type', download.mediaType)
    .header('Content-Disposition', attachment(download.fileName))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store');
  if (download.size !== undefined) reply.header('Content-Length', String(download.size));
  return reply.send(download.stream);
}

/** What the upload sniffer accepts, so what a download can be. */
const SLIDE_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.ms-powerpoint',
  'application/vnd.apple.keynote',
  'application/vnd.oasis.opendocument.presentation',
];

const UPLOAD_BODY = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };

/** Slides of one speaker slot. */
@ApiTags('speakers')
@Controller('events/:slug/slots/:slotId/slides')
export class SlidesController {
  constructor(
    private readonly slides: SlidesService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @Authenticated()
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOperation({
    summary: "Upload a new version of the slot's slides (the slot's speakers, organisers)",
    description: 'Streamed multipart, one field "file". PDF, PPTX, PPT, KEY or ODP, detected from the content. Too large: 413; another type: 415.',
  })
  @ApiCreatedResponse({ type: SlideVersionResponse })
  @ApiErrors(400, 401, 404, 413)
  @ApiResponse({ status: 415, description: 'Not a slide format', type: ApiErrorResponse })
  async upload(
    @CurrentUser() user: AuthUser,
    @CurrentEvent() event: EventContext,
    @Param('slotId', ParseUUIDPipe) slotId: string,
    @Req() request: FastifyRequest,
  ): Promise<SlideVersionResponse> {
    if (!request.isMultipart()) throw new RequestError('MULTIPART_REQUIRED', 'Send the file as multipart/form-data in a field named "file"');
    await this.slides.assertMayUpload(event, user, slotId);
    const part = await request.file({ limits: { fileSize: this.config.SLIDES_MAX_BYTES, files: 1 } }).catch((error: unknown) => {
      throw new RequestError('MULTIPART_UNREADABLE', `The multipart body could not be read: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!part) throw new RequestError('FILE_MISSING', 'No file in the request: send it in a field named "file"');
    return toResponse(await this.slides.upload(event, user, slotId, { stream: part.file, truncated: () => part.file.truncated }));
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "Every version of the slides, newest (current) first (the slot's speakers, organisers)" })
  @ApiOkResponse({ type: [SlideVersionResponse] })
  @ApiErrors(400, 401, 404)
  async versions(
    @CurrentUser() user: AuthUser,
    @CurrentEvent() event: EventContext,
    @Param('slotId', ParseUUIDPipe) slotId: string,
  ): Promise<SlideVersionResponse[]> {
    return (await this.slides.versions(event, user, slotId)).map(toResponse);
  }

  @Get('current')
  @Public()
  @ApiOperation({
    summary: 'Download the current slides',
    description: "The slot's speakers, organisers and staff; everyone once a speaker has made them public and the slot is over.",
  })
  @ApiFileResponse(SLIDE_MEDIA_TYPES, 'The file, as an attachment named after the speaker and the slot')
  @ApiErrors(400, 404)
  async current(
    @CurrentUser() user: AuthUser | undefined,
    @CurrentEvent() event: EventContext,
    @Param('slotId', ParseUUIDPipe) slotId: string,
    @Res() reply: FastifyReply,
  ) {
    return sendDownload(reply, await this.slides.download(event, user, slotId, 'current'));
  }

  @Get('versions/:version')
  @Authenticated()
  @ApiOperation({ summary: 'Download one version of the slides (organisers; the current one also its speakers and staff)' })
  @ApiFileResponse(SLIDE_MEDIA_TYPES, 'The file, as an attachment')
  @ApiErrors(400, 401, 404)
  async version(
    @CurrentUser() user: AuthUser,
    @CurrentEvent() event: EventContext,
    @Param('slotId', ParseUUIDPipe) slotId: string,
    @Param('version', ParseIntPipe) version: number,
    @Res() reply: FastifyReply,
  ) {
    const download: SlideDownload = await this.slides.download(event, user, slotId, version);
    return sendDownload(reply, download);
  }

  @Put('public')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: "Share the slides with everyone after the session, or stop sharing (the slot's speakers, organisers)" })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 404)
  async setPublic(
    @CurrentUser() user: AuthUser,
    @CurrentEvent() event: EventContext,
    @Param('slotId', ParseUUIDPipe) slotId: string,
    @Body() body: SetSlidesPublicDto,
  ): Promise<void> {
    await this.slides.setPublic(event, user, slotId, body.public);
  }
}

/** The AV hand-off and the organisers' board. */
@ApiTags('speakers')
@Controller('events/:slug')
export class SlideHandOffController {
  constructor(private readonly slides: SlidesService) {}

  @Get('sessions/:sessionId/public-slides')
  @Public()
  @ApiOperation({ summary: "The session's talks whose slides anyone may download: a speaker shared them and the talk is over" })
  @ApiOkResponse({ type: [PublicSlidesResponse] })
  @ApiErrors(400, 404)
  async publicSlides(@CurrentEvent() event: EventContext, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<PublicSlidesResponse[]> {
    return this.slides.publicOfSession(event, sessionId);
  }

  @Get('sessions/:sessionId/slide-status')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Slide status of every slot of a session, in speaking order: which lack slides (organiser)' })
  @ApiOkResponse({ type: [SlotSlideStatusResponse] })
  @ApiErrors(400, 401, 403, 404)
  async status(@CurrentEvent() event: EventContext, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<SlotSlideStatusResponse[]> {
    return (await this.slides.statusBoard(event, sessionId)).map(toStatusResponse);
  }

  @Get('slide-status')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Slide status of every slot of the event, with its session: the whole board in one request (organiser)',
    description: "Sessions by start time, slots in speaking order; each item as in the session's slide status, plus sessionId and sessionTitle.",
  })
  @ApiOkResponse({ type: [EventSlotSlideStatusResponse] })
  @ApiErrors(401, 403, 404)
  async eventStatus(@CurrentEvent() event: EventContext): Promise<EventSlotSlideStatusResponse[]> {
    return (await this.slides.eventStatusBoard(event)).map(toStatusResponse);
  }

  @Get('sessions/:sessionId/slides.zip')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({ summary: 'The current slides of every slot of a session, named in speaking order, streamed as a zip (organiser, staff)' })
  @ApiFileResponse('application/zip', 'A zip of 01-<speaker>-<title>.<ext> files')
  @ApiErrors(400, 401, 403, 404)
  async sessionZip(@CurrentEvent() event: EventContext, @Param('sessionId', ParseUUIDPipe) sessionId: string, @Res() reply: FastifyReply) {
    const zip = await this.slides.zip(event, { kind: 'session', sessionId });
    return sendDownload(reply, { ...zip, mediaType: 'application/zip' });
  }

  @Get('rooms/:roomId/slides.zip')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({ summary: "The current slides of a room's sessions on one day, a folder per session, streamed as a zip (organiser, staff: the AV team)" })
  @ApiFileResponse('application/zip', 'A zip with a folder per session')
  @ApiErrors(400, 401, 403, 404)
  async roomZip(@CurrentEvent() event: EventContext, @Param('roomId', ParseUUIDPipe) roomId: string, @Query() query: ZipDayQuery, @Res() reply: FastifyReply) {
    const zip = await this.slides.zip(event, { kind: 'room', roomId, date: query.date });
    return sendDownload(reply, { ...zip, mediaType: 'application/zip' });
  }

  @Get('slides.zip')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({ summary: 'The current slides of one day, a folder per room and session, streamed as a zip (organiser, staff: the AV team)' })
  @ApiFileResponse('application/zip', 'A zip with a folder per room, then per session')
  @ApiErrors(400, 401, 403, 404)
  async dayZip(@CurrentEvent() event: EventContext, @Query() query: ZipDayQuery, @Res() reply: FastifyReply) {
    const zip = await this.slides.zip(event, { kind: 'day', date: query.date });
    return sendDownload(reply, { ...zip, mediaType: 'application/zip' });
  }
}
