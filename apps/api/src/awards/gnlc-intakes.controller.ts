import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public, RequireEventRole } from '@app/auth';
import { CertificatePdfQuery, CertificateService, GnlcIntakeResponse, GnlcIntakeService, PublicGnlcMemberResponse, SetGnlcIntakeDto } from '@app/awards';
import type { PdfFile } from '@app/documents';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { attachment } from '../http/content-disposition.js';

const pdf = ({ filename, stream }: PdfFile) => new StreamableFile(stream, { type: 'application/pdf', disposition: attachment(filename) });

/** GNLC membership intakes: the cities UNESCO admitted, recognised at the event's ceremony, and their certificates. */
@ApiTags('awards: GNLC membership')
@Controller('events/:slug')
export class GnlcIntakesController {
  constructor(
    private readonly intakes: GnlcIntakeService,
    private readonly certificates: CertificateService,
  ) {}

  @Get('awards/gnlc-intakes')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The GNLC membership intakes recognised at this event, newest year first (organiser)' })
  @ApiOkResponse({ type: [GnlcIntakeResponse] })
  @ApiErrors(401, 403, 404)
  list(@CurrentEvent() event: EventContext): Promise<GnlcIntakeResponse[]> {
    return this.intakes.list(event);
  }

  @Get('awards/gnlc-intakes/:year')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'One year’s intake (organiser)' })
  @ApiOkResponse({ type: GnlcIntakeResponse })
  @ApiErrors(400, 401, 403, 404)
  get(@CurrentEvent() event: EventContext, @Param('year', ParseIntPipe) year: number): Promise<GnlcIntakeResponse> {
    return this.intakes.get(event, year);
  }

  @Put('awards/gnlc-intakes/:year')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Set a year’s new GNLC members and the ceremony that recognises them (organiser)',
    description:
      'Replaces the list. Cities new to the registry are added to it. With a ceremony session, the run of show gets one membership item per city after its other items (rebuilt on each change). 422 names each problem.',
  })
  @ApiOkResponse({ type: GnlcIntakeResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  set(@CurrentEvent() event: EventContext, @Param('year', ParseIntPipe) year: number, @Body() body: SetGnlcIntakeDto): Promise<GnlcIntakeResponse> {
    return this.intakes.set(event, year, body);
  }

  @Delete('awards/gnlc-intakes/:year')
  @RequireEventRole('organiser')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a year’s intake and its membership items from the run of show (organiser)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentEvent() event: EventContext, @Param('year', ParseIntPipe) year: number): Promise<void> {
    await this.intakes.remove(event, year);
  }

  @Get('awards/gnlc-intakes/:year/certificates.pdf')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'A membership certificate for every new member city, dated on the ceremony day, one A4 landscape page each (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404)
  async allCertificates(
    @CurrentEvent() event: EventContext,
    @Param('year', ParseIntPipe) year: number,
    @Query() query: CertificatePdfQuery,
  ): Promise<StreamableFile> {
    return pdf(await this.certificates.forGnlcMembers(event, year, undefined, query.language));
  }

  @Get('awards/gnlc-intakes/:year/members/:memberId/certificate.pdf')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'One new member city’s membership certificate (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404)
  async certificate(
    @CurrentEvent() event: EventContext,
    @Param('year', ParseIntPipe) year: number,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Query() query: CertificatePdfQuery,
  ): Promise<StreamableFile> {
    return pdf(await this.certificates.forGnlcMembers(event, year, memberId, query.language));
  }

  @Get('gnlc-members')
  @Public()
  @ApiOperation({ summary: 'New GNLC members recognised at this event, listed once their ceremony is over (public)' })
  @ApiOkResponse({ type: [PublicGnlcMemberResponse] })
  @ApiErrors(404)
  publicMembers(@CurrentEvent() event: EventContext): Promise<PublicGnlcMemberResponse[]> {
    return this.intakes.publicMembers(event);
  }
}
