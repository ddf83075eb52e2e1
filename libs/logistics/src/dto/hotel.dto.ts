import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { OneLine } from '@app/config';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class CreateHotelBlockDto {
  @ApiProperty({ example: 'Centara Grand at CentralWorld' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  hotel: string;

  @ApiProperty({ example: 'Deluxe twin' })
  @IsString()
  @Length(1, 100)
  @OneLine()
  roomType: string;

  @ApiProperty({ format: 'date', example: '2024-10-28', description: 'First night' })
  @Matches(DAY, { message: 'checkIn must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  checkIn: string;

  @ApiProperty({ format: 'date', example: '2024-10-31', description: 'The morning the rooms are left' })
  @Matches(DAY, { message: 'checkOut must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  checkOut: string;

  @ApiProperty({ example: 40, minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10000)
  roomsAvailable: number;

  @ApiPropertyOptional({ example: 'Breakfast included; shuttle to the venue at 08:00' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class UpdateHotelBlockDto extends PartialType(CreateHotelBlockDto) {}

export class HotelBlockResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() hotel: string;
  @ApiProperty() roomType: string;
  @ApiProperty({ format: 'date' }) checkIn: string;
  @ApiProperty({ format: 'date' }) checkOut: string;
  @ApiProperty() nights: number;
  @ApiProperty() roomsAvailable: number;
  @ApiProperty() roomsBooked: number;
  @ApiProperty() roomsLeft: number;
  @ApiProperty() note: string;
}

export class BookRoomDto {
  @ApiProperty({ format: 'uuid', description: 'The hotel block to take a room in; booking again moves the booking' })
  @IsUUID()
  blockId: string;
}

export class HotelBookingResponse {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty({ type: HotelBlockResponse }) block: HotelBlockResponse;
  @ApiProperty({ format: 'date-time' }) bookedAt: string;
}

export class DelegateHotelResponse {
  @ApiProperty({ type: [HotelBlockResponse], description: 'The blocks the event offers, with the rooms left' }) blocks: HotelBlockResponse[];
  @ApiProperty({ type: HotelBookingResponse, nullable: true }) booking: HotelBookingResponse | null;
}

export class RoomingGuestResponse {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty() country: string;
  @ApiProperty({ nullable: true, type: String }) delegation: string | null;
  @ApiProperty({ format: 'date-time' }) bookedAt: string;
}

export class RoomingBlockResponse extends HotelBlockResponse {
  @ApiProperty({ type: [RoomingGuestResponse] }) guests: RoomingGuestResponse[];
}

export class RoomingListResponse {
  @ApiProperty({ type: [RoomingBlockResponse] }) blocks: RoomingBlockResponse[];
}
