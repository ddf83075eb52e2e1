import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, Public, RequireEventRole } from '@app/auth';
import { assertReadableIn, ReadingLanguageQuery } from '@app/events';
import { AddCommissionContactDto, CommissionResponse, CommissionsService, CreateCommissionDto, UpdateCommissionDto } from '@app/awards';
import { ApiErrors } from '../http/api-errors.decorator.js';

/** National Commissions for UNESCO: the bodies that nominate their country's cities. */
@ApiTags('awards')
@Controller('events/:slug/awards/commissions')
export class CommissionsController {
  constructor(private readonly commissions: CommissionsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The National Commissions of the event, one per country, with their contacts, named in ?language= or the event’s first' })
  @ApiOkResponse({ type: [CommissionResponse] })
  @ApiErrors(400, 404, 422)
  list(@CurrentEvent() event: EventContext, @Query() query: ReadingLanguageQuery): Promise<CommissionResponse[]> {
    assertReadableIn(event, query.language);
    return this.commissions.list(event, query.language);
  }

  @Post()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Add a country’s National Commission (organiser); one per country (409 otherwise)' })
  @ApiCreatedResponse({ type: CommissionResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  create(@CurrentEvent() event: EventContext, @Body() body: CreateCommissionDto): Promise<CommissionResponse> {
    return this.commissions.create(event, body);
  }

  @Patch(':commissionId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Rename a National Commission, in the event’s first language or its others (organiser)' })
  @ApiOkResponse({ type: CommissionResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  update(
    @CurrentEvent() event: EventContext,
    @Param('commissionId', ParseUUIDPipe) commissionId: string,
    @Body() body: UpdateCommissionDto,
  ): Promise<CommissionResponse> {
    return this.commissions.update(event, commissionId, body);
  }

  @Delete(':commissionId')
  @RequireEventRole('organiser')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a National Commission without nominations (organiser; 409 once it has nominated)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404, 409)
  remove(@CurrentEvent() event: EventContext, @Param('commissionId', ParseUUIDPipe) commissionId: string): Promise<void> {
    return this.commissions.remove(event, commissionId);
  }

  @Post(':commissionId/contacts')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Make a user with the commission role a contact of this National Commission, who may then nominate its country’s cities (organiser)',
  })
  @ApiCreatedResponse({ type: CommissionResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  addContact(
    @CurrentEvent() event: EventContext,
    @Param('commissionId', ParseUUIDPipe) commissionId: string,
    @Body() body: AddCommissionContactDto,
  ): Promise<CommissionResponse> {
    return this.commissions.addContact(event, commissionId, body);
  }

  @Delete(':commissionId/contacts/:userId')
  @RequireEventRole('organiser')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a contact from a National Commission (organiser)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  removeContact(
    @CurrentEvent() event: EventContext,
    @Param('commissionId', ParseUUIDPipe) commissionId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    return this.commissions.removeContact(event, commissionId, userId);
  }
}
