import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import {
  AddMemberDto,
  DelegationService,
  ManagedRegistrationResponse,
  RegistrationResponse,
  RegistrationService,
  UpdateRegistrationDto,
} from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { DelegationResponse } from './organiser-views.dto.js';
import { RegistrationPresenter } from './registration-presenter.js';

/** The delegate's own page, reached through the private link from their email: no password. */
@ApiTags('registration')
@ApiParam({ name: 'token', description: 'The private token from the management link' })
@Controller('registrations/manage/:token')
@Public()
export class ManageRegistrationController {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly delegations: DelegationService,
    private readonly presenter: RegistrationPresenter,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My registration, with the event it is for (404 for any link that is not a registration)' })
  @ApiOkResponse({ type: ManagedRegistrationResponse })
  @ApiErrors(404)
  async view(@Param('token') token: string): Promise<ManagedRegistrationResponse> {
    return this.presenter.presentForDelegate(await this.registrations.findByToken(token));
  }

  @Patch()
  @ApiOperation({ summary: 'Edit my details (name, organisation, language, needs, visa letter)' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(400, 404, 409)
  async update(@Param('token') token: string, @Body() body: UpdateRegistrationDto): Promise<RegistrationResponse> {
    return this.presenter.present(await this.registrations.update(token, body));
  }

  @Post('cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel my registration; my place goes to the next on the waiting list' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(404, 409)
  async cancel(@Param('token') token: string): Promise<RegistrationResponse> {
    return this.presenter.present(await this.registrations.cancelByDelegate(token));
  }

  @Post('accept-offer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a place offered to me from the waiting list, before the offer lapses' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(404, 409)
  async acceptOffer(@Param('token') token: string): Promise<RegistrationResponse> {
    return this.presenter.present(await this.registrations.acceptOffer(token));
  }

  @Get('delegation')
  @ApiOperation({ summary: 'My delegation and its members (head of delegation)' })
  @ApiOkResponse({ type: DelegationResponse, description: 'null when the registration is not in a delegation' })
  @ApiErrors(404, 409)
  async delegation(@Param('token') token: string): Promise<DelegationResponse | null> {
    const head = await this.registrations.findByToken(token);
    if (!head.delegationId) return null;
    const [delegation] = await this.delegations.list(head.eventId, head.delegationId);
    return delegation;
  }

  @Post('delegation/members')
  @ApiOperation({ summary: 'Add a member to my delegation until registration closes (head of delegation)' })
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiErrors(400, 404, 409, 422)
  async addMember(@Param('token') token: string, @Body() body: AddMemberDto): Promise<RegistrationResponse> {
    return this.presenter.present(await this.delegations.addMember(token, body));
  }

  @Delete('delegation/members/:registrationId')
  @ApiOperation({ summary: 'Remove a member from my delegation until registration closes (head of delegation)' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(400, 404, 409)
  async removeMember(@Param('token') token: string, @Param('registrationId', ParseUUIDPipe) registrationId: string): Promise<RegistrationResponse> {
    return this.presenter.present(await this.delegations.removeMember(token, registrationId));
  }
}
