import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { OptOutsService, UnsubscribeQuery, UnsubscribeResponse } from '@app/notifications';
import { ApiErrors } from '../http/api-errors.decorator.js';

/**
 * The link in a message's footer and List-Unsubscribe header: anyone holding it, no account. The
 * token rides in the query: it carries the address, so it can be longer than a path segment may be.
 */
@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly optOuts: OptOutsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'What an unsubscribe link stops, and whether it already has (anyone with the link)' })
  @ApiOkResponse({ type: UnsubscribeResponse })
  @ApiErrors(400, 404)
  describe(@Query() query: UnsubscribeQuery): Promise<UnsubscribeResponse> {
    return this.optOuts.describe(query.token);
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Stop future messages of this kind from this event (anyone with the link)',
    description: 'Also the RFC 8058 one-click target: mail programs POST `List-Unsubscribe=One-Click` as a form. Doing it twice is harmless.',
  })
  @ApiOkResponse({ type: UnsubscribeResponse })
  @ApiErrors(400, 404)
  optOut(@Query() query: UnsubscribeQuery): Promise<UnsubscribeResponse> {
    return this.optOuts.optOut(query.token);
  }
}
