import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, RequireEventRole } from '@app/auth';
import { BadgeLayoutDto, BadgeLayoutResponse, BadgeLayoutService } from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';

/** How the event's badges print, chosen by its organisers. */
@ApiTags('badges')
@Controller('events/:slug/badge-layout')
@RequireEventRole('organiser')
export class BadgeLayoutController {
  constructor(private readonly layouts: BadgeLayoutService) {}

  @Get()
  @ApiOperation({ summary: 'The badge size, the fields printed and whether badges go on A4 sheets (organiser)' })
  @ApiOkResponse({ type: BadgeLayoutResponse })
  @ApiErrors(401, 403, 404)
  get(@CurrentEvent() event: EventContext): Promise<BadgeLayoutResponse> {
    return this.layouts.get(event);
  }

  @Put()
  @ApiOperation({ summary: 'Choose the badge size, the fields printed and sheet printing with crop marks (organiser)' })
  @ApiOkResponse({ type: BadgeLayoutResponse })
  @ApiErrors(400, 401, 403, 404)
  set(@CurrentEvent() event: EventContext, @Body() body: BadgeLayoutDto): Promise<BadgeLayoutResponse> {
    return this.layouts.set(event, body);
  }
}
