import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, RequireEventRole } from '@app/auth';
import {
  CreateSessionDto,
  CreateSlotDto,
  IMPORT_COLUMNS,
  ProgrammeImportService,
  ProgrammeService,
  SessionResponse,
  UpdateSessionDto,
  UpdateSlotDto,
} from '@app/programme';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ProgrammeImportResponse } from './programme.dto.js';
import { RequestError } from '../http/request-error.js';
import { toSessionResponse } from './session.mappers.js';

/** The organisers' draft timetable. */
@ApiTags('programme')
@Controller('events/:slug/sessions')
@RequireEventRole('organiser')
export class SessionsController {
  constructor(
    private readonly programme: ProgrammeService,
    private readonly importer: ProgrammeImportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every session of the draft, with slots, in time order (organiser)' })
  @ApiOkResponse({ type: [SessionResponse] })
  @ApiErrors(401, 403, 404)
  async list(@CurrentEvent() event: EventContext): Promise<SessionResponse[]> {
    const { snapshot } = await this.programme.draft(event);
    return snapshot.sessions.map((session) => toSessionResponse(session, event.timeZone));
  }

  @Post()
  @ApiOperation({
    summary: 'Add a session to the draft (organiser)',
    description: "Times are in the event's time zone unless they carry an offset. 409 names the session holding the room, or says the event's dates.",
  })
  @ApiCreatedResponse({ type: SessionResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async create(@CurrentEvent() event: EventContext, @Body() body: CreateSessionDto): Promise<SessionResponse> {
    return this.show(event, await this.programme.createSession(event, body));
  }

  @Post('import')
  @ApiConsumes('text/csv')
  @ApiBody({
    description: `CSV (UTF-8) with the columns ${IMPORT_COLUMNS.join(',')}; row is "session" or "slot", a slot names its session by ref`,
    schema: { type: 'string' },
  })
  @ApiOperation({
    summary: 'Import sessions and slots from a spreadsheet, all or nothing (organiser)',
    description: 'Anything wrong: 422 with a line-by-line report in details, and nothing imported.',
  })
  @ApiCreatedResponse({ type: ProgrammeImportResponse })
  @ApiErrors(400, 401, 403, 404, 413, 422)
  async import(@CurrentEvent() event: EventContext, @Body() body: unknown): Promise<ProgrammeImportResponse> {
    if (typeof body !== 'string') throw new RequestError('CSV_REQUIRED', 'Send the file as text/csv');
    return this.importer.import(event, body);
  }

  @Get(':sessionId')
  @ApiOperation({ summary: 'One session of the draft (organiser)' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentEvent() event: EventContext, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<SessionResponse> {
    return this.show(event, sessionId);
  }

  @Patch(':sessionId')
  @ApiOperation({ summary: 'Edit or move a session; its slots move with it (organiser)' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async update(
    @CurrentEvent() event: EventContext,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() body: UpdateSessionDto,
  ): Promise<SessionResponse> {
    await this.programme.updateSession(event, sessionId, body);
    return this.show(event, sessionId);
  }

  @Delete(':sessionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a session from the draft (organiser); published versions keep it until the next publication' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentEvent() event: EventContext, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<void> {
    await this.programme.deleteSession(event, sessionId);
  }

  @Post(':sessionId/slots')
  @ApiOperation({ summary: 'Add a speaker slot inside the session (organiser); 409 names a speaker who is elsewhere then' })
  @ApiCreatedResponse({ type: SessionResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async addSlot(
    @CurrentEvent() event: EventContext,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() body: CreateSlotDto,
  ): Promise<SessionResponse> {
    await this.programme.addSlot(event, sessionId, body);
    return this.show(event, sessionId);
  }

  @Patch(':sessionId/slots/:slotId')
  @ApiOperation({ summary: 'Edit a slot: title, time, duration or speakers (organiser)' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async updateSlot(
    @CurrentEvent() event: EventContext,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Param('slotId', ParseUUIDPipe) slotId: string,
    @Body() body: UpdateSlotDto,
  ): Promise<SessionResponse> {
    await this.programme.updateSlot(event, sessionId, slotId, body);
    return this.show(event, sessionId);
  }

  @Delete(':sessionId/slots/:slotId')
  @ApiOperation({ summary: 'Remove a slot (organiser)' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(400, 401, 403, 404)
  async removeSlot(
    @CurrentEvent() event: EventContext,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Param('slotId', ParseUUIDPipe) slotId: string,
  ): Promise<SessionResponse> {
    await this.programme.deleteSlot(event, sessionId, slotId);
    return this.show(event, sessionId);
  }

  private async show(event: EventContext, sessionId: string): Promise<SessionResponse> {
    const { session } = await this.programme.session(event, sessionId);
    return toSessionResponse(session, event.timeZone);
  }
}
