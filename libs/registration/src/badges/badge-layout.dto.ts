import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn } from 'class-validator';
import { BADGE_FIELDS, BADGE_SIZES, type BadgeField, type BadgeSize } from './badge-layout.js';

export class BadgeLayoutDto {
  @ApiProperty({ enum: BADGE_SIZES, description: 'a6: 105 × 148 mm insert; cr80: 85.6 × 54 mm card; 4x3in: 4 × 3 in card' })
  @IsIn(BADGE_SIZES)
  size: BadgeSize;

  @ApiProperty({ enum: BADGE_FIELDS, isArray: true, description: 'What prints besides the name and the event' })
  @IsArray()
  @ArrayMaxSize(BADGE_FIELDS.length)
  @ArrayUnique()
  @IsIn(BADGE_FIELDS, { each: true })
  fields: BadgeField[];

  @ApiProperty({ description: 'As many badges as fit on each A4 sheet, with crop marks; otherwise one badge per page of its size' })
  @IsBoolean()
  sheet: boolean;
}

export class BadgeLayoutResponse extends BadgeLayoutDto {
  @ApiProperty({ description: 'Badges on each A4 sheet when printing on sheets' }) perSheet: number;
}
