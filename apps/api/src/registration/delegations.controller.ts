import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public, RequireEventRole } from '@app/auth';
import { CreateDelegationDto, DelegationService, RegistrationResponse } from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { DelegationResponse } from './organiser-views.dto.js';
import { RegistrationPresenter } from './registration-presenter.js';

class DelegationCreatedResponse {
  @ApiProperty() delegationId: string;
  @ApiProperty({ type: [RegistrationResponse], description: 'The head first, then the members, each with their state' })
  registrations: RegistrationResponse[];
}

@ApiTags('registration')
@Controller('events/:slug/delegations')
export class DelegationsController {
  constructor(
    private readonly delegations: DelegationService,
    private readonly presenter: RegistrationPresenter,
  ) {}

  @Post()
  @Public()
  @ApiOperation({
    summary: 'Register a city delegation: its head and members, all or none',
    description: 'Each member is a registration of its own and is notified in their own language; capacity counts every member.',
  })
  @ApiCreatedResponse({ type: DelegationCreatedResponse })
  @ApiErrors(400, 404, 409, 422)
  async create(@CurrentEvent() event: EventContext, @Body() body: CreateDelegationDto): Promise<DelegationCreatedResponse> {
    const { delegationId, registrations } = await this.delegations.create(event, body);
    return { delegationId, registrations: await this.presenter.presentAll(registrations) };
  }

  @Get()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Delegations with their members and states (organiser)' })
  @ApiOkResponse({ type: [DelegationResponse] })
  @ApiErrors(401, 403, 404)
  async list(@CurrentEvent() event: EventContext): Promise<DelegationResponse[]> {
    return this.delegations.list(event.id);
  }
}
