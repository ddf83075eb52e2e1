import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import { DossierDocumentResponse, DossierService } from '@app/awards';
import { AppConfig } from '@app/config';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { RequestError } from '../http/request-error.js';
import { sendStoredFile as send } from '../http/stored-file.js';

const UPLOAD_BODY = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };

/** Dossier files of nominations, through the storage port: uploaded by organisers, read by them and the nomination's jurors. */
@ApiTags('awards')
@Controller('events/:slug/awards')
export class DossiersController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly config: AppConfig,
  ) {}

  @Post('rounds/:roundId/nominations/:nominationId/documents')
  @RequireEventRole('organiser')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOperation({
    summary: 'Add a file to a nomination’s dossier until judging closes (organiser)',
    description: 'Streamed multipart, one field "file": PDF, PNG or JPEG, detected from the content. Too large: 413; another type: 415.',
  })
  @ApiCreatedResponse({ type: DossierDocumentResponse })
  @ApiErrors(400, 401, 403, 404, 409, 413)
  async upload(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Req() request: FastifyRequest,
  ): Promise<DossierDocumentResponse> {
    if (!request.isMultipart()) throw new RequestError('MULTIPART_REQUIRED', 'Send the file as multipart/form-data in a field named "file"');
    await this.dossiers.assertMayUpload(event, roundId, nominationId);
    const part = await request.file({ limits: { fileSize: this.config.SLIDES_MAX_BYTES, files: 1 } }).catch((error: unknown) => {
      throw new RequestError('MULTIPART_UNREADABLE', `The multipart body could not be read: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!part) throw new RequestError('FILE_MISSING', 'No file in the request: send it in a field named "file"');
    return this.dossiers.upload(event, roundId, nominationId, { stream: part.file, filename: part.filename, truncated: () => part.file.truncated });
  }

  @Get('rounds/:roundId/nominations/:nominationId/documents/:documentId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Download a dossier file (organiser)' })
  @ApiFileResponse(['application/pdf', 'image/png', 'image/jpeg'], 'The file, as an attachment')
  @ApiErrors(400, 401, 403, 404)
  async download(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Res() reply: FastifyReply,
  ) {
    return send(reply, await this.dossiers.forOrganiser(event, roundId, nominationId, documentId));
  }

  @Get('jury/rounds/:roundId/nominations/:nominationId/documents/:documentId')
  @RequireEventRole('juror')
  @ApiOperation({ summary: 'Download a dossier file of one of my nominations (juror)' })
  @ApiFileResponse(['application/pdf', 'image/png', 'image/jpeg'], 'The file, as an attachment')
  @ApiErrors(400, 401, 403, 404)
  async jurorDownload(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @CurrentUser() user: AuthUser,
    @Res() reply: FastifyReply,
  ) {
    return send(reply, await this.dossiers.forJuror(event, roundId, nominationId, documentId, user.id));
  }
}
