import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentEvent, type EventContext, RequireEventRole } from '@app/auth';
import {
  CreateHotelBlockDto,
  HotelBlockResponse,
  HotelsService,
  ManifestPdfQuery,
  ManifestPdfService,
  RoomingListResponse,
  TransferManifestPdfQuery,
  TransferManifestQuery,
  TransferManifestResponse,
  TravelService,
  UpdateHotelBlockDto,
} from '@app/logistics';
import type { PdfFile } from '@app/documents';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ApiFileResponse } from '../http/api-file-response.decorator.js';
import { attachment } from '../http/content-disposition.js';

const pdf = ({ filename, stream }: PdfFile) => new StreamableFile(stream, { type: 'application/pdf', disposition: attachment(filename) });

/** Hotel blocks, the rooming list and airport transfers, for the event's organisers. */
@ApiTags('logistics')
@Controller('events/:slug')
@RequireEventRole('organiser')
export class HotelBlocksController {
  constructor(
    private readonly hotels: HotelsService,
    private readonly travel: TravelService,
    private readonly manifests: ManifestPdfService,
  ) {}

  @Get('hotel-blocks')
  @ApiOperation({ summary: 'The rooms held in hotels for delegates, with how many are booked (organiser)' })
  @ApiOkResponse({ type: [HotelBlockResponse] })
  @ApiErrors(401, 403, 404)
  list(@CurrentEvent() event: EventContext): Promise<HotelBlockResponse[]> {
    return this.hotels.blocks(event);
  }

  @Post('hotel-blocks')
  @ApiOperation({ summary: 'Hold a block of rooms in a hotel for given nights (organiser)' })
  @ApiCreatedResponse({ type: HotelBlockResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  create(@CurrentEvent() event: EventContext, @Body() body: CreateHotelBlockDto): Promise<HotelBlockResponse> {
    return this.hotels.create(event, body);
  }

  @Patch('hotel-blocks/:blockId')
  @ApiOperation({ summary: 'Change a block; never fewer rooms than are booked (409) (organiser)' })
  @ApiOkResponse({ type: HotelBlockResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  update(@CurrentEvent() event: EventContext, @Param('blockId', ParseUUIDPipe) id: string, @Body() body: UpdateHotelBlockDto): Promise<HotelBlockResponse> {
    return this.hotels.update(event, id, body);
  }

  @Delete('hotel-blocks/:blockId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a block nobody has booked (409 otherwise) (organiser)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404, 409)
  async remove(@CurrentEvent() event: EventContext, @Param('blockId', ParseUUIDPipe) id: string): Promise<void> {
    await this.hotels.remove(event, id);
  }

  @Get('rooming-list')
  @ApiOperation({ summary: 'Each block with the delegates booked in it, for the hotels (organiser)' })
  @ApiOkResponse({ type: RoomingListResponse })
  @ApiErrors(401, 403, 404)
  roomingList(@CurrentEvent() event: EventContext): Promise<RoomingListResponse> {
    return this.hotels.roomingList(event);
  }

  @Get('rooming-list.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="rooming-list.csv"')
  @ApiOperation({ summary: 'The rooming list as CSV, UTF-8 with a byte-order mark (organiser)' })
  @ApiFileResponse('text/csv', 'CSV file')
  @ApiErrors(401, 403, 404)
  roomingCsv(@CurrentEvent() event: EventContext): Promise<string> {
    return this.hotels.roomingCsv(event);
  }

  @Get('transfers')
  @ApiOperation({ summary: 'Airport-transfer manifest: confirmed delegates who asked for a transfer, by airport and time window (organiser)' })
  @ApiOkResponse({ type: TransferManifestResponse })
  @ApiErrors(400, 401, 403, 404)
  transfers(@CurrentEvent() event: EventContext, @Query() query: TransferManifestQuery): Promise<TransferManifestResponse> {
    return this.travel.manifest(event, query.direction ?? 'arrival', query.windowMinutes ?? 60);
  }

  @Get('transfers.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="transfers.csv"')
  @ApiOperation({ summary: 'The transfer manifest as CSV (organiser)' })
  @ApiFileResponse('text/csv', 'CSV file')
  @ApiErrors(400, 401, 403, 404)
  transfersCsv(@CurrentEvent() event: EventContext, @Query() query: TransferManifestQuery): Promise<string> {
    return this.travel.manifestCsv(event, query.direction ?? 'arrival', query.windowMinutes ?? 60);
  }

  @Get('rooming-list.pdf')
  @ApiOperation({ summary: 'The rooming list, printable, under the event’s letterhead (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404)
  async roomingPdf(@CurrentEvent() event: EventContext, @Query() query: ManifestPdfQuery): Promise<StreamableFile> {
    return pdf(await this.manifests.rooming(event, query.language ?? 'en'));
  }

  @Get('transfers.pdf')
  @ApiOperation({ summary: 'The transfer manifest, printable, a section per airport and time window (organiser)' })
  @ApiFileResponse('application/pdf', 'PDF file')
  @ApiErrors(400, 401, 403, 404)
  async transfersPdf(@CurrentEvent() event: EventContext, @Query() query: TransferManifestPdfQuery): Promise<StreamableFile> {
    return pdf(await this.manifests.transfers(event, query.direction ?? 'arrival', query.windowMinutes ?? 60, query.language ?? 'en'));
  }
}
