import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { OptOutsService, UnsubscribeResponse } from '@app/notifications';
import { ApiErrors } from '../http/api-errors.decorator.js';

/** The link in a message's footer and List-Unsubscribe header: anyone holding it, no account. */
@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly optOuts: OptOutsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'What an unsubscribe link stops, and whether it already has (anyone with the link)' })
  @ApiOkResponse({ type: UnsubscribeResponse })
  @ApiErrors(404)
  describe(@Param('token') token: string): Promise<UnsubscribeResponse> {
    return this.optOuts.describe(token);
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Stop future messages of this kind from this event (anyone with the link)',
    description: 'Also the RFC 8058 one-click target: mail programs POST `List-Unsubscribe=One-Click` as a form. Doing it twice is harmless.',
  })
  @ApiOkResponse({ type: UnsubscribeResponse })
  @ApiErrors(404)
  optOut(@Param('token') token: string): Promise<UnsubscribeResponse> {
    return this.optOuts.optOut(token);
  }
}
