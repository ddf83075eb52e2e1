import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, type AuthUser, CurrentEvent, CurrentUser, EventAccess, type EventContext, RequireEventRole } from '@app/auth';
import {
  BulkResultResponse,
  EditHeldNotificationDto,
  HeldSelectionDto,
  NotificationEntity,
  NotificationHoldsDto,
  NotificationLogQuery,
  NotificationLogResponse,
  NotificationResponse,
  NotificationsService,
} from '@app/notifications';
import { ApiErrors } from '../http/api-errors.decorator.js';

export function toNotificationResponse(n: NotificationEntity): NotificationResponse {
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    id: n.id,
    kind: n.kind,
    recipientEmail: n.recipientEmail,
    recipientName: n.recipientName,
    language: n.language,
    state: n.state,
    attempts: n.attempts,
    lastError: n.lastError,
    smtpMessageId: n.smtpMessageId,
    sendAfter: iso(n.sendAfter),
    subjectOverride: n.subjectOverride,
    textOverride: n.textOverride,
    resentFrom: n.resentFrom,
    createdAt: n.createdAt.toISOString(),
    queuedAt: iso(n.queuedAt),
    sentAt: iso(n.sentAt),
    failedAt: iso(n.failedAt),
  };
}

@ApiTags('notifications')
@Controller('events/:slug')
export class EventNotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Delivery log of the event, newest first, filtered by state, kind or recipient (organiser)' })
  @ApiOkResponse({ type: NotificationLogResponse })
  @ApiErrors(400, 401, 403, 404)
  async log(@CurrentEvent() event: EventContext, @Query() query: NotificationLogQuery): Promise<NotificationLogResponse> {
    const { items, total, counts } = await this.notifications.log(event.id, query);
    return { items: items.map(toNotificationResponse), total, counts };
  }

  @Get('notification-holds')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Kinds of message held for review before sending (organiser)' })
  @ApiOkResponse({ type: NotificationHoldsDto })
  @ApiErrors(401, 403, 404)
  async holds(@CurrentEvent() event: EventContext): Promise<NotificationHoldsDto> {
    return { kinds: await this.notifications.holds(event.id) };
  }

  @Put('notification-holds')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Choose which kinds are held for review; everything else is sent without waiting (organiser)' })
  @ApiOkResponse({ type: NotificationHoldsDto })
  @ApiErrors(400, 401, 403, 404)
  async setHolds(@CurrentEvent() event: EventContext, @Body() body: NotificationHoldsDto): Promise<NotificationHoldsDto> {
    return { kinds: await this.notifications.setHolds(event.id, body.kinds) };
  }

  @Post('notifications/release')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Send held messages, chosen by ids or by filter (organiser)' })
  @ApiOkResponse({ type: BulkResultResponse })
  @ApiErrors(400, 401, 403, 404)
  async release(@CurrentEvent() event: EventContext, @Body() body: HeldSelectionDto): Promise<BulkResultResponse> {
    return { affected: await this.notifications.settleHeld(event.id, body, 'release') };
  }

  @Post('notifications/discard')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Drop held messages, chosen by ids or by filter (organiser)' })
  @ApiOkResponse({ type: BulkResultResponse })
  @ApiErrors(400, 401, 403, 404)
  async discard(@CurrentEvent() event: EventContext, @Body() body: HeldSelectionDto): Promise<BulkResultResponse> {
    return { affected: await this.notifications.settleHeld(event.id, body, 'discard') };
  }
}

@ApiTags('notifications')
@Controller('notifications/:id')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly access: EventAccess,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'One notification and its delivery state (organiser of its event)' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiErrors(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<NotificationResponse> {
    await this.requireOrganiser(id, user);
    return toNotificationResponse(await this.notifications.find(id));
  }

  @Post('retry')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Try a failed notification again (organiser of its event)' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async retry(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<NotificationResponse> {
    await this.requireOrganiser(id, user);
    return toNotificationResponse(await this.notifications.retry(id));
  }

  @Post('resend')
  @Authenticated()
  @ApiOperation({ summary: 'Send a sent or failed message to the same person again, as a new notification (organiser)' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async resend(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<NotificationResponse> {
    await this.requireOrganiser(id, user);
    return toNotificationResponse(await this.notifications.resend(id));
  }

  @Patch()
  @Authenticated()
  @ApiOperation({ summary: 'Edit the subject or text of a held message before it is released (organiser)' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async edit(@Param('id', ParseUUIDPipe) id: string, @Body() body: EditHeldNotificationDto, @CurrentUser() user: AuthUser): Promise<NotificationResponse> {
    await this.requireOrganiser(id, user);
    return toNotificationResponse(await this.notifications.editHeld(id, body));
  }

  private async requireOrganiser(id: string, user: AuthUser): Promise<void> {
    await this.access.require(user, await this.notifications.eventSlugOf(id), ['organiser']);
  }
}
