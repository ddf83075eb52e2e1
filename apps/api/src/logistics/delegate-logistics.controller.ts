import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { BookRoomDto, DelegateHotelResponse, HotelBookingResponse, HotelsService, TravelPlanDto, TravelPlanResponse, TravelService } from '@app/logistics';
import { ApiErrors } from '../http/api-errors.decorator.js';

/**
 * A delegate's room and travel through the private link; the head of a delegation also for each member
 * (`members/{memberId}/…`).
 */
@ApiTags('logistics')
@ApiParam({ name: 'token', description: 'The private token from the management link' })
@Controller('registrations/manage/:token')
@Public()
export class DelegateLogisticsController {
  constructor(
    private readonly hotels: HotelsService,
    private readonly travel: TravelService,
  ) {}

  @Get('hotel')
  @ApiOperation({ summary: 'The hotel blocks with rooms left, and my booking' })
  @ApiOkResponse({ type: DelegateHotelResponse })
  @ApiErrors(404)
  hotel(@Param('token') token: string): Promise<DelegateHotelResponse> {
    return this.hotels.forDelegate(token);
  }

  @Put('hotel-booking')
  @ApiOperation({ summary: 'Book a room in a block (or move my booking); 409 when the block is full or my registration is not confirmed' })
  @ApiOkResponse({ type: HotelBookingResponse })
  @ApiErrors(400, 404, 409)
  book(@Param('token') token: string, @Body() body: BookRoomDto): Promise<HotelBookingResponse> {
    return this.hotels.book(token, body.blockId);
  }

  @Delete('hotel-booking')
  @HttpCode(204)
  @ApiOperation({ summary: 'Give my room back' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  async release(@Param('token') token: string): Promise<void> {
    await this.hotels.cancelBooking(token);
  }

  @Get('travel')
  @ApiOperation({ summary: 'My arrival and departure' })
  @ApiOkResponse({ type: TravelPlanResponse })
  @ApiErrors(404)
  plan(@Param('token') token: string): Promise<TravelPlanResponse> {
    return this.travel.plan(token);
  }

  @Put('travel')
  @ApiOperation({ summary: 'Set my arrival and departure (local times at the airport); fields left out keep their value' })
  @ApiOkResponse({ type: TravelPlanResponse })
  @ApiErrors(400, 404, 422)
  savePlan(@Param('token') token: string, @Body() body: TravelPlanDto): Promise<TravelPlanResponse> {
    return this.travel.save(token, body);
  }

  @Get('members/:memberId/hotel')
  @ApiOperation({ summary: 'A member’s hotel booking (head of delegation)' })
  @ApiOkResponse({ type: DelegateHotelResponse })
  @ApiErrors(400, 404)
  memberHotel(@Param('token') token: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<DelegateHotelResponse> {
    return this.hotels.forDelegate(token, memberId);
  }

  @Put('members/:memberId/hotel-booking')
  @ApiOperation({ summary: 'Book a room for a member (head of delegation)' })
  @ApiOkResponse({ type: HotelBookingResponse })
  @ApiErrors(400, 404, 409)
  bookForMember(@Param('token') token: string, @Param('memberId', ParseUUIDPipe) memberId: string, @Body() body: BookRoomDto): Promise<HotelBookingResponse> {
    return this.hotels.book(token, body.blockId, memberId);
  }

  @Delete('members/:memberId/hotel-booking')
  @HttpCode(204)
  @ApiOperation({ summary: 'Give a member’s room back (head of delegation)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 404)
  async releaseForMember(@Param('token') token: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<void> {
    await this.hotels.cancelBooking(token, memberId);
  }

  @Get('members/:memberId/travel')
  @ApiOperation({ summary: 'A member’s arrival and departure (head of delegation)' })
  @ApiOkResponse({ type: TravelPlanResponse })
  @ApiErrors(400, 404)
  memberPlan(@Param('token') token: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<TravelPlanResponse> {
    return this.travel.plan(token, memberId);
  }

  @Put('members/:memberId/travel')
  @ApiOperation({ summary: 'Set a member’s arrival and departure (head of delegation)' })
  @ApiOkResponse({ type: TravelPlanResponse })
  @ApiErrors(400, 404, 422)
  saveMemberPlan(@Param('token') token: string, @Param('memberId', ParseUUIDPipe) memberId: string, @Body() body: TravelPlanDto): Promise<TravelPlanResponse> {
    return this.travel.save(token, body, memberId);
  }
}
