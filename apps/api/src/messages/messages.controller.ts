import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import {
  ComposeMessageDto,
  CreateMessageDto,
  MessageDetailResponse,
  MessageListResponse,
  MessagePreviewResponse,
  MessageResponse,
  MessageSettingsDto,
  MessageSettingsResponse,
  type MessageRow,
  MessagesService,
  ReleaseMessageDto,
  RetriedResponse,
  UpdateMessageDto,
} from '@app/messages';
import { ApiErrors } from '../http/api-errors.decorator.js';

const toResponse = (row: MessageRow): MessageResponse => ({
  id: row.id,
  status: row.status,
  sendAt: row.sendAt?.toISOString() ?? null,
  audience: row.audience,
  content: row.content,
  recipientCount: row.recipientCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Organisers' messages to chosen delegates. Staff send only when the organisers allow it: a message speaks for them. */
@ApiTags('messages')
@Controller('events/:slug/messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get('settings')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Who may send the event’s messages besides its organisers (organiser)' })
  @ApiOkResponse({ type: MessageSettingsResponse })
  @ApiErrors(401, 403, 404)
  settings(@CurrentEvent() event: EventContext): Promise<MessageSettingsResponse> {
    return this.messages.settings(event);
  }

  @Put('settings')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Let the event’s staff send messages, or not (organiser)' })
  @ApiOkResponse({ type: MessageSettingsResponse })
  @ApiErrors(400, 401, 403, 404)
  updateSettings(@CurrentEvent() event: EventContext, @Body() body: MessageSettingsDto): Promise<MessageSettingsResponse> {
    return this.messages.updateSettings(event, body.staffMaySend);
  }

  @Post('preview')
  @HttpCode(200)
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({
    summary: 'How many people a message would reach, the first of them, and each language as the first would read it (organiser; staff when allowed)',
  })
  @ApiOkResponse({ type: MessagePreviewResponse })
  @ApiErrors(400, 401, 403, 404, 413, 422)
  preview(@CurrentEvent() event: EventContext, @Body() body: ComposeMessageDto): Promise<MessagePreviewResponse> {
    return this.messages.preview(event, body);
  }

  @Post()
  @RequireEventRole('organiser', 'staff')
  @ApiOperation({
    summary: 'Send a message now, at a time (sendAt), or hold it for review (organiser; staff when the settings allow)',
    description:
      'One mail per recipient, each in their language (else the event’s first). The Idempotency-Key header is required: ' +
      'a request repeated with the same key answers 200 with the first message and sends nothing again.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiCreatedResponse({ type: MessageResponse })
  @ApiOkResponse({ type: MessageResponse, description: 'The same key was used before: the message it made' })
  @ApiErrors(400, 401, 403, 404, 413, 422)
  async create(
    @CurrentEvent() event: EventContext,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: CreateMessageDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MessageResponse> {
    const { message, created } = await this.messages.create(event, user.id, key, body);
    if (!created) reply.status(200);
    return toResponse(message);
  }

  @Get()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The event’s messages, newest first (organiser)' })
  @ApiOkResponse({ type: MessageListResponse })
  @ApiErrors(401, 403, 404)
  async list(@CurrentEvent() event: EventContext): Promise<MessageListResponse> {
    return { items: (await this.messages.list(event)).map(toResponse) };
  }

  @Get(':id')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'A message with its recipients and how delivery went (organiser)' })
  @ApiOkResponse({ type: MessageDetailResponse })
  @ApiErrors(400, 401, 403, 404)
  async detail(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string): Promise<MessageDetailResponse> {
    const { message, recipients, counts } = await this.messages.detail(event, id);
    return { ...toResponse(message), recipients, counts };
  }

  @Patch(':id')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Change a held or scheduled message before it goes out: audience, words or time (organiser)' })
  @ApiOkResponse({ type: MessageResponse })
  @ApiErrors(400, 401, 403, 404, 409, 413, 422)
  async update(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateMessageDto): Promise<MessageResponse> {
    return toResponse(await this.messages.update(event, id, body));
  }

  @Post(':id/release')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Send a held or scheduled message now, or at another time (organiser)' })
  @ApiOkResponse({ type: MessageResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async release(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReleaseMessageDto): Promise<MessageResponse> {
    return toResponse(await this.messages.release(event, id, body));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Cancel a held or scheduled message before it goes out (organiser)' })
  @ApiOkResponse({ type: MessageResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async cancel(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string): Promise<MessageResponse> {
    return toResponse(await this.messages.cancel(event, id));
  }

  @Post(':id/retry')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Send every failed delivery of the message again (organiser)' })
  @ApiOkResponse({ type: RetriedResponse })
  @ApiErrors(400, 401, 403, 404)
  async retry(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string): Promise<RetriedResponse> {
    return { retried: await this.messages.retryFailed(event, id) };
  }
}
