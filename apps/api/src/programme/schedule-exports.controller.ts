import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public } from '@app/auth';
import { exportLanguage, exportVariant, ScheduleExportsService, type ScheduleFormat, TimetableResponse } from '@app/programme';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { EXPORT_CONTENT_TYPES, exportEncoding, exportEtag, matches, sendExport, sendNotModified } from './conditional-get.js';
import { ScheduleDocumentResponse } from './programme.dto.js';

interface ConditionalHeaders {
  'if-none-match'?: string;
  'accept-encoding'?: string;
}

interface Reply {
  header(name: string, value: string): Reply;
  code(status: number): Reply;
  send(body?: unknown): void;
}

/** frab and c3voc hold one language: the reader picks it. */
const LANGUAGE_QUERY = ApiQuery({
  name: 'lang',
  required: false,
  type: String,
  example: 'vi',
  description:
    "One of the event's languages (ISO 639): titles, abstracts, room, track and event names in it where the organisers gave them, " +
    "else in the event's first language, which is also the default. Another language: 422 LANGUAGE_NOT_OFFERED.",
});

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
  @LANGUAGE_QUERY
  @ApiErrors(404, 422)
  xml(
    @CurrentEvent() event: EventContext,
    @Query('lang') lang: string | undefined,
    @Headers() headers: ConditionalHeaders,
    @Res() reply: Reply,
  ): Promise<void> {
    return this.send(event, 'xml', exportLanguage(event, lang), headers, reply);
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
  @LANGUAGE_QUERY
  @ApiErrors(404, 422)
  json(
    @CurrentEvent() event: EventContext,
    @Query('lang') lang: string | undefined,
    @Headers() headers: ConditionalHeaders,
    @Res() reply: Reply,
  ): Promise<void> {
    return this.send(event, 'json', exportLanguage(event, lang), headers, reply);
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
  @LANGUAGE_QUERY
  @ApiErrors(404, 422)
  ics(
    @CurrentEvent() event: EventContext,
    @Query('lang') lang: string | undefined,
    @Headers() headers: ConditionalHeaders,
    @Res() reply: Reply,
  ): Promise<void> {
    return this.send(event, 'ics', exportLanguage(event, lang), headers, reply);
  }

  @Get('programme')
  @Public()
  @ApiOperation({ summary: 'The latest published programme for the web timetable: days (in the event’s zone) → rooms → sessions → slots' })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({ description: 'The timetable, with ETag and Cache-Control', type: TimetableResponse })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag given' })
  @ApiErrors(404)
  timetable(@CurrentEvent() event: EventContext, @Headers() headers: ConditionalHeaders, @Res() reply: Reply): Promise<void> {
    // Every language in one document: the page picks the reader's.
    return this.send(event, 'programme', event.languages[0], headers, reply);
  }

  private async send(event: EventContext, format: ScheduleFormat, language: string, headers: ConditionalHeaders, reply: Reply): Promise<void> {
    const variant = exportVariant(format, language);
    const encoding = exportEncoding(headers['accept-encoding']);
    const known = await this.exports.latestVersion(event);
    if (known && matches(headers['if-none-match'], exportEtag(event.slug, known.version, variant)))
      return sendNotModified(reply, exportEtag(event.slug, known.version, variant), encoding);
    const { version, body } = await this.exports.render(event, format, language, known);
    sendExport(reply, exportEtag(event.slug, version, variant), EXPORT_CONTENT_TYPES[format], body, encoding);
  }
}
