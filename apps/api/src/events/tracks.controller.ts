import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public, RequireEventRole } from '@app/auth';
import { CreateTrackDto, EventsService, TrackResponse, UpdateTrackDto } from '@app/events';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { toTrackResponse } from './event.mappers.js';

@ApiTags('events')
@Controller('events/:slug/tracks')
export class TracksController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "The event's tracks" })
  @ApiOkResponse({ type: [TrackResponse] })
  @ApiErrors(404)
  async list(@CurrentEvent() event: EventContext): Promise<TrackResponse[]> {
    return (await this.events.detail(event)).tracks.map((track) => toTrackResponse(track));
  }

  @Post()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Add a track (organiser)' })
  @ApiCreatedResponse({ type: TrackResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async create(@CurrentEvent() event: EventContext, @Body() body: CreateTrackDto): Promise<TrackResponse> {
    return toTrackResponse(await this.events.addTrack(event, body));
  }

  @Patch(':trackId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Edit a track (organiser)' })
  @ApiOkResponse({ type: TrackResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async update(@CurrentEvent() event: EventContext, @Param('trackId', ParseUUIDPipe) trackId: string, @Body() body: UpdateTrackDto): Promise<TrackResponse> {
    return toTrackResponse(await this.events.updateTrack(event, trackId, body));
  }

  @Delete(':trackId')
  @HttpCode(204)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Remove a track (organiser)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentEvent() event: EventContext, @Param('trackId', ParseUUIDPipe) trackId: string): Promise<void> {
    await this.events.removeTrack(event, trackId);
  }
}
