import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import type { PdfFile } from '@app/documents';
import {
  AttendanceCertificateService,
  BadgeReprintService,
  CertificateQuery,
  ReprintBadgeDto,
  SessionAttendanceListResponse,
  SessionAttendanceQuery,
  SessionAttendanceService,
} from '@app/registration';
import type { FastifyReply } from 'fastify';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { attachment } from '../http/content-disposition.js';

const pdf = ({ filename, stream }: PdfFile) => new StreamableFile(stream, { type: 'application/pdf', disposition: attachment(filename) });

/** Who came: attendance at sessions' doors, replacement badges printed at the desk, certificates of attendance. */
@ApiTags('check-in')
@Controller()
export class AttendanceController {
  constructor(
    private readonly sessions: SessionAttendanceService,
    private readonly reprints: BadgeReprintService,
    private readonly certificates: AttendanceCertificateService,
  ) {}

  @Get('events/:slug/check-ins/sessions')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({
    summary: 'Attendance at each session’s door against its sign-ups, seat limit and room’s seats (organiser or staff)',
    description: 'Door scans are sent through POST …/check-ins/sync with a sessionId, online or after a desk was offline.',
  })
  @ApiOkResponse({ type: SessionAttendanceListResponse })
  @ApiErrors(400, 401, 403, 404)
  async list(@CurrentEvent() event: EventContext, @Query() query: SessionAttendanceQuery): Promise<SessionAttendanceListResponse> {
    return this.sessions.list(event, query.language);
  }

  @Get('events/:slug/check-ins/sessions.csv')
  @RequireEventRole('organiser')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="session-attendance.csv"')
  @ApiOperation({ summary: 'The same attendance per session as CSV, UTF-8 with a byte-order mark (organiser)' })
  @ApiFileResponse('text/csv', 'CSV file')
  @ApiErrors(400, 401, 403, 404)
  async csv(@CurrentEvent() event: EventContext, @Query() query: SessionAttendanceQuery): Promise<string> {
    return this.sessions.csv(event, query.language);
  }

  @Post('events/:slug/check-ins/reprint')
  @HttpCode(200)
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({
    summary: 'Print a replacement badge at the desk (organiser or staff)',
    description: 'The same badge and code as before; each reprint is recorded with its desk, and X-Badge-Reprints says how many there have been.',
  })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404, 409)
  async reprint(
    @CurrentEvent() event: EventContext,
    @Body() body: ReprintBadgeDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { reprints, ...file } = await this.reprints.reprint(event, body.badgeCode, body.desk, user);
    reply.header('X-Badge-Reprints', String(reprints));
    return pdf(file);
  }

  @Get('registrations/manage/:token/certificate.pdf')
  @Public()
  @ApiParam({ name: 'token', description: 'The private token from the management link' })
  @ApiOperation({
    summary: 'My certificate of attendance as PDF: the days I was checked in and the sessions I attended (409 before any check-in)',
  })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 404, 409)
  async myCertificate(@Param('token') token: string, @Query() query: CertificateQuery): Promise<StreamableFile> {
    return pdf(await this.certificates.delegateCertificate(token, query.language));
  }

  @Get('events/:slug/certificates-of-attendance.pdf')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Certificates of attendance for every delegate checked in, one page each in their language (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(401, 403, 404, 409)
  async eventCertificates(@CurrentEvent() event: EventContext): Promise<StreamableFile> {
    return pdf(await this.certificates.eventCertificates(event));
  }
}
