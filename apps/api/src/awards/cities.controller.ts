import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentEvent, CurrentUser, type EventContext, Public, RequireEventRole } from '@app/auth';
import {
  AddRepresentativeDto,
  CITY_IMPORT_COLUMNS,
  CitiesService,
  CityImportResponse,
  CityListQuery,
  CityResponse,
  CreateCityDto,
  RepresentativeResponse,
  RepresentativesService,
} from '@app/awards';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { RequestError } from '../http/request-error.js';
import { CityImportRejectedResponse } from './city-import-rejected.response.js';

/** The event's registry of cities for awards and GNLC recognition. */
@ApiTags('awards')
@Controller('events/:slug/awards/cities')
export class CitiesController {
  constructor(
    private readonly cities: CitiesService,
    private readonly representatives: RepresentativesService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Cities of the registry, searchable without diacritics ("son la" finds "Sơn La"), by region, country or GNLC membership year' })
  @ApiOkResponse({ type: [CityResponse] })
  @ApiErrors(400, 404)
  list(@CurrentEvent() event: EventContext, @Query() query: CityListQuery): Promise<CityResponse[]> {
    return this.cities.list(event, query);
  }

  @Post()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Add a city to the registry (organiser)' })
  @ApiCreatedResponse({ type: CityResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  create(@CurrentEvent() event: EventContext, @Body() body: CreateCityDto): Promise<CityResponse> {
    return this.cities.create(event, body);
  }

  @Post('import')
  @RequireEventRole('organiser')
  @ApiConsumes('text/csv')
  @ApiBody({
    description: `CSV (UTF-8) with the columns ${CITY_IMPORT_COLUMNS.join(',')}; empty optional cells are unknown. A city already in the registry (same country and name) is updated.`,
    schema: { type: 'string' },
  })
  @ApiOperation({
    summary: 'Import cities from a spreadsheet, all or nothing (organiser)',
    description: 'Anything wrong: 422 with a line-by-line report in details, each problem with a code to translate, and nothing imported.',
  })
  @ApiCreatedResponse({ type: CityImportResponse })
  @ApiErrors(400, 401, 403, 404, 413)
  @ApiResponse({ status: 422, description: 'Nothing imported; details list every wrong line', type: CityImportRejectedResponse })
  import(@CurrentEvent() event: EventContext, @Body() body: unknown): Promise<CityImportResponse> {
    if (typeof body !== 'string') throw new RequestError('CSV_REQUIRED', 'Send the file as text/csv');
    return this.cities.import(event, body);
  }

  @Get('represented')
  @RequireEventRole('representative')
  @ApiOperation({ summary: 'The cities I represent in this event, which I may nominate (representative)' })
  @ApiOkResponse({ type: [RepresentativeResponse] })
  @ApiErrors(401, 403, 404)
  represented(@CurrentEvent() event: EventContext, @CurrentUser() user: AuthUser): Promise<RepresentativeResponse[]> {
    return this.representatives.mine(event, user.id);
  }

  @Get(':cityId/representatives')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'The representatives of a city (organiser)' })
  @ApiOkResponse({ type: [RepresentativeResponse] })
  @ApiErrors(400, 401, 403, 404)
  listRepresentatives(@CurrentEvent() event: EventContext, @Param('cityId', ParseUUIDPipe) cityId: string): Promise<RepresentativeResponse[]> {
    return this.representatives.list(event, cityId);
  }

  @Post(':cityId/representatives')
  @RequireEventRole('organiser')
  @ApiOperation({
    summary: 'Make a user with the representative role a representative of this city, who may then nominate it (organiser)',
    description: 'The user must already hold the representative role on the event (422 otherwise). Returns the city’s representatives.',
  })
  @ApiCreatedResponse({ type: [RepresentativeResponse] })
  @ApiErrors(400, 401, 403, 404, 422)
  addRepresentative(
    @CurrentEvent() event: EventContext,
    @Param('cityId', ParseUUIDPipe) cityId: string,
    @Body() body: AddRepresentativeDto,
  ): Promise<RepresentativeResponse[]> {
    return this.representatives.add(event, cityId, body);
  }

  @Delete(':cityId/representatives/:userId')
  @RequireEventRole('organiser')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop a user representing this city (organiser)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async removeRepresentative(
    @CurrentEvent() event: EventContext,
    @Param('cityId', ParseUUIDPipe) cityId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    await this.representatives.remove(event, cityId, userId);
  }

  @Get(':cityId')
  @Public()
  @ApiOperation({ summary: 'One city of the registry' })
  @ApiOkResponse({ type: CityResponse })
  @ApiErrors(400, 404)
  get(@CurrentEvent() event: EventContext, @Param('cityId', ParseUUIDPipe) cityId: string): Promise<CityResponse> {
    return this.cities.get(event, cityId);
  }

  @Put(':cityId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Correct a city of the registry (organiser)' })
  @ApiOkResponse({ type: CityResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  update(@CurrentEvent() event: EventContext, @Param('cityId', ParseUUIDPipe) cityId: string, @Body() body: CreateCityDto): Promise<CityResponse> {
    return this.cities.update(event, cityId, body);
  }
}
