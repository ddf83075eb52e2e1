import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole, RequirePlatformAdmin } from '@app/auth';
import { CreateEventDto, EventDetailResponse, EventsService, EventSummaryResponse, UpdateEventDto } from '@app/events';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { toEventDetail, toEventSummary } from './event.mappers.js';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'All events, newest first' })
  @ApiOkResponse({ type: [EventSummaryResponse] })
  async list(): Promise<EventSummaryResponse[]> {
    return (await this.events.list()).map(toEventSummary);
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'One event with its rooms and tracks' })
  @ApiOkResponse({ type: EventDetailResponse })
  @ApiErrors(404)
  async get(@CurrentEvent() event: EventContext): Promise<EventDetailResponse> {
    return toEventDetail(await this.events.detail(event));
  }

  @Post()
  @RequirePlatformAdmin()
  @ApiOperation({ summary: 'Create an event (platform admin); the creator becomes its organiser' })
  @ApiCreatedResponse({ type: EventDetailResponse })
  @ApiErrors(400, 401, 403, 409)
  async create(@Body() body: CreateEventDto, @CurrentUser() user: AuthUser): Promise<EventDetailResponse> {
    return toEventDetail(await this.events.detail(await this.events.create(body, user.id)));
  }

  @Patch(':slug')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Edit an event (organiser)' })
  @ApiOkResponse({ type: EventDetailResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(@CurrentEvent() event: EventContext, @Body() body: UpdateEventDto): Promise<EventDetailResponse> {
    return toEventDetail(await this.events.detail(await this.events.update(event, body)));
  }
}
