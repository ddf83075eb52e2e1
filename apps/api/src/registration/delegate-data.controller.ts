import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import {
  DataProtectionService,
  DelegateDataResponse,
  ErasureResponse,
  ProtocolDetailsResponse,
  ProtocolService,
  VisaLetterVerificationResponse,
} from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';

/** A delegate's own protocol details and their rights over their data, through the private link. */
@ApiTags('registration')
@ApiParam({ name: 'token', description: 'The private token from the management link' })
@Controller('registrations/manage/:token')
@Public()
export class DelegateDataController {
  constructor(
    private readonly protocol: ProtocolService,
    private readonly dataProtection: DataProtectionService,
  ) {}

  @Get('protocol')
  @ApiOperation({ summary: 'My honorific and passport details (change them with PATCH of my registration, field protocol)' })
  @ApiOkResponse({ type: ProtocolDetailsResponse })
  @ApiErrors(404)
  async details(@Param('token') token: string): Promise<ProtocolDetailsResponse> {
    return this.protocol.forDelegate(token);
  }

  @Get('my-data.json')
  @ApiOperation({ summary: 'Everything held about my registration, as JSON to keep' })
  @ApiOkResponse({ type: DelegateDataResponse })
  @ApiErrors(404)
  async download(@Param('token') token: string): Promise<DelegateDataResponse> {
    return this.dataProtection.download(token);
  }

  @Post('erase')
  @HttpCode(200)
  @ApiOperation({ summary: 'Erase my passport details and free-text needs now; the registration itself stays' })
  @ApiOkResponse({ type: ErasureResponse })
  @ApiErrors(404)
  async erase(@Param('token') token: string): Promise<ErasureResponse> {
    return this.dataProtection.eraseByDelegate(token);
  }
}

/** What a consulate checks of a letter's code: the name, the event, its dates — nothing more. */
@ApiTags('registration')
@Controller('verify')
@Public()
export class VisaLetterVerificationController {
  constructor(private readonly protocol: ProtocolService) {}

  @Get(':code')
  @ApiOperation({ summary: 'Check a visa letter’s verification code (404 for an unknown code)' })
  @ApiParam({ name: 'code', description: 'The code printed on the letter' })
  @ApiOkResponse({ type: VisaLetterVerificationResponse })
  @ApiErrors(404)
  async verify(@Param('code') code: string): Promise<VisaLetterVerificationResponse> {
    return this.protocol.verify(code);
  }
}
