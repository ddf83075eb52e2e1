import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { OneLine } from '@app/config';
import { UNESCO_REGIONS, type UnescoRegion } from '../award-regions.js';

export class GnlcNewMemberDto {
  @ApiProperty({ example: 'Sơn La', description: 'The city’s name in its own script' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  city: string;

  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as VN' })
  country: string;

  @ApiProperty({ example: '2024-09-10', description: 'The day UNESCO admitted the city to the GNLC' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'admittedOn must be a date written YYYY-MM-DD' })
  admittedOn: string;

  @ApiPropertyOptional({ enum: UNESCO_REGIONS, description: 'Needed only for a city new to the registry in a country it holds no city of' })
  @IsOptional()
  @IsIn(UNESCO_REGIONS)
  region?: UnescoRegion;
}

export class SetGnlcIntakeDto {
  @ApiPropertyOptional({ description: 'The ceremony session at which the new members are recognised: one run-of-show item per city' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ example: 3, description: 'Minutes each city’s recognition takes in the run of show (default 3)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  minutesPerCity?: number;

  @ApiProperty({ type: [GnlcNewMemberDto] })
  @ValidateNested({ each: true })
  @Type(() => GnlcNewMemberDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  members: GnlcNewMemberDto[];
}

export class GnlcMemberResponse {
  @ApiProperty() id: string;
  @ApiProperty() cityId: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty({ example: '2024-09-10' }) admittedOn: string;
}

export class GnlcIntakeResponse {
  @ApiProperty() id: string;
  @ApiProperty() year: number;
  @ApiProperty({ nullable: true, type: String }) sessionId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The ceremony’s title, when one is set' }) sessionTitle: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Local start of the ceremony in the event’s zone' }) ceremonyStart: string | null;
  @ApiProperty({ type: [GnlcMemberResponse] }) members: GnlcMemberResponse[];
}

export class PublicGnlcMemberResponse {
  @ApiProperty() year: number;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() admittedOn: string;
}
