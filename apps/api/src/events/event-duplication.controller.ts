import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequirePlatformAdmin } from '@app/auth';
import { DuplicateEventDto, EventDetailResponse, EventsService } from '@app/events';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { EventDuplication } from './event-duplication.js';
import { toEventDetail } from './event.mappers.js';

@ApiTags('events')
@Controller('events/:slug/duplicate')
export class EventDuplicationController {
  constructor(
    private readonly duplication: EventDuplication,
    private readonly events: EventsService,
  ) {}

  @Post()
  @RequirePlatformAdmin()
  @ApiOperation({
    summary: 'Create an event like this one (platform admin)',
    description:
      'Copies rooms, tracks, registration settings (window moved to the new dates) and categories, speaker settings and, ' +
      'with copyProgramme, the draft programme moved to the new dates. No people and no registrations. The creator becomes its organiser.',
  })
  @ApiCreatedResponse({ type: EventDetailResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async duplicate(@CurrentEvent() event: EventContext, @Body() body: DuplicateEventDto, @CurrentUser() user: AuthUser): Promise<EventDetailResponse> {
    return toEventDetail(await this.events.detail(await this.duplication.duplicate(event, body, user.id)));
  }
}
