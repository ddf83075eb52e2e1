import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ConfirmWinnerDto {
  @ApiProperty()
  @IsUUID()
  nominationId: string;
}

export class RankedNomination {
  @ApiProperty() rank: number;
  @ApiProperty() nominationId: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Σ(score × weight) / Σ(weight) over every score given, to 3 decimals; null when unscored' })
  weightedMean: number | null;
  @ApiProperty() jurors: number;
  @ApiProperty() submittedAt: string;
  @ApiProperty({ description: "Within the region's quota by rank" }) shortlisted: boolean;
  @ApiProperty() winner: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'When the winner was confirmed' }) confirmedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who confirmed the winner (their name)' }) confirmedBy: string | null;
}

export class RegionResult {
  @ApiProperty() region: string;
  @ApiProperty() regionName: string;
  @ApiProperty() quota: number;
  @ApiProperty() winners: number;
  @ApiProperty({ type: [RankedNomination] }) nominations: RankedNomination[];
}

export class RoundResultsResponse {
  @ApiProperty() roundId: string;
  @ApiProperty() closed: boolean;
  @ApiProperty({ nullable: true, type: String }) releasedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who released the results (their name)' }) releasedBy: string | null;
  @ApiProperty({ type: [RegionResult] }) regions: RegionResult[];
}

export class PublicWinner {
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() region: string;
  @ApiProperty() regionName: string;
}

export class PublicWinnersResponse {
  @ApiProperty() roundId: string;
  @ApiProperty() name: string;
  @ApiProperty() year: number;
  @ApiProperty() releasedAt: string;
  @ApiProperty({ type: [PublicWinner] }) winners: PublicWinner[];
}

export class ReleaseResultResponse {
  @ApiProperty({ description: 'When the winners are (or were) released' }) releasedAt: string;
  @ApiProperty({ description: 'Nominated cities whose contact is told the outcome' }) notified: number;
}
