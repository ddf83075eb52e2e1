import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentEvent, type EventContext, Public, RequireEventRole } from '@app/auth';
import {
  EventIdentityResponse,
  EventIdentityService,
  IDENTITY_IMAGE_MAX_BYTES,
  type IdentityImageUpload,
  SetSignatoriesDto,
  UpdateEventIdentityDto,
} from '@app/events';
import { ApiErrorResponse } from '../http/api-error.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { RequestError } from '../http/request-error.js';

const IMAGE_BODY = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };

async function imageUpload(request: FastifyRequest): Promise<IdentityImageUpload> {
  if (!request.isMultipart()) throw new RequestError('MULTIPART_REQUIRED', 'Send the image as multipart/form-data in a field named "file"');
  const part = await request.file({ limits: { fileSize: IDENTITY_IMAGE_MAX_BYTES, files: 1 } }).catch((error: unknown) => {
    throw new RequestError('MULTIPART_UNREADABLE', `The multipart body could not be read: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!part) throw new RequestError('FILE_MISSING', 'No file in the request: send it in a field named "file"');
  return { stream: part.file, truncated: () => part.file.truncated };
}

/** The event's identity on its documents: emblem, colours, organiser, signatories and their signatures. */
@ApiTags('events')
@Controller('events/:slug/identity')
export class EventIdentityController {
  constructor(private readonly identity: EventIdentityService) {}

  @Get()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The identity documents print: emblem, colours, organiser, signatories (organiser)' })
  @ApiOkResponse({ type: EventIdentityResponse })
  @ApiErrors(401, 403, 404)
  get(@CurrentEvent() event: EventContext): Promise<EventIdentityResponse> {
    return this.identity.get(event);
  }

  @Patch()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Set the organiser name and colours printed on documents (organiser)' })
  @ApiOkResponse({ type: EventIdentityResponse })
  @ApiErrors(400, 401, 403, 404)
  update(@CurrentEvent() event: EventContext, @Body() body: UpdateEventIdentityDto): Promise<EventIdentityResponse> {
    return this.identity.update(event, body);
  }

  @Put('emblem')
  @RequireEventRole('organiser')
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMAGE_BODY)
  @ApiOperation({ summary: 'Set the emblem: PNG or JPEG by content, at most 2 MB (organiser)' })
  @ApiOkResponse({ type: EventIdentityResponse })
  @ApiErrors(400, 401, 403, 404, 413)
  @ApiResponse({ status: 415, description: 'Not a PNG or JPEG image', type: ApiErrorResponse })
  async setEmblem(@CurrentEvent() event: EventContext, @Req() request: FastifyRequest): Promise<EventIdentityResponse> {
    return this.identity.setEmblem(event, await imageUpload(request));
  }

  @Delete('emblem')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Remove the emblem (organiser)' })
  @ApiOkResponse({ type: EventIdentityResponse })
  @ApiErrors(401, 403, 404)
  removeEmblem(@CurrentEvent() event: EventContext): Promise<EventIdentityResponse> {
    return this.identity.removeEmblem(event);
  }

  @Get('emblem')
  @Public()
  @ApiOperation({ summary: 'The emblem (public: it heads the event’s page as it heads its documents)' })
  @ApiFileResponse(['image/png', 'image/jpeg'], 'The image')
  @ApiErrors(404)
  async emblem(@CurrentEvent() event: EventContext, @Res() reply: FastifyReply) {
    const image = await this.identity.emblem(event);
    reply.header('Content-Type', image.mediaType).header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'public, max-age=60');
    return reply.send(image.stream);
  }

  @Put('signatories')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Set who signs the event’s documents, in order; those named by id keep their signature image (organiser)' })
  @ApiOkResponse({ type: EventIdentityResponse })
  @ApiErrors(400, 401, 403, 404)
  setSignatories(@CurrentEvent() event: EventContext, @Body() body: SetSignatoriesDto): Promise<EventIdentityResponse> {
    return this.identity.setSignatories(event, body);
  }

  @Put('signatories/:signatoryId/signature')
  @RequireEventRole('organiser')
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMAGE_BODY)
  @ApiOperation({ summary: 'Set a signatory’s signature image: PNG or JPEG by content, at most 2 MB (organiser)' })
  @ApiOkResponse({ type: EventIdentityResponse })
  @ApiErrors(400, 401, 403, 404, 413)
  @ApiResponse({ status: 415, description: 'Not a PNG or JPEG image', type: ApiErrorResponse })
  async setSignature(
    @CurrentEvent() event: EventContext,
    @Param('signatoryId', ParseUUIDPipe) signatoryId: string,
    @Req() request: FastifyRequest,
  ): Promise<EventIdentityResponse> {
    return this.identity.setSignature(event, signatoryId, await imageUpload(request));
  }

  @Get('signatories/:signatoryId/signature')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'A signatory’s signature image (organiser only: a signature is not for the public)' })
  @ApiFileResponse(['image/png', 'image/jpeg'], 'The image')
  @ApiErrors(400, 401, 403, 404)
  async signature(@CurrentEvent() event: EventContext, @Param('signatoryId', ParseUUIDPipe) signatoryId: string, @Res() reply: FastifyReply) {
    const image = await this.identity.signature(event, signatoryId);
    reply.header('Content-Type', image.mediaType).header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'private, no-store');
    return reply.send(image.stream);
  }
}
