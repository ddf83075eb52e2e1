import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public, RequireEventRole } from '@app/auth';
import { AgendaEntryResponse, AgendaResponse, AgendaService, SessionAttendanceResponse, SignUpForSessionDto } from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';

/** The delegate's personal agenda, through the private link from their email: no password. */
@ApiTags('agenda')
@ApiParam({ name: 'token', description: 'The private token from the management link' })
@Controller('registrations/manage/:token')
@Public()
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('agenda')
  @ApiOperation({ summary: 'My agenda: the sessions I signed up for or wait for, in order of start time, in the event’s time zone' })
  @ApiOkResponse({ type: AgendaResponse })
  @ApiErrors(404)
  view(@Param('token') token: string): Promise<AgendaResponse> {
    return this.agenda.agenda(token);
  }

  @Get('agenda.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="agenda.ics"')
  // The address is the secret: keep copies out of shared caches.
  @Header('Cache-Control', 'private, no-cache')
  @ApiOperation({ summary: 'My agenda as an iCalendar feed a phone or calendar app can subscribe to (keep the address to yourself)' })
  @ApiFileResponse('text/calendar', 'iCalendar (RFC 5545), one event per session, times in the event’s time zone')
  @ApiErrors(404)
  calendar(@Param('token') token: string): Promise<string> {
    return this.agenda.calendar(token);
  }

  @Post('agenda')
  @ApiOperation({
    summary: 'Sign up for a session: a seat while seats remain, otherwise a place on its waiting list',
    description:
      'Only a confirmed registration may sign up (409). A session that overlaps one already in the agenda, signed up or waiting, ' +
      'is refused with 409 naming that session and its time.',
  })
  @ApiCreatedResponse({ type: AgendaEntryResponse })
  @ApiErrors(400, 404, 409)
  signUp(@Param('token') token: string, @Body() body: SignUpForSessionDto): Promise<AgendaEntryResponse> {
    return this.agenda.signUp(token, body.sessionId);
  }

  @Delete('agenda/:sessionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Leave a session; a seat I held goes to the first on its waiting list, who is told by mail' })
  @ApiNoContentResponse()
  @ApiErrors(400, 404)
  async cancel(@Param('token') token: string, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<void> {
    await this.agenda.cancel(token, sessionId);
  }
}

@ApiTags('agenda')
@Controller('events/:slug/sessions')
export class SessionAttendanceController {
  constructor(private readonly agenda: AgendaService) {}

  @Get(':sessionId/attendance')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Seats taken, the seat limit and the waiting list of a session (organiser)' })
  @ApiOkResponse({ type: SessionAttendanceResponse })
  @ApiErrors(400, 401, 403, 404)
  async attendance(@CurrentEvent() event: EventContext, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<SessionAttendanceResponse> {
    return this.agenda.attendance(event.id, sessionId);
  }
}
