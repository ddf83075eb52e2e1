import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import { assertReadableIn, ReadingLanguageQuery } from '@app/events';
import {
  ApplicationLinkDto,
  ApplicationResponse,
  ApplicationsService,
  CommissionDeskResponse,
  CreateApplicationDto,
  DossierService,
  NotShortlistedDto,
  RequiredDocumentResponse,
  RequiredDocumentsService,
  ReturnApplicationDto,
  SetRequiredDocumentsDto,
  StageNoteDto,
  UpdateApplicationDto,
} from '@app/awards';
import { AppConfig } from '@app/config';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { sendStoredFile } from '../http/stored-file.js';
import { type ApplicationAt, ApplicationStep, CurrentApplication, ONE_APPLICATION as ONE } from './application-at.decorator.js';
import { RequestError } from '../http/request-error.js';

const UPLOAD_BODY = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };

/**
 * Applications through their stages: the city's representative drafts and submits, its National
 * Commission endorses or returns, the secretariat (organisers) shortlists for the jury.
 */
@ApiTags('awards')
@Controller('events/:slug/awards')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly checklist: RequiredDocumentsService,
    private readonly dossiers: DossierService,
    private readonly config: AppConfig,
  ) {}

  @Get('rounds/:roundId/required-documents')
  @Public()
  @ApiOperation({
    summary: 'The round’s checklist of required documents: each a file of given types, or a link (videos), labelled in ?language= or the event’s first',
  })
  @ApiOkResponse({ type: [RequiredDocumentResponse] })
  @ApiErrors(400, 404, 422)
  requiredDocuments(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Query() query: ReadingLanguageQuery,
  ): Promise<RequiredDocumentResponse[]> {
    assertReadableIn(event, query.language);
    return this.checklist.list(event, roundId, query.language);
  }

  @Put('rounds/:roundId/required-documents')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Set the round’s checklist of required documents (organiser)' })
  @ApiOkResponse({ type: [RequiredDocumentResponse] })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  setRequiredDocuments(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() body: SetRequiredDocumentsDto,
  ): Promise<RequiredDocumentResponse[]> {
    return this.checklist.set(event, roundId, body);
  }

  @Post('rounds/:roundId/applications')
  @RequireEventRole('representative')
  @ApiOperation({ summary: 'Draft an application of a city I represent, addressed to its country’s National Commission (representative)' })
  @ApiCreatedResponse({ type: ApplicationResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  draft(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() body: CreateApplicationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ApplicationResponse> {
    return this.applications.draft(event, roundId, body, user.id);
  }

  @Get('applications/mine')
  @RequireEventRole('representative')
  @ApiOperation({ summary: 'My cities’ applications in every round, at whatever stage, rounds named in ?language= or the event’s first (representative)' })
  @ApiOkResponse({ type: [ApplicationResponse] })
  @ApiErrors(400, 401, 403, 404, 422)
  mine(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser, @Query() query: ReadingLanguageQuery): Promise<ApplicationResponse[]> {
    assertReadableIn(event, query.language);
    return this.applications.mine(event, user.id, query.language);
  }

  @Patch(`rounds/${ONE}`)
  @RequireEventRole('representative')
  @ApiOperation({ summary: 'Change the summary of my draft or returned application (representative)' })
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Body() body: UpdateApplicationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ApplicationResponse> {
    return this.applications.updateSummary(event, roundId, applicationId, body.summary, user.id);
  }

  @Post(`rounds/${ONE}/items/:requirementId/file`)
  @RequireEventRole('representative')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOperation({
    summary: 'Upload the file of a checklist item of my draft or returned application (representative)',
    description: 'Streamed multipart, one field "file", of the types the item accepts, detected from the content. Too large: 413; another type: 415.',
  })
  @ApiCreatedResponse({ type: ApplicationResponse })
  @ApiErrors(400, 401, 403, 404, 409, 413, 422)
  async upload(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Param('requirementId', ParseUUIDPipe) requirementId: string,
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
  ): Promise<ApplicationResponse> {
    if (!request.isMultipart()) throw new RequestError('MULTIPART_REQUIRED', 'Send the file as multipart/form-data in a field named "file"');
    const item = await this.applications.fileRequirement(event, roundId, applicationId, requirementId, user.id);
    const part = await request.file({ limits: { fileSize: this.config.SLIDES_MAX_BYTES, files: 1 } }).catch((error: unknown) => {
      throw new RequestError('MULTIPART_UNREADABLE', `The multipart body could not be read: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!part) throw new RequestError('FILE_MISSING', 'No file in the request: send it in a field named "file"');
    await this.dossiers.store(applicationId, { stream: part.file, filename: part.filename, truncated: () => part.file.truncated }, item.fileTypes, item.id);
    return (await this.applications.mine(event, user.id)).find((application) => application.id === applicationId)!;
  }

  @Post(`rounds/${ONE}/items/:requirementId/link`)
  @RequireEventRole('representative')
  @ApiOperation({ summary: 'Give the link (a video) of a checklist item of my draft or returned application (representative)' })
  @ApiCreatedResponse({ type: ApplicationResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  link(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Param('requirementId', ParseUUIDPipe) requirementId: string,
    @Body() body: ApplicationLinkDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ApplicationResponse> {
    return this.applications.addLink(event, roundId, applicationId, requirementId, body.url, user.id);
  }

  @Delete(`rounds/${ONE}/documents/:documentId`)
  @RequireEventRole('representative')
  @ApiOperation({ summary: 'Take a file or link off my draft or returned application (representative)' })
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  removeDocument(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ApplicationResponse> {
    return this.applications.removeDocument(event, roundId, applicationId, documentId, user.id);
  }

  @ApplicationStep(
    'submit',
    'representative',
    'Submit my application to the National Commission: complete and eligible, before the deadline (representative)',
    [400, 401, 403, 404, 409, 422],
  )
  submit(@CurrentApplication() at: ApplicationAt): Promise<ApplicationResponse> {
    return this.applications.submit(at.event, at.roundId, at.applicationId, at.userId);
  }

  @Get('commission/applications')
  @RequireEventRole('commission')
  @ApiOperation({
    summary:
      'The applications addressed to my National Commission, and its endorsements against each round’s limit, named in ?language= or the event’s first (commission officer)',
  })
  @ApiOkResponse({ type: CommissionDeskResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  commissionDesk(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser, @Query() query: ReadingLanguageQuery): Promise<CommissionDeskResponse> {
    assertReadableIn(event, query.language);
    return this.applications.commissionDesk(event, user.id, query.language);
  }

  @ApplicationStep(
    'endorse',
    'commission',
    'Endorse a submitted application, within the round’s limit per Commission (422 beyond it) (commission officer)',
    [400, 401, 403, 404, 409, 422],
  )
  endorse(@CurrentApplication() at: ApplicationAt, @Body() body: StageNoteDto): Promise<ApplicationResponse> {
    return this.applications.endorse(at.event, at.roundId, at.applicationId, body.note ?? '', at.userId);
  }

  @ApplicationStep('return', 'commission', 'Return a submitted application to the city with what to change (commission officer)', [400, 401, 403, 404, 409])
  returnToCity(@CurrentApplication() at: ApplicationAt, @Body() body: ReturnApplicationDto): Promise<ApplicationResponse> {
    return this.applications.returnToCity(at.event, at.roundId, at.applicationId, body.note, at.userId);
  }

  @Get('rounds/:roundId/applications')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Applications endorsed by their Commissions, and those shortlisted, named in ?language= or the event’s first (organiser, as the secretariat)',
  })
  @ApiOkResponse({ type: [ApplicationResponse] })
  @ApiErrors(400, 401, 403, 404, 422)
  forSecretariat(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Query() query: ReadingLanguageQuery,
  ): Promise<ApplicationResponse[]> {
    assertReadableIn(event, query.language);
    return this.applications.forSecretariat(event, roundId, query.language);
  }

  @ApplicationStep(
    'shortlist',
    'organiser',
    'Shortlist an endorsed, complete application for the jury (organiser, as the secretariat)',
    [400, 401, 403, 404, 409, 422],
  )
  shortlist(@CurrentApplication() at: ApplicationAt, @Body() body: StageNoteDto): Promise<ApplicationResponse> {
    return this.applications.shortlist(at.event, at.roundId, at.applicationId, body.note ?? '', at.userId);
  }

  @ApplicationStep(
    'not-shortlisted',
    'organiser',
    'Mark an endorsed application not shortlisted, saying why; the city and its Commission are told (organiser, as the secretariat)',
    [400, 401, 403, 404, 409],
  )
  notShortlist(@CurrentApplication() at: ApplicationAt, @Body() body: NotShortlistedDto): Promise<ApplicationResponse> {
    return this.applications.notShortlist(at.event, at.roundId, at.applicationId, body.note, at.userId);
  }

  @Get(`rounds/${ONE}/documents/:documentId`)
  @RequireEventRole('representative', 'commission', 'organiser', 'juror')
  @ApiOperation({
    summary: 'Download a file of an application, at a stage the caller takes part in',
    description:
      'The city’s representative always; its Commission’s officers once submitted; the secretariat (organisers) once endorsed; jurors once shortlisted and assigned. Anyone else: 404.',
  })
  @ApiFileResponse(['application/pdf', 'image/png', 'image/jpeg'], 'The file, as an attachment')
  @ApiErrors(400, 401, 403, 404)
  async downloadDocument(
    @CurrentEvent() event: EventContext,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @CurrentUser() user: AuthUser,
    @Res() reply: FastifyReply,
  ) {
    return sendStoredFile(reply, await this.dossiers.forApplicationParty(event, roundId, applicationId, documentId, user.id));
  }
}
