import { Body, Controller, Delete, Get, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import {
  CheckInDeskService,
  CheckInDto,
  CheckInLookupQuery,
  CheckInLookupResponse,
  CheckInResponse,
  CheckInService,
  CheckInSummaryResponse,
  DeskSnapshotResponse,
  DeskSyncDto,
  DeskSyncResponse,
  RehearsalClearedResponse,
} from '@app/registration';
import type { FastifyReply } from 'fastify';
import { ApiErrors } from '../http/api-errors.decorator.js';

@ApiTags('check-in')
@Controller('events/:slug/check-ins')
export class CheckInController {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly desks: CheckInDeskService,
  ) {}

  @Post()
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({
    summary: 'Check a delegate in by the code on their badge, once per event day (organiser or staff)',
    description:
      'The day is today in the event’s time zone; organisers may give an earlier day of the event with the time the delegate arrived. ' +
      'The first scan of a day answers 201; any later scan that day answers 200 with alreadyCheckedIn, the time and the desk of the first. ' +
      'Before the event, `rehearsal: true` records a practice scan kept apart from the real ones. Outside the event’s days, or for a badge ' +
      'of a registration that is not confirmed, 409; an unknown badge, 404.',
  })
  @ApiCreatedResponse({ type: CheckInResponse, description: 'Checked in now' })
  @ApiOkResponse({ type: CheckInResponse, description: 'Already checked in that day' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async checkIn(
    @CurrentEvent() event: EventContext,
    @Body() body: CheckInDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CheckInResponse> {
    const result = await this.checkIns.checkIn(event, body, user);
    if (result.alreadyCheckedIn) reply.status(200);
    return result;
  }

  @Post('sync')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({
    summary: 'Record the scans a desk made while offline (organiser or staff)',
    description:
      'Each scan keeps the moment the desk made it. Sending the same scans again records nothing twice (their clientId); a delegate ' +
      'scanned at two desks is checked in once, and the later desk learns when and where. One result per scan, in order.',
  })
  @ApiOkResponse({ type: DeskSyncResponse })
  @ApiErrors(400, 401, 403, 404)
  async sync(
    @CurrentEvent() event: EventContext,
    @Body() body: DeskSyncDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeskSyncResponse> {
    reply.status(200);
    return this.desks.sync(event, body, user);
  }

  @Get('desk-snapshot')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({
    summary: 'The confirmed badges, for a desk to check people in while offline (organiser or staff)',
    description: 'Names, delegations, categories and countries only: no photos, no contact details. The desk wipes it when its person signs out.',
  })
  @ApiOkResponse({ type: DeskSnapshotResponse })
  @ApiErrors(401, 403, 404)
  async snapshot(@CurrentEvent() event: EventContext): Promise<DeskSnapshotResponse> {
    return this.desks.snapshot(event);
  }

  @Get('lookup')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({ summary: 'Find a delegate at the desk by name (accents and case ignored) or badge code (organiser or staff)' })
  @ApiOkResponse({ type: CheckInLookupResponse })
  @ApiErrors(400, 401, 403, 404)
  async lookup(@CurrentEvent() event: EventContext, @Query() query: CheckInLookupQuery): Promise<CheckInLookupResponse> {
    return this.desks.lookup(event, query.q);
  }

  @Get('summary')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({ summary: 'Delegates checked in on each day of the event, and practice scans before it (organiser or staff)' })
  @ApiOkResponse({ type: CheckInSummaryResponse })
  @ApiErrors(401, 403, 404)
  async summary(@CurrentEvent() event: EventContext): Promise<CheckInSummaryResponse> {
    return this.checkIns.summary(event);
  }

  @Delete('rehearsal')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Clear the practice scans (organiser)' })
  @ApiOkResponse({ type: RehearsalClearedResponse })
  @ApiErrors(401, 403, 404)
  async clearRehearsal(@CurrentEvent() event: EventContext): Promise<RehearsalClearedResponse> {
    return this.checkIns.clearRehearsal(event);
  }
}
