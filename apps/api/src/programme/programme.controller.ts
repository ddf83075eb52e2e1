import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import { PublishingService, WarningsService } from '@app/programme';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ProgrammePreviewResponse, ProgrammeWarningResponse, PublishedVersionResponse } from './programme.dto.js';

@ApiTags('programme')
@Controller('events/:slug/programme')
export class ProgrammeController {
  constructor(
    private readonly publishing: PublishingService,
    private readonly warnings: WarningsService,
  ) {}

  @Post('publish')
  @HttpCode(201)
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Publish the draft as the next version (organiser)',
    description: 'Freezes v1, v2, … with a changelog from the previous version, and tells every speaker and delegate whose sessions changed.',
  })
  @ApiCreatedResponse({ type: PublishedVersionResponse })
  @ApiErrors(401, 403, 404, 409)
  async publish(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser): Promise<PublishedVersionResponse> {
    const { version, publishedAt, changelog } = await this.publishing.publish(event, user.id);
    return { version, publishedAt, changelog };
  }

  @Get('preview')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The changelog publishing now would produce (organiser)' })
  @ApiOkResponse({ type: ProgrammePreviewResponse })
  @ApiErrors(401, 403, 404)
  preview(@CurrentEvent() event: EventContext): Promise<ProgrammePreviewResponse> {
    return this.publishing.preview(event);
  }

  @Get('versions')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Published versions with their changelogs, newest first (organiser)' })
  @ApiOkResponse({ type: [PublishedVersionResponse] })
  @ApiErrors(401, 403, 404)
  versions(@CurrentEvent() event: EventContext): Promise<PublishedVersionResponse[]> {
    return this.publishing.versions(event);
  }

  @Get('warnings')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Soft conflicts in the draft (organiser)',
    description: 'Speakers going straight between rooms, seat limits above room capacity, delegates whose agenda now overlaps, sessions without a chair.',
  })
  @ApiOkResponse({ type: [ProgrammeWarningResponse] })
  @ApiErrors(401, 403, 404)
  list(@CurrentEvent() event: EventContext): Promise<ProgrammeWarningResponse[]> {
    return this.warnings.list(event);
  }
}
