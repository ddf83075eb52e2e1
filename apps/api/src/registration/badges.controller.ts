import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import type { PdfFile } from '@app/documents';
import { BadgeListQuery, BadgeService, VisaLetterQuery, VisaLetterService } from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { attachment } from '../http/content-disposition.js';

const pdf = ({ filename, stream }: PdfFile) => new StreamableFile(stream, { type: 'application/pdf', disposition: attachment(filename) });

/** Badges and visa letters as PDF, for the delegate through their private link and for the organisers. */
@ApiTags('badges')
@Controller()
export class BadgesController {
  constructor(
    private readonly badges: BadgeService,
    private readonly visaLetters: VisaLetterService,
  ) {}

  @Get('registrations/manage/:token/badge.pdf')
  @Public()
  @ApiParam({ name: 'token', description: 'The private token from the management link' })
  @ApiOperation({ summary: 'My badge as PDF: name, organisation, place, category and a QR code of my badge code (confirmed registrations only)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(404, 409)
  async myBadge(@Param('token') token: string): Promise<StreamableFile> {
    return pdf(await this.badges.delegateBadge(token));
  }

  @Get('registrations/manage/:token/visa-letter.pdf')
  @Public()
  @ApiParam({ name: 'token', description: 'The private token from the management link' })
  @ApiOperation({
    summary: 'My invitation letter for a visa application as PDF (confirmed registrations that asked for one, with passport details; 409 says what is missing)',
  })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 404, 409)
  async myVisaLetter(@Param('token') token: string, @Query() query: VisaLetterQuery): Promise<StreamableFile> {
    return pdf(await this.visaLetters.forDelegate(token, query.language));
  }

  @Get('events/:slug/badges.pdf')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Badges of the confirmed delegates matching the list filters, one A6 page each, as one PDF (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404)
  async eventBadges(@CurrentEvent() event: EventContext, @Query() query: BadgeListQuery): Promise<StreamableFile> {
    return pdf(await this.badges.eventBadges(event, query));
  }

  @Get('events/:slug/registrations/:id/visa-letter.pdf')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The invitation letter for a visa application of a confirmed delegate, as PDF (organiser; recorded in the passport audit trail)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404, 409)
  async visaLetter(
    @CurrentEvent() event: EventContext,
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: VisaLetterQuery,
  ): Promise<StreamableFile> {
    return pdf(await this.visaLetters.forOrganiser(event, id, user, query.language));
  }
}
