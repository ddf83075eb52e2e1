import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, RequireEventRole } from '@app/auth';
import {
  BulkRegistrationActionDto,
  OrganiserUpdateRegistrationDto,
  RegistrationHistoryResponse,
  RegistrationRecordsService,
  RegistrationResponse,
} from '@app/registration';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { RegistrationPresenter } from './registration-presenter.js';

class BulkRegistrationActionResponse {
  @ApiProperty({ type: [RegistrationResponse], description: 'Every registration named, after the action, in order of arrival' })
  items: RegistrationResponse[];
}

@ApiTags('registration')
@Controller('events/:slug/registrations')
export class RegistrationRecordsController {
  constructor(
    private readonly records: RegistrationRecordsService,
    private readonly presenter: RegistrationPresenter,
  ) {}

  @Post('bulk')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Approve, reject or cancel many registrations at once (organiser)',
    description:
      'All or nothing: each registration goes through the rules of the single action (places, waiting-list promotion, the ' +
      "delegate's mail), in order of arrival, in one transaction. The first one refused undoes the whole batch: 409 " +
      'BULK_ACTION_REFUSED naming it (data.registrationId, data.reason), and nothing is changed or mailed.',
  })
  @ApiOkResponse({ type: BulkRegistrationActionResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async bulk(
    @CurrentEvent() event: EventContext,
    @Body() body: BulkRegistrationActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BulkRegistrationActionResponse> {
    const done = await this.records.bulk(event.id, body.ids, body.action, { userId: user.id });
    return { items: await this.presenter.presentAll(done) };
  }

  @Get(':id')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'One registration (organiser)' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(400, 401, 403, 404)
  async find(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string): Promise<RegistrationResponse> {
    return this.presenter.present(await this.records.find(event.id, id));
  }

  @Patch(':id')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: "Correct a registration's details or category (organiser); recorded in its history" })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async update(
    @CurrentEvent() event: EventContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: OrganiserUpdateRegistrationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RegistrationResponse> {
    return this.presenter.present(await this.records.update(event.id, id, body, { userId: user.id }));
  }

  @Get(':id/history')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: "A registration's history: its state changes and edits with who made them, and the mails sent about it (organiser)" })
  @ApiOkResponse({ type: RegistrationHistoryResponse })
  @ApiErrors(400, 401, 403, 404)
  async history(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string): Promise<RegistrationHistoryResponse> {
    return this.records.history(event.id, id);
  }
}
