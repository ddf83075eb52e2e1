import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole, RequirePlatformAdmin } from '@app/auth';
import { assertReadableIn, CreateEventDto, EventDetailResponse, EventsService, EventSummaryResponse, ReadingLanguageQuery, UpdateEventDto } from '@app/events';
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
  async list(@Query() query: ReadingLanguageQuery): Promise<EventSummaryResponse[]> {
    // Events differ in their languages: each is named in the reader's language where it has one, else in its first.
    return (await this.events.list()).map((event) => toEventSummary(event, query.language));
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'One event with its rooms and tracks, named in ?language= (one the event offers) or its first language' })
  @ApiOkResponse({ type: EventDetailResponse })
  @ApiErrors(400, 404, 422)
  async get(@CurrentEvent() event: EventContext, @Query() query: ReadingLanguageQuery): Promise<EventDetailResponse> {
    assertReadableIn(event, query.language);
    return toEventDetail(await this.events.detail(event), query.language);
  }

  @Post()
  @RequirePlatformAdmin()
  @ApiOperation({ summary: 'Create an event (platform admin); the creator becomes its organiser' })
  @ApiCreatedResponse({ type: EventDetailResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  async create(@Body() body: CreateEventDto, @CurrentUser() user: AuthUser): Promise<EventDetailResponse> {
    return toEventDetail(await this.events.detail(await this.events.create(body, user.id)));
  }

  @Patch(':slug')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Edit an event (organiser)' })
  @ApiOkResponse({ type: EventDetailResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async update(@CurrentEvent() event: EventContext, @Body() body: UpdateEventDto): Promise<EventDetailResponse> {
    return toEventDetail(await this.events.detail(await this.events.update(event, body)));
  }
}
