import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public } from '@app/auth';
import { programmeSpeakers, PublishingService } from '@app/programme';
import { ProfilesService } from '@app/speakers';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { PublicSpeakerResponse } from './speakers.dto.js';

/** The speakers of the published programme, as a printed programme lists them. Public: no contact details. */
@ApiTags('speakers')
@Controller('events/:slug/speakers')
export class PublicSpeakersController {
  constructor(
    private readonly publishing: PublishingService,
    private readonly profiles: ProfilesService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Speakers of the latest published programme, by name, with their sessions (404 before the first publication)' })
  @ApiOkResponse({ type: [PublicSpeakerResponse] })
  @ApiErrors(404)
  async list(@CurrentEvent() event: EventContext): Promise<PublicSpeakerResponse[]> {
    const speakers = programmeSpeakers((await this.publishing.latest(event)).snapshot);
    const profiles = await this.profiles.publicProfiles(speakers);
    return speakers.map((speaker, index) => ({ ...profiles[index], sessionIds: speaker.sessionIds }));
  }
}
