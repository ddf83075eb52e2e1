import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { OneLine } from '@app/config';
import { AccessFieldsDto } from './access.dto.js';
import { ROOM_TRANSLATABLE, type Translations, TranslationsField, TranslationsResponse } from './translations.dto.js';

export class CreateRoomDto extends AccessFieldsDto {
  @ApiProperty({ example: 'Grand Ballroom' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @ApiProperty({ example: 250, minimum: 1 })
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(100000)
  capacity: number;

  @ApiPropertyOptional({
    example: 'Level 3, east wing: take the lifts by the registration desk',
    description: 'Where it is: shown with the room on the public programme',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @OneLine()
  locationNote?: string;

  @TranslationsField(ROOM_TRANSLATABLE)
  translations?: Translations<'name' | 'locationNote'>;
}

export class UpdateRoomDto extends PartialType(CreateRoomDto) {}

export class RoomResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() capacity: number;
  @ApiProperty() locationNote: string;
  @TranslationsResponse(ROOM_TRANSLATABLE) translations: Translations<'name' | 'locationNote'>;
}
