import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Type } from 'class-transformer';
import { OneLine } from '@app/config';
import { SHIPPED_LANGUAGES } from '@app/notifications';

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

export class TravelPlanDto {
  @ApiPropertyOptional({ example: '2024-10-28T14:35', nullable: true, type: String, description: 'Local time at the airport, as the ticket prints it' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(LOCAL_TIME, { message: 'arrivalAt must be a local time as YYYY-MM-DDTHH:MM' })
  arrivalAt?: string | null;

  @ApiPropertyOptional({ example: 'VN615' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @OneLine()
  arrivalFlight?: string;

  @ApiPropertyOptional({ example: 'BKK' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @OneLine()
  arrivalAirport?: string;

  @ApiPropertyOptional({ example: '2024-10-31T11:10', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(LOCAL_TIME, { message: 'departureAt must be a local time as YYYY-MM-DDTHH:MM' })
  departureAt?: string | null;

  @ApiPropertyOptional({ example: 'VN614' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @OneLine()
  departureFlight?: string;

  @ApiPropertyOptional({ example: 'BKK' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @OneLine()
  departureAirport?: string;

  @ApiPropertyOptional({ default: true, description: 'Whether the delegate wants the organisers’ airport transfer' })
  @IsOptional()
  @IsBoolean()
  needsTransfer?: boolean;
}

export class TravelPlanResponse {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty({ nullable: true, type: String }) arrivalAt: string | null;
  @ApiProperty() arrivalFlight: string;
  @ApiProperty() arrivalAirport: string;
  @ApiProperty({ nullable: true, type: String }) departureAt: string | null;
  @ApiProperty() departureFlight: string;
  @ApiProperty() departureAirport: string;
  @ApiProperty() needsTransfer: boolean;
}

export class TransferManifestQuery {
  @ApiPropertyOptional({ enum: ['arrival', 'departure'], default: 'arrival' })
  @IsOptional()
  @IsIn(['arrival', 'departure'])
  direction?: 'arrival' | 'departure';

  @ApiPropertyOptional({ default: 60, minimum: 15, maximum: 720, description: 'Length of each pick-up window in minutes' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(15)
  @Max(720)
  windowMinutes?: number;
}

export class TransferPassengerResponse {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() country: string;
  @ApiProperty({ nullable: true, type: String }) delegation: string | null;
  @ApiProperty() flight: string;
  @ApiProperty({ description: 'Local time at the airport' }) at: string;
}

export class TransferWindowResponse {
  @ApiProperty() airport: string;
  @ApiProperty({ description: 'Start of the window, local time at the airport' }) from: string;
  @ApiProperty({ description: 'End of the window (exclusive)' }) to: string;
  @ApiProperty({ type: [TransferPassengerResponse] }) passengers: TransferPassengerResponse[];
}

export class TransferManifestResponse {
  @ApiProperty({ enum: ['arrival', 'departure'] }) direction: 'arrival' | 'departure';
  @ApiProperty() windowMinutes: number;
  @ApiProperty({ type: [TransferWindowResponse] }) windows: TransferWindowResponse[];
}

/** The language of a printed manifest's words, dates and country names. */
export class ManifestPdfQuery {
  @ApiPropertyOptional({ enum: SHIPPED_LANGUAGES, description: 'Language of the printed labels, dates and country names (default en)' })
  @IsOptional()
  @IsIn([...SHIPPED_LANGUAGES])
  language?: string;
}

export class TransferManifestPdfQuery extends TransferManifestQuery {
  @ApiPropertyOptional({ enum: SHIPPED_LANGUAGES, description: 'Language of the printed labels, dates and country names (default en)' })
  @IsOptional()
  @IsIn([...SHIPPED_LANGUAGES])
  language?: string;
}
