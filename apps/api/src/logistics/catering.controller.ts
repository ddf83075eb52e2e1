import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, RequireEventRole } from '@app/auth';
import { CateringResponse, CateringService, CreateMealDto } from '@app/logistics';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';

/** The meals served and the caterer's counts by dietary need, and the counts by accessibility need, for the event's organisers. */
@ApiTags('logistics')
@Controller('events/:slug')
@RequireEventRole('organiser')
export class CateringController {
  constructor(private readonly catering: CateringService) {}

  @Get('catering')
  @ApiOperation({ summary: 'Each meal with confirmed and checked-in delegates by dietary need (organiser)' })
  @ApiOkResponse({ type: CateringResponse })
  @ApiErrors(401, 403, 404)
  counts(@CurrentEvent() event: EventContext): Promise<CateringResponse> {
    return this.catering.counts(event);
  }

  @Get('catering.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="catering.csv"')
  @ApiOperation({ summary: 'The catering counts as CSV, one line per meal and dietary need (organiser)' })
  @ApiFileResponse('text/csv', 'CSV file')
  @ApiErrors(401, 403, 404)
  csv(@CurrentEvent() event: EventContext): Promise<string> {
    return this.catering.csv(event);
  }

  @Get('accessibility.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="accessibility.csv"')
  @ApiOperation({ summary: 'Confirmed delegates by accessibility need as CSV, one line per need (organiser)' })
  @ApiFileResponse('text/csv', 'CSV file')
  @ApiErrors(401, 403, 404)
  accessibilityCsv(@CurrentEvent() event: EventContext): Promise<string> {
    return this.catering.accessibilityCsv(event);
  }

  @Post('meals')
  @ApiOperation({ summary: 'Add a meal served on a day of the event; answers the counts with it (organiser)' })
  @ApiCreatedResponse({ type: CateringResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  add(@CurrentEvent() event: EventContext, @Body() body: CreateMealDto): Promise<CateringResponse> {
    return this.catering.add(event, body);
  }

  @Delete('meals/:mealId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a meal (organiser)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentEvent() event: EventContext, @Param('mealId', ParseUUIDPipe) id: string): Promise<void> {
    await this.catering.remove(event, id);
  }
}
