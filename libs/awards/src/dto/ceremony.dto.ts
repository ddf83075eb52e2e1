import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { OneLine, type Translations } from '@app/config';
import { TranslationsField, TranslationsResponse } from '@app/events';
import { SHIPPED_LANGUAGES } from '@app/notifications';

/** A run-of-show item's title in the event's other languages. */
export const CEREMONY_ITEM_TRANSLATABLE = { title: { maxLength: 300, oneLine: true } };

export class CeremonyItemDto {
  @ApiProperty({ enum: ['award', 'recognition', 'membership'], description: 'membership: one new GNLC member city of an intake' })
  @IsIn(['award', 'recognition', 'membership'])
  kind: 'award' | 'recognition' | 'membership';

  @ApiPropertyOptional({ description: 'award: the winning nomination presented' })
  @ValidateIf((item: CeremonyItemDto) => item.kind === 'award')
  @IsUUID()
  nominationId?: string;

  @ApiPropertyOptional({ type: [String], description: 'recognition: the new GNLC member cities receiving the symbol; membership: the one city' })
  @ValidateIf((item: CeremonyItemDto) => item.kind !== 'award')
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  cityIds?: string[];

  @ApiPropertyOptional({
    example: 'Recognition of new GNLC members',
    description: 'In the event’s first language; without one the item is named from its award and city in the language read',
  })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  @OneLine()
  title?: string;

  @TranslationsField(CEREMONY_ITEM_TRANSLATABLE)
  translations?: Translations<'title'>;

  @ApiPropertyOptional({ example: 'Director, UNESCO Institute for Lifelong Learning' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  @OneLine()
  presenter?: string;

  @ApiPropertyOptional({ example: 'Vice-Chair of the Provincial People’s Committee', description: "Who receives on the city's behalf" })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  @OneLine()
  recipient?: string;

  @ApiPropertyOptional({ example: 'Mayor of Sơn La; UIL Director', description: 'Who stands on stage' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  @OneLine()
  onStage?: string;

  @ApiPropertyOptional({ example: 'Slide 12; fanfare; lights up', description: 'What sound, light and screens do' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  @OneLine()
  avCue?: string;

  @ApiPropertyOptional({ example: 'Photo with the certificate after the handover' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  notes?: string;

  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes: number;
}

export class RunOfShowDto {
  @ApiProperty({ type: [CeremonyItemDto] })
  @ValidateNested({ each: true })
  @Type(() => CeremonyItemDto)
  @ArrayMaxSize(200)
  items: CeremonyItemDto[];
}

export class RunOfShowCityResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() country: string;
}

export class RunOfShowItemResponse {
  @ApiProperty() position: number;
  @ApiProperty({ enum: ['award', 'recognition', 'membership'] }) kind: string;
  @ApiProperty({ description: 'In the language read, else the event’s first' }) title: string;
  @TranslationsResponse(CEREMONY_ITEM_TRANSLATABLE) translations: Translations<'title'>;
  @ApiProperty({ description: 'The organiser’s own title in the event’s first language, as entered; empty when the item is named from what it presents' })
  ownTitle: string;
  @ApiProperty({ description: 'Local time in the event zone' }) start: string;
  @ApiProperty() end: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty() presenter: string;
  @ApiProperty() recipient: string;
  @ApiProperty() onStage: string;
  @ApiProperty() avCue: string;
  @ApiProperty() notes: string;
  @ApiProperty({ nullable: true, type: String }) nominationId: string | null;
  @ApiProperty({ type: [RunOfShowCityResponse], description: 'The city awarded, or the cities recognised' }) cities: RunOfShowCityResponse[];
}

export class RunOfShowResponse {
  @ApiProperty() sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty() timeZone: string;
  @ApiProperty() start: string;
  @ApiProperty() end: string;
  @ApiProperty() minutesUsed: number;
  @ApiProperty() minutesAvailable: number;
  @ApiProperty({ type: [RunOfShowItemResponse] }) items: RunOfShowItemResponse[];
}

export class RunOfShowPdfQuery {
  @ApiPropertyOptional({
    enum: SHIPPED_LANGUAGES,
    description: 'Language of the printed labels and dates (default en), and of the organiser’s names where given in it (else the event’s first language)',
  })
  @IsOptional()
  @IsIn([...SHIPPED_LANGUAGES])
  language?: string;
}

/** The same choice for certificates: their words, date and country names in one shipped language. */
export class CertificatePdfQuery extends RunOfShowPdfQuery {}
