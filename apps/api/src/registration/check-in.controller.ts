import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import { CheckInDto, CheckInResponse, CheckInService, CheckInSummaryResponse } from '@app/registration';
import type { FastifyReply } from 'fastify';
import { ApiErrors } from '../http/api-errors.decorator.js';

@ApiTags('check-in')
@Controller('events/:slug/check-ins')
export class CheckInController {
  constructor(private readonly checkIns: CheckInService) {}

  @Post()
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({
    summary: 'Check a delegate in by the code on their badge, once per event day (organiser or staff)',
    description:
      'The day is today in the event’s time zone; organisers may give an earlier day of the event. The first scan of a day answers 201; ' +
      'any later scan that day answers 200 with alreadyCheckedIn and the time of the first. Outside the event’s days, or for a badge of a ' +
      'registration that is not confirmed, 409; an unknown badge, 404.',
  })
  @ApiCreatedResponse({ type: CheckInResponse, description: 'Checked in now' })
  @ApiOkResponse({ type: CheckInResponse, description: 'Already checked in that day' })
  @ApiErrors(400, 401, 403, 404, 409)
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

  @Get('summary')
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({ summary: 'Delegates checked in on each day of the event (organiser or staff)' })
  @ApiOkResponse({ type: CheckInSummaryResponse })
  @ApiErrors(401, 403, 404)
  async summary(@CurrentEvent() event: EventContext): Promise<CheckInSummaryResponse> {
    return this.checkIns.summary(event);
  }
}
