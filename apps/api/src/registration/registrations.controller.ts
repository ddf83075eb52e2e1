import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import {
  CategoryResponse,
  CreateCategoryDto,
  RegisterDto,
  ProtocolService,
  RegistrationListQuery,
  RegistrationQueryService,
  RegistrationResponse,
  RegistrationService,
  RegistrationSettingsDto,
  RegistrationSettingsResponse,
  RegistrationSettingsService,
  type RegistrationCategoryEntity,
  UpdateCategoryDto,
} from '@app/registration';
import { translated } from '@app/config';
import { assertReadableIn, ReadingLanguageQuery } from '@app/events';
import { IsEmail } from 'class-validator';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { LinkRequestAcceptedResponse, RegistrationCountsResponse, RegistrationListResponse } from './organiser-views.dto.js';
import { RegistrationPresenter } from './registration-presenter.js';
import { toRegistrationResponse } from './registration.mappers.js';

class NewLinkDto {
  @ApiProperty()
  @IsEmail()
  email: string;
}

@ApiTags('registration')
@Controller('events/:slug')
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly queries: RegistrationQueryService,
    private readonly settings: RegistrationSettingsService,
    private readonly presenter: RegistrationPresenter,
    private readonly protocol: ProtocolService,
  ) {}

  @Get('registration-settings')
  @Public()
  @ApiOperation({ summary: 'When registration opens and closes, the capacity and places taken' })
  @ApiOkResponse({ type: RegistrationSettingsResponse })
  @ApiErrors(404)
  async getSettings(@CurrentEvent() event: EventContext): Promise<RegistrationSettingsResponse> {
    return this.toSettingsResponse(await this.settings.get(event.id));
  }

  @Put('registration-settings')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Set the registration window, capacity, approval and waiting-list promotion (organiser)' })
  @ApiOkResponse({ type: RegistrationSettingsResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async setSettings(@CurrentEvent() event: EventContext, @Body() body: RegistrationSettingsDto): Promise<RegistrationSettingsResponse> {
    return this.toSettingsResponse(await this.settings.set(event.id, body));
  }

  @Get('registration-categories')
  @Public()
  @ApiOperation({ summary: 'Registration categories (delegate, observer, press, …) with quotas and places taken' })
  @ApiOkResponse({ type: [CategoryResponse] })
  @ApiErrors(400, 404, 422)
  async categories(@CurrentEvent() event: EventContext, @Query() query: ReadingLanguageQuery): Promise<CategoryResponse[]> {
    assertReadableIn(event, query.language);
    return (await this.settings.categories(event.id)).map((category) => toCategoryResponse(category, query.language));
  }

  @Post('registration-categories')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Add a registration category, optionally with a quota (organiser)' })
  @ApiCreatedResponse({ type: CategoryResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async addCategory(@CurrentEvent() event: EventContext, @Body() body: CreateCategoryDto): Promise<CategoryResponse> {
    return toCategoryResponse(await this.settings.addCategory(event, body));
  }

  @Patch('registration-categories/:categoryId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Rename a registration category or change its quota; null removes the quota (organiser)' })
  @ApiOkResponse({ type: CategoryResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async updateCategory(
    @CurrentEvent() event: EventContext,
    @Param('categoryId', ParseUUIDPipe) categoryId: string,
    @Body() body: UpdateCategoryDto,
  ): Promise<CategoryResponse> {
    return toCategoryResponse(await this.settings.updateCategory(event, categoryId, body));
  }

  @Post('registrations')
  @Public()
  @ApiOperation({
    summary: 'Register for the event',
    description:
      'Confirmed at once while places remain (or pending when the organisers approve registrations), otherwise waitlisted ' +
      'in order of arrival. A private management link is emailed to the delegate. One registration per email per event (409).',
  })
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiErrors(400, 404, 409, 422)
  async register(@CurrentEvent() event: EventContext, @Body() body: RegisterDto, @Req() request: { user?: AuthUser }): Promise<RegistrationResponse> {
    // Built from what the write returned: nothing is read again.
    const { registration, categoryCode, waitlistPosition } = await this.registrations.register(event, body, request.user?.id ?? null);
    return toRegistrationResponse(registration, categoryCode, waitlistPosition);
  }

  @Post('registrations/link')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a new private link to a registration; the answer is the same whether or not the email is registered' })
  @ApiAcceptedResponse({ type: LinkRequestAcceptedResponse })
  @ApiErrors(400, 404)
  async newLink(@CurrentEvent() event: EventContext, @Body() body: NewLinkDto): Promise<LinkRequestAcceptedResponse> {
    await this.registrations.sendNewLink(event, body.email);
    return { accepted: true };
  }

  @Get('registrations')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Registrations, filtered by state, category, country, delegation, check-in, or a search (organiser)' })
  @ApiOkResponse({ type: RegistrationListResponse })
  @ApiErrors(400, 401, 403, 404)
  async list(@CurrentEvent() event: EventContext, @Query() query: RegistrationListQuery): Promise<RegistrationListResponse> {
    return this.queries.list(event.id, query);
  }

  @Get('registrations.csv')
  @RequireEventRole('organiser')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="registrations.csv"')
  @ApiOperation({
    summary:
      'The same list as CSV, UTF-8 with a byte-order mark (organiser); passport columns only with include=passport, which is recorded in the audit trail',
  })
  @ApiFileResponse('text/csv', 'CSV file')
  @ApiErrors(400, 401, 403, 404)
  async csv(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser, @Query() query: RegistrationListQuery): Promise<string> {
    return this.protocol.csv(event, query, user);
  }

  @Get('registration-counts')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Registration counts by state, category and country, and per day (organiser)' })
  @ApiOkResponse({ type: RegistrationCountsResponse })
  @ApiErrors(401, 403, 404)
  async counts(@CurrentEvent() event: EventContext): Promise<RegistrationCountsResponse> {
    return this.queries.counts(event.id);
  }

  @Post('registrations/:id/approve')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Approve a pending registration: confirmed if a place is free, waitlisted otherwise (organiser)' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async approve(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<RegistrationResponse> {
    return this.presenter.present(await this.registrations.approve(event.id, id, { userId: user.id }));
  }

  @Post('registrations/:id/reject')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Reject a pending or waitlisted registration (organiser)' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async reject(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<RegistrationResponse> {
    return this.presenter.present(await this.registrations.reject(event.id, id, { userId: user.id }));
  }

  @Post('registrations/:id/cancel')
  @HttpCode(200)
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Cancel a registration; a freed place goes to the next on the waiting list (organiser)' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async cancel(@CurrentEvent() event: EventContext, @Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<RegistrationResponse> {
    return this.presenter.present(await this.registrations.cancelByOrganiser(event.id, id, { userId: user.id }));
  }

  private toSettingsResponse(s: Awaited<ReturnType<RegistrationSettingsService['get']>>): RegistrationSettingsResponse {
    return {
      opensAt: s.opensAt.toISOString(),
      closesAt: s.closesAt.toISOString(),
      capacity: s.capacity,
      confirmedCount: s.confirmedCount,
      approvalRequired: s.approvalRequired,
      promotion: s.promotion,
      offerHours: s.offerHours,
      privacyNoticeVersion: s.privacyNoticeVersion,
      open: s.open,
    };
  }
}

function toCategoryResponse({ id, code, name, quota, confirmedCount, translations }: RegistrationCategoryEntity, language?: string): CategoryResponse {
  return { id, code, name: translated(name, translations, 'name', language), quota, confirmedCount, translations };
}
