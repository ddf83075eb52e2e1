import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public, RequireEventRole } from '@app/auth';
import { CreateRoomDto, EventsService, RoomAccessResponse, RoomResponse, UpdateRoomDto } from '@app/events';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { toRoomResponse } from './event.mappers.js';

@ApiTags('events')
@Controller('events/:slug/rooms')
export class RoomsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "The event's rooms" })
  @ApiOkResponse({ type: [RoomResponse] })
  @ApiErrors(404)
  async list(@CurrentEvent() event: EventContext): Promise<RoomResponse[]> {
    return (await this.events.detail(event)).rooms.map((room) => toRoomResponse(room));
  }

  @Get('access')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: "Every room's stream and interpretation channels (organiser): sessions without their own use their room's" })
  @ApiOkResponse({ type: [RoomAccessResponse] })
  @ApiErrors(401, 403, 404)
  async access(@CurrentEvent() event: EventContext): Promise<RoomAccessResponse[]> {
    return this.events.roomAccess(event);
  }

  @Post()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Add a room (organiser)' })
  @ApiCreatedResponse({ type: RoomResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async create(@CurrentEvent() event: EventContext, @Body() body: CreateRoomDto): Promise<RoomResponse> {
    return toRoomResponse(await this.events.addRoom(event, body));
  }

  @Patch(':roomId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Edit a room (organiser)' })
  @ApiOkResponse({ type: RoomResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async update(@CurrentEvent() event: EventContext, @Param('roomId', ParseUUIDPipe) roomId: string, @Body() body: UpdateRoomDto): Promise<RoomResponse> {
    return toRoomResponse(await this.events.updateRoom(event, roomId, body));
  }

  @Delete(':roomId')
  @HttpCode(204)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Remove a room (organiser)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentEvent() event: EventContext, @Param('roomId', ParseUUIDPipe) roomId: string): Promise<void> {
    await this.events.removeRoom(event, roomId);
  }
}
