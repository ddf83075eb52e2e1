import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { UNESCO_REGIONS, type UnescoRegion } from '../award-regions.js';
import { OneLine, type Translations } from '@app/config';
import { TranslationsField, TranslationsResponse } from '@app/events';

/** What an organiser may give in each of the event's other languages, for rounds and criteria alike. */
export const AWARD_TEXT_TRANSLATABLE = { name: { maxLength: 200, oneLine: true }, description: { maxLength: 5000 } };
type AwardTexts = Translations<'name' | 'description'>;

class AwardDescriptionField {
  @ApiPropertyOptional({ example: 'What the jury looks for, in the event’s first language' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @TranslationsField(AWARD_TEXT_TRANSLATABLE)
  translations?: AwardTexts;
}

/** Every rule can be switched off (null) or set. */
export class RoundRulesDto {
  @ApiPropertyOptional({ default: true, description: 'Only members of the UNESCO Global Network of Learning Cities may be nominated' })
  @IsOptional()
  @IsBoolean()
  gnlcMembershipRequired?: boolean;

  @ApiPropertyOptional({
    example: 12,
    nullable: true,
    type: Number,
    description: 'Months of GNLC membership by the nomination deadline, counted from the end of the year joined (only the year is recorded)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  gnlcMinMembershipMonths?: number | null;

  @ApiPropertyOptional({ example: 10_000, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  minPopulation?: number | null;

  @ApiPropertyOptional({
    example: 6,
    nullable: true,
    type: Number,
    description: 'A city awarded in this many years before the round year may not be nominated',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  yearsSinceLastAward?: number | null;

  @ApiPropertyOptional({ example: 2, nullable: true, type: Number, description: 'Nominations each nominating body (a National Commission) may make' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxNominationsPerBody?: number | null;

  @ApiPropertyOptional({ example: 1, default: 1, nullable: true, type: Number, description: 'Most winners per country (null: no limit)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxWinnersPerCountry?: number | null;

  @ApiPropertyOptional({ example: 10, nullable: true, type: Number, description: 'Most winners in the round worldwide (null: only the per-region quotas)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxWinners?: number | null;

  @ApiPropertyOptional({ default: 6, description: 'Most winners per UNESCO region' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  regionQuota?: number;
}

/** A region whose quota differs from the round's default. */
export class RegionQuotaDto {
  @ApiProperty({ enum: UNESCO_REGIONS, example: 'arab-states' })
  @IsIn(UNESCO_REGIONS)
  region: UnescoRegion;

  @ApiProperty({ nullable: true, type: Number, example: 2, description: 'Most winners in this region; null returns the region to the round’s default quota' })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(1000)
  quota: number | null;
}

export class RegionQuotaResponse {
  @ApiProperty({ enum: UNESCO_REGIONS }) region: UnescoRegion;
  @ApiProperty() quota: number;
}

export class CriterionDto extends AwardDescriptionField {
  @ApiProperty({ example: 'Planning and governance' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @ApiProperty({ example: 1.5, description: 'Relative weight, above 0' })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.001)
  @Max(999)
  weight: number;
}

export class CreateRoundDto extends AwardDescriptionField {
  @ApiProperty({ example: 'UNESCO Learning City Award 2024' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ type: RoundRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoundRulesDto)
  rules?: RoundRulesDto;

  @ApiPropertyOptional({ type: [RegionQuotaDto], description: 'Regions with a quota other than rules.regionQuota (each region once)' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => RegionQuotaDto)
  @ArrayMaxSize(UNESCO_REGIONS.length)
  regionQuotas?: RegionQuotaDto[];

  @ApiProperty({ type: [CriterionDto] })
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  criteria: CriterionDto[];

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  nominationDeadline: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  judgingDeadline: string;
}

export class UpdateRoundDto extends AwardDescriptionField {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @OneLine()
  name?: string;

  @ApiPropertyOptional({ type: RoundRulesDto, description: 'Only the rules given change; null switches a rule off' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoundRulesDto)
  rules?: RoundRulesDto;

  @ApiPropertyOptional({
    type: [RegionQuotaDto],
    description:
      'Sets the quota of the regions listed (null returns one to the default); other regions keep theirs. Lowering a region’s quota below its confirmed winners is refused (409).',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => RegionQuotaDto)
  @ArrayMaxSize(UNESCO_REGIONS.length)
  regionQuotas?: RegionQuotaDto[];

  @ApiPropertyOptional({ type: [CriterionDto], description: 'Replaces the criteria; refused once a score exists' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  criteria?: CriterionDto[];

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  nominationDeadline?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  judgingDeadline?: string;
}

export class RoundRulesResponse {
  @ApiProperty() gnlcMembershipRequired: boolean;
  @ApiProperty({ nullable: true, type: Number }) gnlcMinMembershipMonths: number | null;
  @ApiProperty({ nullable: true, type: Number }) minPopulation: number | null;
  @ApiProperty({ nullable: true, type: Number }) yearsSinceLastAward: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxNominationsPerBody: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxWinnersPerCountry: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxWinners: number | null;
  @ApiProperty({ description: 'The default quota of winners per region' }) regionQuota: number;
}

export class CriterionResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'In the language read (?language=), else the event’s first' }) name: string;
  @ApiProperty() description: string;
  @TranslationsResponse(AWARD_TEXT_TRANSLATABLE) translations: AwardTexts;
  @ApiProperty() weight: number;
}

export class RoundResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'In the language read (?language=), else the event’s first' }) name: string;
  @ApiProperty() description: string;
  @TranslationsResponse(AWARD_TEXT_TRANSLATABLE) translations: AwardTexts;
  @ApiProperty() year: number;
  @ApiProperty({ type: RoundRulesResponse }) rules: RoundRulesResponse;
  @ApiProperty({ type: [RegionQuotaResponse], description: 'Regions whose quota differs from rules.regionQuota' }) regionQuotas: RegionQuotaResponse[];
  @ApiProperty({ type: [CriterionResponse] }) criteria: CriterionResponse[];
  @ApiProperty() nominationDeadline: string;
  @ApiProperty() judgingDeadline: string;
  @ApiProperty({ description: 'The judging deadline has passed: scores are final and visible to every juror' }) closed: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'When the winners are (or will be) public' }) releasedAt: string | null;
}

export class ReleaseRoundDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Release at this time (the ceremony); now if omitted' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
