import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import { CreateReminderDto, ReminderListResponse, ReminderResponse, RemindersService, UpdateReminderDto } from '@app/messages';
import { ApiErrors } from '../http/api-errors.decorator.js';

/** Reminders relative to the event's days, worded by the organisers; each goes out once, as a message. */
@ApiTags('messages')
@Controller('events/:slug/reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The event’s reminders with the time each goes out (organiser)' })
  @ApiOkResponse({ type: ReminderListResponse })
  @ApiErrors(401, 403, 404)
  async list(@CurrentEvent() event: EventContext): Promise<ReminderListResponse> {
    return { items: await this.reminders.list(event) };
  }

  @Post()
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Add a reminder relative to the event’s first or last day (organiser)',
    description:
      'It goes out at sendTime in the event’s time zone on the day given, following any change of the event’s dates, once, to whoever ' +
      'matches the audience then (for instance only those checked in), each in their language; recipients may opt out of reminders.',
  })
  @ApiCreatedResponse({ type: ReminderResponse })
  @ApiErrors(400, 401, 403, 404, 413, 422)
  create(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser, @Body() body: CreateReminderDto): Promise<ReminderResponse> {
    return this.reminders.create(event, user.id, body);
  }

  @Patch(':id')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Change a reminder that has not gone out (organiser)' })
  @ApiOkResponse({ type: ReminderResponse })
  @ApiErrors(400, 401, 403, 404, 409, 413, 422)
  update(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateReminderDto): Promise<ReminderResponse> {
    return this.reminders.update(event, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Delete a reminder that has not gone out (organiser)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(401, 403, 404, 409)
  async remove(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.reminders.remove(event, id);
  }
}
