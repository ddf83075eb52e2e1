import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import { SpeakerAvailabilityService } from '@app/programme';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { SetUnavailableTimesDto, SpeakerUnavailabilityResponse } from './speaker-availability.dto.js';

@ApiTags('programme')
@Controller('events/:slug/speaker-availability')
export class SpeakerAvailabilityController {
  constructor(private readonly availability: SpeakerAvailabilityService) {}

  @Get()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The times each speaker cannot speak (organiser); speakers with none are left out' })
  @ApiOkResponse({ type: [SpeakerUnavailabilityResponse] })
  @ApiErrors(401, 403, 404)
  all(@CurrentEvent() event: EventContext): Promise<SpeakerUnavailabilityResponse[]> {
    return this.availability.all(event);
  }

  @Get('me')
  @RequireEventRole('speaker')
  @ApiOperation({ summary: 'The times I cannot speak (speaker)' })
  @ApiOkResponse({ type: SpeakerUnavailabilityResponse })
  @ApiErrors(401, 403, 404)
  mine(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser): Promise<SpeakerUnavailabilityResponse> {
    return this.availability.of(event, user.id);
  }

  @Put('me')
  @RequireEventRole('speaker')
  @ApiOperation({
    summary: 'Replace the times I cannot speak (speaker)',
    description: "Times in the event's zone; the programme editor warns of talks in them.",
  })
  @ApiOkResponse({ type: SpeakerUnavailabilityResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  setMine(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser, @Body() body: SetUnavailableTimesDto): Promise<SpeakerUnavailabilityResponse> {
    return this.availability.replace(event, user.id, body.times);
  }

  @Put(':userId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: "Replace a speaker's unavailable times (organiser)" })
  @ApiOkResponse({ type: SpeakerUnavailabilityResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  set(
    @CurrentEvent() event: EventContext,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: SetUnavailableTimesDto,
  ): Promise<SpeakerUnavailabilityResponse> {
    return this.availability.replace(event, userId, body.times);
  }
}
