export {
  BookRoomDto,
  CreateHotelBlockDto,
  DelegateHotelResponse,
  HotelBlockResponse,
  HotelBookingResponse,
  RoomingBlockResponse,
  RoomingGuestResponse,
  RoomingListResponse,
  UpdateHotelBlockDto,
} from './dto/hotel.dto.js';
export {
  ManifestPdfQuery,
  TransferManifestPdfQuery,
  TransferManifestQuery,
  TransferManifestResponse,
  TransferPassengerResponse,
  TransferWindowResponse,
  TravelPlanDto,
  TravelPlanResponse,
} from './dto/travel.dto.js';
export { CateringService } from './catering.service.js';
export { CateringResponse, CreateMealDto, MEAL_KINDS, type MealKind, MealNeedCountResponse, MealResponse } from './dto/catering.dto.js';
export { ManifestPdfService } from './manifest-pdf.service.js';
export { HotelsService } from './hotels.service.js';
export { LogisticsError, type LogisticsErrorCode } from './logistics.error.js';
export { LogisticsModule } from './logistics.module.js';
export { TravelService } from './travel.service.js';
