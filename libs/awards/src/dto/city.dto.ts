import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { UNESCO_REGIONS, type UnescoRegion } from '../award-regions.js';
import { OneLine } from '@app/config';

/** A GNLC admission month: the network began in 2013. */
export const GNLC_MONTH = /^(201[3-9]|20[2-9]\d|21\d\d|2200)-(0[1-9]|1[0-2])$/;

export class CreateCityDto {
  @ApiProperty({ example: 'Sơn La' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as VN' })
  country: string;

  @ApiProperty({ enum: UNESCO_REGIONS, example: 'asia-pacific' })
  @IsIn(UNESCO_REGIONS)
  region: UnescoRegion;

  @ApiPropertyOptional({ example: 128_000, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  population?: number | null;

  @ApiPropertyOptional({
    example: '2024-09',
    nullable: true,
    type: String,
    description: 'Month UNESCO admitted the city to the Global Network of Learning Cities (YYYY-MM, from 2013-01)',
  })
  @IsOptional()
  @Matches(GNLC_MONTH, { message: 'gnlcMemberSince must be a month written YYYY-MM, from 2013-01' })
  gnlcMemberSince?: string | null;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: Number,
    description: 'Year of an award won before this registry; awards won in rounds here are counted on their own',
  })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  lastAwardYear?: number | null;
}

export class CityListQuery {
  @ApiPropertyOptional({ description: 'Part of the name, with or without diacritics ("son la" finds "Sơn La")' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ enum: UNESCO_REGIONS })
  @IsOptional()
  @IsIn(UNESCO_REGIONS)
  region?: UnescoRegion;

  @ApiPropertyOptional({ example: 'VN' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @ApiPropertyOptional({ description: 'Cities admitted to the GNLC in this year (YYYY) or month (YYYY-MM): the new members a ceremony recognises' })
  @IsOptional()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2]))?$/)
  gnlcMemberSince?: string;
}

export class CityResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The name without diacritics, lower case' }) searchName: string;
  @ApiProperty() country: string;
  @ApiProperty({ enum: UNESCO_REGIONS }) region: UnescoRegion;
  @ApiProperty({ nullable: true, type: Number }) population: number | null;
  @ApiProperty({ nullable: true, type: String, example: '2023-03', description: 'Month of admission to the GNLC' }) gnlcMemberSince: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastAwardYear: number | null;
}

export class CityImportResponse {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
}
