import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import {
  PassportAccessListResponse,
  ProtocolDetailsResponse,
  ProtocolService,
  VisaLetterSettingsDto,
  VisaLetterSettingsResponse,
  VisaLetterSettingsService,
} from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';

/** The organisers' side of protocol and passport data: each read of passport data is recorded. */
@ApiTags('registration')
@Controller('events/:slug')
@RequireEventRole('organiser')
export class ProtocolController {
  constructor(
    private readonly protocol: ProtocolService,
    private readonly settings: VisaLetterSettingsService,
  ) {}

  @Get('registrations/:id/protocol')
  @ApiOperation({ summary: 'A delegate’s honorific and passport details (organiser; recorded in the passport audit trail)' })
  @ApiOkResponse({ type: ProtocolDetailsResponse })
  @ApiErrors(400, 401, 403, 404)
  async details(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ProtocolDetailsResponse> {
    return this.protocol.forOrganiser(event, id, user);
  }

  @Get('passport-access-log')
  @ApiOperation({ summary: 'Who viewed, exported or erased passport data, newest first (organiser)' })
  @ApiOkResponse({ type: PassportAccessListResponse })
  @ApiErrors(401, 403, 404)
  async accessLog(@CurrentEvent() event: EventContext): Promise<PassportAccessListResponse> {
    return this.protocol.accessLog(event);
  }

  @Get('visa-letter-settings')
  @ApiOperation({ summary: 'Signatory, who bears the costs per category, and the retention date of passport data (organiser)' })
  @ApiOkResponse({ type: VisaLetterSettingsResponse })
  @ApiErrors(401, 403, 404)
  async getSettings(@CurrentEvent() event: EventContext): Promise<VisaLetterSettingsResponse> {
    return this.settings.get(event);
  }

  @Put('visa-letter-settings')
  @ApiOperation({ summary: 'Set the signatory, who bears the costs per category, and the retention date (organiser)' })
  @ApiOkResponse({ type: VisaLetterSettingsResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  async putSettings(@CurrentEvent() event: EventContext, @Body() body: VisaLetterSettingsDto): Promise<VisaLetterSettingsResponse> {
    return this.settings.save(event, body);
  }
}
