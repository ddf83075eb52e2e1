import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { UNESCO_REGIONS, type UnescoRegion } from '../award-regions.js';
import { OneLine } from '@app/config';

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

  @ApiPropertyOptional({ example: 2024, nullable: true, type: Number, description: 'Year the city joined the UNESCO Global Network of Learning Cities' })
  @IsOptional()
  @IsInt()
  @Min(2013)
  @Max(2200)
  gnlcMemberSince?: number | null;

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

  @ApiPropertyOptional({ description: 'Cities that joined the GNLC in this year (the new members a ceremony recognises)' })
  @IsOptional()
  @Matches(/^\d{4}$/)
  gnlcMemberSince?: string;
}

export class CityResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The name without diacritics, lower case' }) searchName: string;
  @ApiProperty() country: string;
  @ApiProperty({ enum: UNESCO_REGIONS }) region: UnescoRegion;
  @ApiProperty({ nullable: true, type: Number }) population: number | null;
  @ApiProperty({ nullable: true, type: Number }) gnlcMemberSince: number | null;
  @ApiProperty({ nullable: true, type: Number }) lastAwardYear: number | null;
}

export class CityImportResponse {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
}
