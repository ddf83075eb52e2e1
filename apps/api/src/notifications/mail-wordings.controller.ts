import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import { MailWordingListResponse, MailWordingOverrideResponse, MailWordingPreviewResponse, MailWordingsService, MailWordsDto } from '@app/notifications';
import { EventsService } from '@app/events';
import { ApiErrors } from '../http/api-errors.decorator.js';

/** The automatic mails in the organisers' own words, per event language. */
@ApiTags('notifications')
@Controller('events/:slug/mail-wordings')
export class MailWordingsController {
  constructor(
    private readonly wordings: MailWordingsService,
    private readonly events: EventsService,
  ) {}

  @Get()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The automatic mails organisers may re-word: placeholders, shipped words and overrides per language (organiser)' })
  @ApiOkResponse({ type: MailWordingListResponse })
  @ApiErrors(401, 403, 404)
  async list(@CurrentEvent() event: EventContext): Promise<MailWordingListResponse> {
    return { kinds: await this.wordings.list(event) };
  }

  @Put(':kind/:language')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Re-word an automatic mail in one language (organiser)',
    description: 'Sent from then on instead of the shipped words, in the same layout. A placeholder the mail does not have answers 422 naming it.',
  })
  @ApiOkResponse({ type: MailWordingOverrideResponse })
  @ApiErrors(400, 401, 403, 404, 413, 422)
  put(
    @CurrentEvent() event: EventContext,
    @CurrentUser() user: AuthUser,
    @Param('kind') kind: string,
    @Param('language') language: string,
    @Body() body: MailWordsDto,
  ): Promise<MailWordingOverrideResponse> {
    return this.wordings.put(event, kind, language, body, user.id);
  }

  @Delete(':kind/:language')
  @HttpCode(204)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Back to the shipped words of an automatic mail in one language (organiser)' })
  @ApiNoContentResponse({ description: 'The shipped words are sent from now on' })
  @ApiErrors(401, 403, 404, 422)
  async reset(@CurrentEvent() event: EventContext, @Param('kind') kind: string, @Param('language') language: string): Promise<void> {
    await this.wordings.reset(event, kind, language);
  }

  @Post(':kind/:language/preview')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Words as a made-up recipient would read them, without saving (organiser)' })
  @ApiOkResponse({ type: MailWordingPreviewResponse })
  @ApiErrors(400, 401, 403, 404, 413, 422)
  async preview(
    @CurrentEvent() event: EventContext,
    @Param('kind') kind: string,
    @Param('language') language: string,
    @Body() body: MailWordsDto,
  ): Promise<MailWordingPreviewResponse> {
    // The city as the mails name it, which the request's event context does not carry.
    const { city } = await this.events.findById(event.id);
    return this.wordings.preview({ ...event, city }, kind, language, body);
  }
}
