import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

export class AddJurorDto {
  @ApiProperty({ description: 'A user holding the juror role on the event' })
  @IsUUID()
  userId: string;

  @ApiProperty({ example: 'TH', description: "The juror's country: nominations from it are never theirs to see" })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as TH' })
  country: string;
}

export class JurorResponse {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() country: string;
  @ApiProperty() assigned: number;
}

export class AssignNominationsDto {
  @ApiProperty()
  @IsUUID()
  userId: string;

  @ApiProperty({ type: [String] })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  nominationIds: string[];
}

export class DeclareConflictDto {
  @ApiPropertyOptional({ example: 'I advised this city on its dossier' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  reason?: string;
}

export class ScoreDto {
  @ApiProperty()
  @IsUUID()
  criterionId: string;

  @ApiProperty({ minimum: 0, maximum: 10 })
  @IsInt()
  @Min(0)
  @Max(10)
  score: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  comment?: string;
}

export class SubmitScoresDto {
  @ApiProperty({ type: [ScoreDto] })
  @ValidateNested({ each: true })
  @Type(() => ScoreDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  scores: ScoreDto[];
}

export class ScoreResponse {
  @ApiProperty() criterionId: string;
  @ApiProperty() criterion: string;
  @ApiProperty() score: number;
  @ApiProperty() comment: string;
  @ApiProperty({ description: 'Whose score: the caller, or (once the round is closed) another juror' }) juror: string;
  @ApiProperty() mine: boolean;
  @ApiProperty() updatedAt: string;
}

export class JurorScoreDetail {
  @ApiProperty() criterionId: string;
  @ApiProperty() criterion: string;
  @ApiProperty() weight: number;
  @ApiProperty() score: number;
  @ApiProperty() comment: string;
  @ApiProperty() updatedAt: string;
}

export class JurorScoresResponse {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String, description: 'The juror’s country on this round’s jury (null if they have left it)' }) country: string | null;
  @ApiProperty({ description: 'This juror’s Σ(score × weight) / Σ(weight) over the criteria they scored' }) weightedMean: number;
  @ApiProperty({ type: [JurorScoreDetail] }) scores: JurorScoreDetail[];
}

export class NominationScoresResponse {
  @ApiProperty() nominationId: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty({ type: [JurorScoresResponse], description: 'Every juror who scored the nomination, by name' }) jurors: JurorScoresResponse[];
}

export class AssignmentResultResponse {
  @ApiProperty({ description: 'How many nominations were newly assigned (ones already assigned are not counted)' }) assigned: number;
}
