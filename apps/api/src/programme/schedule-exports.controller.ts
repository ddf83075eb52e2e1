import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public } from '@app/auth';
import { ScheduleExportsService, type ScheduleFormat, TimetableResponse } from '@app/programme';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { EXPORT_CACHE_CONTROL, exportEtag, matches, sendNotModified } from './conditional-get.js';
import { ScheduleDocumentResponse } from './programme.dto.js';

interface Reply {
  header(name: string, value: string): Reply;
  code(status: number): Reply;
  send(body?: unknown): void;
}

const CONTENT_TYPES: Record<ScheduleFormat, string> = {
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  programme: 'application/json; charset=utf-8',
};

/** The latest published programme in the formats conference apps and calendars read. Public. */
@ApiTags('programme')
@Controller('events/:slug')
export class ScheduleExportsController {
  constructor(private readonly exports: ScheduleExportsService) {}

  @Get('schedule.xml')
  @Public()
  @ApiOperation({
    summary: 'The latest published programme as frab / "Fahrplan" schedule.xml',
    description: 'Valid against the c3voc schedule.xml.xsd; read by Giggity, EventFahrplan, ConfClerk. Days run from 04:00 to 04:00 in the event’s zone.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiFileResponse('application/xml', 'schedule.xml, with ETag and Cache-Control')
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag given' })
  @ApiErrors(404)
  xml(@CurrentEvent() event: EventContext, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: Reply): Promise<void> {
    return this.send(event, 'xml', ifNoneMatch, reply);
  }

  @Get('schedule.json')
  @Public()
  @ApiOperation({
    summary: 'The latest published programme in the c3voc schedule JSON form',
    description: 'Valid against the c3voc schedule schema.json (draft-06).',
  })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({ description: 'schedule.json (c3voc schedule document), with ETag and Cache-Control', type: ScheduleDocumentResponse })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag given' })
  @ApiErrors(404)
  json(@CurrentEvent() event: EventContext, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: Reply): Promise<void> {
    return this.send(event, 'json', ifNoneMatch, reply);
  }

  @Get('schedule.ics')
  @Public()
  @ApiOperation({
    summary: 'The latest published programme as an iCalendar feed (RFC 5545), one event per session',
    description: 'Stable UIDs, so a subscribed calendar updates sessions in place.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiFileResponse('text/calendar', 'schedule.ics, with ETag and Cache-Control')
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag given' })
  @ApiErrors(404)
  ics(@CurrentEvent() event: EventContext, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: Reply): Promise<void> {
    return this.send(event, 'ics', ifNoneMatch, reply);
  }

  @Get('programme')
  @Public()
  @ApiOperation({ summary: 'The latest published programme for the web timetable: days (in the event’s zone) → rooms → sessions → slots' })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({ description: 'The timetable, with ETag and Cache-Control', type: TimetableResponse })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag given' })
  @ApiErrors(404)
  timetable(@CurrentEvent() event: EventContext, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: Reply): Promise<void> {
    return this.send(event, 'programme', ifNoneMatch, reply);
  }

  private async send(event: EventContext, format: ScheduleFormat, ifNoneMatch: string | undefined, reply: Reply): Promise<void> {
    const known = await this.exports.latestVersion(event);
    if (known && matches(ifNoneMatch, exportEtag(event.slug, known.version, format)))
      return sendNotModified(reply, exportEtag(event.slug, known.version, format));
    const { version, body } = await this.exports.render(event, format, known);
    reply
      .header('ETag', exportEtag(event.slug, version, format))
      .header('Cache-Control', EXPORT_CACHE_CONTROL)
      .header('Content-Type', CONTENT_TYPES[format])
      .send(body);
  }
}
