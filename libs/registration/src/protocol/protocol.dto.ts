import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { OneLine } from '@app/config';

export const HONORIFICS = ['H.E.', 'Hon.', 'Dr', 'Prof.', 'Mr', 'Ms', 'Mrs', 'Mx'] as const;
export const COST_BEARERS = ['delegate', 'organiser', 'shared'] as const;
export type CostBearer = (typeof COST_BEARERS)[number];
export const PASSPORT_FIELDS = ['passportName', 'nationality', 'dateOfBirth', 'passportNumber', 'passportExpiry', 'consulate'] as const;

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How a delegate is addressed, and — only when they ask for a visa letter — their identity as their
 * passport shows it and the mission the letter is addressed to. Whether a date is plausible, the country
 * known and the set complete is the service's rule (422 with a code), not the shape's.
 */
export class ProtocolDetailsDto {
  @ApiPropertyOptional({ enum: ['', ...HONORIFICS], description: 'Empty for none' })
  @IsOptional()
  @IsIn(['', ...HONORIFICS])
  honorific?: string;

  @ApiPropertyOptional({ example: 'NGUYEN THI LAN', description: 'Exactly as in the passport' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(200)
  @OneLine()
  passportName?: string;

  @ApiPropertyOptional({ example: 'VN', description: 'ISO 3166-1 alpha-2 code of the passport’s country' })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  nationality?: string;

  @ApiPropertyOptional({ format: 'date', example: '1980-04-12' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'dateOfBirth must be a date such as 1980-04-12' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 'C1234567' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value))
  @IsString()
  @MaxLength(20)
  passportNumber?: string;

  @ApiPropertyOptional({ format: 'date', example: '2032-01-31' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'passportExpiry must be a date such as 2032-01-31' })
  passportExpiry?: string;

  @ApiPropertyOptional({ example: 'Embassy of the Kingdom of Thailand, Hanoi', description: 'The embassy or consulate the letter is addressed to' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(300)
  @OneLine()
  consulate?: string;
}

export class ProtocolDetailsResponse {
  @ApiProperty({ enum: ['', ...HONORIFICS] }) honorific: string;
  @ApiPropertyOptional({ nullable: true, type: String }) passportName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) nationality: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) dateOfBirth: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) passportNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) passportExpiry: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) consulate: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'When passport data and free-text needs were erased' })
  erasedAt: string | null;
}

export class VisaLetterCostDto {
  @ApiProperty({ example: 'delegate', description: 'Code of a registration category' })
  @IsString()
  @MaxLength(60)
  category: string;

  @ApiProperty({ enum: COST_BEARERS })
  @IsIn(COST_BEARERS as unknown as string[])
  bears: CostBearer;
}

export class VisaLetterSettingsDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @trim()
  @IsString()
  @MaxLength(200)
  @OneLine()
  signatoryName: string;

  @ApiProperty({ example: 'Director General' })
  @trim()
  @IsString()
  @MaxLength(200)
  @OneLine()
  signatoryTitle: string;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'After this day passport data and free-text needs are erased' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(ISO_DATE, { message: 'retentionDate must be a date such as 2030-08-31' })
  retentionDate?: string | null;

  @ApiPropertyOptional({ type: [VisaLetterCostDto], description: 'Who bears the costs, per category; a category not named: the delegate' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => VisaLetterCostDto)
  costs?: VisaLetterCostDto[];
}

export class VisaLetterCostResponse {
  @ApiProperty() category: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COST_BEARERS }) bears: CostBearer;
}

export class VisaLetterSettingsResponse {
  @ApiProperty() signatoryName: string;
  @ApiProperty() signatoryTitle: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) retentionDate: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) erasedAt: string | null;
  @ApiProperty({ description: 'Passport records erased by the retention date' }) erasedPassports: number;
  @ApiProperty({ description: 'Free-text needs erased by the retention date' }) erasedNeeds: number;
  @ApiProperty({ type: [VisaLetterCostResponse] }) costs: VisaLetterCostResponse[];
}

export const PASSPORT_ACTIONS = ['view', 'export', 'letter', 'download', 'erase'] as const;

export class PassportAccessResponse {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ['organiser', 'delegate', 'retention'] }) actor: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The organiser’s email' }) actorEmail: string | null;
  @ApiProperty({ enum: PASSPORT_ACTIONS }) action: string;
  @ApiPropertyOptional({ nullable: true, type: String }) delegate: string | null;
  @ApiProperty() detail: string;
}

export class PassportAccessListResponse {
  @ApiProperty({ type: [PassportAccessResponse] }) items: PassportAccessResponse[];
}

/** What a consulate may learn from a letter's code: that it is genuine, for whom and for what. */
export class VisaLetterVerificationResponse {
  @ApiProperty() code: string;
  @ApiProperty() fullName: string;
  @ApiProperty() event: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
}

export class ErasureResponse {
  @ApiProperty({ format: 'date-time' }) erasedAt: string;
}

export class VisaLetterQuery {
  @ApiPropertyOptional({ example: 'vi', description: 'Add the letter in this language of the event after the English one' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/)
  language?: string;
}
