import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { OneLine } from '@app/config';
import { SHIPPED_LANGUAGES } from '@app/notifications';

export class CeremonyItemDto {
  @ApiProperty({ enum: ['award', 'recognition'] })
  @IsIn(['award', 'recognition'])
  kind: 'award' | 'recognition';

  @ApiPropertyOptional({ description: 'award: the winning nomination presented' })
  @ValidateIf((item: CeremonyItemDto) => item.kind === 'award')
  @IsUUID()
  nominationId?: string;

  @ApiPropertyOptional({ type: [String], description: 'recognition: the new GNLC member cities receiving the symbol' })
  @ValidateIf((item: CeremonyItemDto) => item.kind === 'recognition')
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  cityIds?: string[];

  @ApiPropertyOptional({ example: 'Recognition of new GNLC members' })
  @IsOptional()
  @IsString()
  @Length(0, 300)
  @OneLine()
  title?: string;

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
  @ApiProperty({ enum: ['award', 'recognition'] }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Local time in the event zone' }) start: string;
  @ApiProperty() end: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty() presenter: string;
  @ApiProperty() recipient: string;
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
  @ApiPropertyOptional({ enum: SHIPPED_LANGUAGES, description: 'Language of the printed labels and dates (default en)' })
  @IsOptional()
  @IsIn([...SHIPPED_LANGUAGES])
  language?: string;
}

/** The same choice for certificates: their words, date and country names in one shipped language. */
export class CertificatePdfQuery extends RunOfShowPdfQuery {}
