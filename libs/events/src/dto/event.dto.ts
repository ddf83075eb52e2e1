import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsCalendarDate, IsIanaTimeZone, IsOnOrAfter } from './validators.js';
import { OneLine } from '@app/config';
import { EVENT_TRANSLATABLE, type Translations, TranslationsField } from './translations.dto.js';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CreateEventDto {
  @ApiProperty({ example: 'aseanplus3-learning-cities-2024', description: 'Lower-case letters, digits and single hyphens' })
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters and digits separated by single hyphens (no spaces)' })
  @Length(1, 100)
  slug: string;

  @ApiProperty({ example: 'ASEAN+3 Regional Conference on Learning Cities' })
  @IsString()
  @Length(1, 300)
  @OneLine()
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ example: 'UNESCO Bangkok' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @OneLine()
  organiser?: string;

  @ApiPropertyOptional({ example: 'Bangkok Marriott Marquis Queen’s Park' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @OneLine()
  venue?: string;

  @ApiPropertyOptional({ example: 'Bangkok' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @OneLine()
  city?: string;

  @ApiProperty({ example: 'TH', description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as "TH"' })
  country: string;

  @ApiProperty({ example: 'Asia/Bangkok', description: 'IANA time zone; every time of the event is shown in it' })
  @IsIanaTimeZone()
  timeZone: string;

  @ApiProperty({ example: '2024-10-29', format: 'date' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ example: '2024-10-30', format: 'date' })
  @IsCalendarDate()
  @IsOnOrAfter('startDate')
  endDate: string;

  @ApiProperty({ example: ['en', 'vi'], description: 'Languages offered, as ISO 639-1 codes' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'each language must be an ISO 639 code such as "en" or "vi"' })
  languages: string[];

  @TranslationsField(EVENT_TRANSLATABLE)
  translations?: Translations<'name' | 'description' | 'venue' | 'organiser'>;
}

export class UpdateEventDto extends PartialType(CreateEventDto) {}

/** A new event like an existing one: its end date keeps the original's length. */
export class DuplicateEventDto extends PickType(CreateEventDto, ['name', 'slug', 'startDate'] as const) {
  @ApiPropertyOptional({ default: false, description: 'Copy the draft programme (sessions and slots, no speakers), moved to the new dates' })
  @IsOptional()
  @IsBoolean()
  copyProgramme?: boolean;
}

export class EventSummaryResponse {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() organiser: string;
  @ApiProperty() venue: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ type: [String] }) languages: string[];
}
