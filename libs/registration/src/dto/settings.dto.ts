import type { Translations } from '@app/config';
import { NAME_TRANSLATABLE, TranslationsField, TranslationsResponse } from '@app/events';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { OneLine } from '@app/config';

export class RegistrationSettingsDto {
  @ApiProperty({ format: 'date-time', example: '2024-08-01T00:00:00+07:00' })
  @IsISO8601({ strict: true })
  opensAt: string;

  @ApiProperty({ format: 'date-time', example: '2024-10-15T23:59:59+07:00' })
  @IsISO8601({ strict: true })
  closesAt: string;

  @ApiProperty({ example: 200, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  capacity: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  approvalRequired?: boolean;

  @ApiPropertyOptional({ enum: ['automatic', 'offer'], default: 'automatic', description: 'How a freed place reaches the waiting list' })
  @IsOptional()
  @IsIn(['automatic', 'offer'])
  promotion?: 'automatic' | 'offer';

  @ApiPropertyOptional({ default: 48, description: 'Hours a delegate has to accept an offered place' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  offerHours?: number;

  @ApiPropertyOptional({ default: '1' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  @OneLine()
  privacyNoticeVersion?: string;
}

export class RegistrationSettingsResponse extends RegistrationSettingsDto {
  @ApiProperty() confirmedCount: number;
  @ApiProperty() open: boolean;
}

export class CreateCategoryDto {
  @ApiProperty({ example: 'delegate' })
  @Matches(/^[a-z]+(-[a-z]+)*$/, { message: 'code must be lower-case words joined by hyphens' })
  @Length(1, 60)
  code: string;

  @ApiProperty({ example: 'City delegate' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @ApiPropertyOptional({ example: 150, description: 'Most confirmed places for this category; none = only the event capacity' })
  @IsOptional()
  @IsInt()
  @Min(1)
  quota?: number;

  @TranslationsField(NAME_TRANSLATABLE)
  translations?: Translations<'name'>;
}

export class UpdateCategoryDto {
  @ApiPropertyOptional({ example: 'City delegate' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @OneLine()
  name?: string;

  @ApiPropertyOptional({ example: 150, nullable: true, type: Number, description: 'null removes the quota' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1)
  quota?: number | null;

  @TranslationsField(NAME_TRANSLATABLE)
  translations?: Translations<'name'>;
}

export class CategoryResponse {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) quota: number | null;
  @ApiProperty() confirmedCount: number;
  @TranslationsResponse(NAME_TRANSLATABLE) translations: Translations<'name'>;
}
