import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, RequireEventRole } from '@app/auth';
import { CeremonyService, RunOfShowDto, RunOfShowPdfQuery, RunOfShowResponse } from '@app/awards';
import { assertReadableIn, ReadingLanguageQuery } from '@app/events';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { attachment } from '../http/content-disposition.js';

/** The run of show of a ceremony session: it names winners, who are confidential to the organisers until released. */
@ApiTags('awards: ceremonies')
@Controller('events/:slug/ceremonies/:sessionId')
export class CeremoniesController {
  constructor(private readonly ceremonies: CeremonyService) {}

  @Put('run-of-show')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Set the run of show of a ceremony session: ordered award presentations and recognitions of new GNLC members (organiser)',
    description: 'Items must fit the session’s time; an award item names a confirmed winner. 422 names each problem.',
  })
  @ApiOkResponse({ type: RunOfShowResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  set(@CurrentEvent() event: EventContext, @Param('sessionId', ParseUUIDPipe) sessionId: string, @Body() body: RunOfShowDto): Promise<RunOfShowResponse> {
    return this.ceremonies.set(event, sessionId, body);
  }

  @Get('run-of-show')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary:
      'The run of show as JSON, each item with its start and end in the event’s time zone, titled in ?language= or the event’s first language (organiser)',
  })
  @ApiOkResponse({ type: RunOfShowResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  get(
    @CurrentEvent() event: EventContext,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Query() query: ReadingLanguageQuery,
  ): Promise<RunOfShowResponse> {
    assertReadableIn(event, query.language);
    return this.ceremonies.get(event, sessionId, query.language);
  }

  @Get('run-of-show.pdf')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The run of show, printable, as PDF (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404, 422)
  async pdf(
    @CurrentEvent() event: EventContext,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Query() query: RunOfShowPdfQuery,
  ): Promise<StreamableFile> {
    const { filename, stream } = await this.ceremonies.pdf(event, sessionId, query.language ?? 'en');
    return new StreamableFile(stream, { type: 'application/pdf', disposition: attachment(filename) });
  }
}
