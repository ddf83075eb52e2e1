import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RequireEventRole } from '@app/auth';
import { CITY_IMPORT_COLUMNS, CitiesService, CityImportResponse, CityListQuery, CityResponse, CreateCityDto } from '@app/awards';
import { ApiErrors } from '../http/api-errors.decorator.js';

/** The event's registry of cities for awards and GNLC recognition. */
@ApiTags('awards')
@Controller('events/:slug/awards/cities')
export class CitiesController {
  constructor(private readonly cities: CitiesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Cities of the registry, searchable without diacritics ("son la" finds "Sơn La"), by region, country or GNLC membership year' })
  @ApiOkResponse({ type: [CityResponse] })
  @ApiErrors(400, 404)
  list(@Param('slug') slug: string, @Query() query: CityListQuery): Promise<CityResponse[]> {
    return this.cities.list(slug, query);
  }

  @Post()
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Add a city to the registry (organiser)' })
  @ApiCreatedResponse({ type: CityResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  create(@Param('slug') slug: string, @Body() body: CreateCityDto): Promise<CityResponse> {
    return this.cities.create(slug, body);
  }

  @Post('import')
  @RequireEventRole('organiser')
  @ApiConsumes('text/csv')
  @ApiBody({ description: `CSV (UTF-8) with the columns ${CITY_IMPORT_COLUMNS.join(',')}; empty optional cells are unknown. A city already in the registry (same country and name) is updated.`, schema: { type: 'string' } })
  @ApiOperation({ summary: 'Import cities from a spreadsheet, all or nothing (organiser)', description: 'Anything wrong: 422 with a line-by-line report in details, and nothing imported.' })
  @ApiCreatedResponse({ type: CityImportResponse })
  @ApiErrors(400, 401, 403, 404, 413, 422)
  import(@Param('slug') slug: string, @Body() body: unknown): Promise<CityImportResponse> {
    if (typeof body !== 'string') throw new UnsupportedMediaTypeException('Send the file as text/csv');
    return this.cities.import(slug, body);
  }

  @Get(':cityId')
  @Public()
  @ApiOperation({ summary: 'One city of the registry' })
  @ApiOkResponse({ type: CityResponse })
  @ApiErrors(400, 404)
  get(@Param('slug') slug: string, @Param('cityId', ParseUUIDPipe) cityId: string): Promise<CityResponse> {
    return this.cities.get(slug, cityId);
  }

  @Put(':cityId')
  @RequireEventRole('organiser')
  @ApiOperation({ summary: 'Correct a city of the registry (organiser)' })
  @ApiOkResponse({ type: CityResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  update(@Param('slug') slug: string, @Param('cityId', ParseUUIDPipe) cityId: string, @Body() body: CreateCityDto): Promise<CityResponse> {
    return this.cities.update(slug, cityId, body);
  }
}
