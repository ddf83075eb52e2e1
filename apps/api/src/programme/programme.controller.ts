import { Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Public, RequireEventRole } from '@app/auth';
import { PublishingService, WarningsService } from '@app/programme';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { EXPORT_CACHE_CONTROL, exportEtag, matches } from './conditional-get.js';
import { buildTimetable } from './timetable.js';

interface Reply {
  header(name: string, value: string): Reply;
  code(status: number): Reply;
  send(body?: unknown): void;
}

@ApiTags('programme')
@Controller('events/:slug/programme')
export class ProgrammeController {
  constructor(
    private readonly publishing: PublishingService,
    private readonly warnings: WarningsService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The latest published programme for the web timetable: days → rooms → sessions → slots' })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({ description: 'The timetable, with ETag and Cache-Control' })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag given' })
  @ApiErrors(404)
  async timetable(@Param('slug') slug: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: Reply): Promise<void> {
    const version = await this.publishing.latestVersionNumber(slug);
    const etag = version ? exportEtag(slug, version, 'programme') : undefined;
    if (etag && matches(ifNoneMatch, etag)) return reply.code(304).header('ETag', etag).header('Cache-Control', EXPORT_CACHE_CONTROL).send();
    const published = await this.publishing.latest(slug);
    reply.header('ETag', exportEtag(slug, published.version, 'programme')).header('Cache-Control', EXPORT_CACHE_CONTROL).send(buildTimetable(published));
  }

  @Post('publish')
  @HttpCode(201)
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Publish the draft as the next version (organiser)',
    description: 'Freezes v1, v2, … with a changelog from the previous version, and tells every speaker and delegate whose sessions changed.',
  })
  @ApiResponse({ status: 201, description: '{ version, publishedAt, changelog }' })
  @ApiErrors(401, 403, 404, 409)
  async publish(@Param('slug') slug: string, @CurrentUser() user: AuthUser) {
    const { version, publishedAt, changelog } = await this.publishing.publish(slug, user.id);
    return { version, publishedAt, changelog };
  }

  @Get('preview')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The changelog publishing now would produce (organiser)' })
  @ApiOkResponse({ description: '{ nextVersion, changelog }' })
  @ApiErrors(401, 403, 404)
  preview(@Param('slug') slug: string) {
    return this.publishing.preview(slug);
  }

  @Get('versions')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Published versions with their changelogs, newest first (organiser)' })
  @ApiOkResponse({ description: '[{ version, publishedAt, changelog }]' })
  @ApiErrors(401, 403, 404)
  versions(@Param('slug') slug: string) {
    return this.publishing.versions(slug);
  }

  @Get('warnings')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Soft conflicts in the draft (organiser)',
    description: 'Speakers going straight between rooms, seat limits above room capacity, delegates whose agenda now overlaps, sessions without a chair.',
  })
  @ApiOkResponse({ description: '[{ kind, message, sessionIds }]' })
  @ApiErrors(401, 403, 404)
  list(@Param('slug') slug: string) {
    return this.warnings.list(slug);
  }
}
