import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';
import { OneLine } from '@app/config';
import { NAME_TRANSLATABLE, type Translations, TranslationsField, TranslationsResponse } from './translations.dto.js';

export class CreateTrackDto {
  @ApiProperty({ example: 'Learning for sustainable cities' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @ApiProperty({ example: '#1f77b4', description: 'Hex colour #rrggbb (lower case)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @Matches(/^#[0-9a-f]{6}$/, { message: 'colour must be a hex colour such as "#1f77b4"' })
  colour: string;

  @TranslationsField(NAME_TRANSLATABLE)
  translations?: Translations<'name'>;
}

export class UpdateTrackDto extends PartialType(CreateTrackDto) {}

export class TrackResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() colour: string;
  @TranslationsResponse(NAME_TRANSLATABLE) translations: Translations<'name'>;
}
