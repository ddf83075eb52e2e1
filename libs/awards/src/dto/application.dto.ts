import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { OneLine, type Translations } from '@app/config';
import { TranslationsField, TranslationsResponse } from '@app/events';

export const APPLICATION_STAGES = ['draft', 'submitted', 'returned', 'endorsed', 'shortlisted', 'not_shortlisted'] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
/** What the secretariat sees: applications from their endorsement on. */
export const SECRETARIAT_STAGES: readonly ApplicationStage[] = ['endorsed', 'shortlisted', 'not_shortlisted'];

export const DOCUMENT_FILE_TYPES = ['pdf', 'png', 'jpeg'] as const;
export type DocumentFileType = (typeof DOCUMENT_FILE_TYPES)[number];

/** What an organiser may give of a checklist item in each of the event's other languages. */
export const CHECKLIST_TRANSLATABLE = { label: { maxLength: 200, oneLine: true } };

export class RequiredDocumentDto {
  @ApiProperty({ example: 'Application form signed by the mayor', description: 'In the event’s first language' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  label: string;

  @TranslationsField(CHECKLIST_TRANSLATABLE)
  translations?: Translations<'label'>;

  @ApiProperty({ enum: ['file', 'link'], description: 'A file of one of `fileTypes`, or a link (videos)' })
  @IsIn(['file', 'link'])
  kind: 'file' | 'link';

  @ApiPropertyOptional({ enum: DOCUMENT_FILE_TYPES, isArray: true, description: 'For a file: the types accepted, told from the content' })
  @IsOptional()
  @IsIn(DOCUMENT_FILE_TYPES, { each: true })
  @ArrayMaxSize(3)
  fileTypes?: DocumentFileType[];
}

export class SetRequiredDocumentsDto {
  @ApiProperty({ type: [RequiredDocumentDto] })
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentDto)
  @ArrayMaxSize(30)
  items: RequiredDocumentDto[];
}

export class RequiredDocumentResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'In the language read (?language=), else the event’s first' }) label: string;
  @TranslationsResponse(CHECKLIST_TRANSLATABLE) translations: Translations<'label'>;
  @ApiProperty({ enum: ['file', 'link'] }) kind: 'file' | 'link';
  @ApiProperty({ enum: DOCUMENT_FILE_TYPES, isArray: true }) fileTypes: DocumentFileType[];
}

export class CreateApplicationDto {
  @ApiProperty({ description: 'A city the caller represents' })
  @IsUUID()
  cityId: string;

  @ApiPropertyOptional({ description: 'What the application shows' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;
}

export class UpdateApplicationDto {
  @ApiProperty()
  @IsString()
  @MaxLength(5000)
  summary: string;
}

export class ApplicationLinkDto {
  @ApiProperty({ example: 'https://www.youtube.com/watch?v=example' })
  @Matches(/^https:\/\/[^\s]+$/, { message: 'url must be an https:// address' })
  @MaxLength(2000)
  url: string;
}

export class StageNoteDto {
  @ApiPropertyOptional({ description: 'Why, for the next party and the record' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReturnApplicationDto {
  @ApiProperty({ description: 'What the city must change' })
  @IsString()
  @Length(1, 2000)
  note: string;
}

export class NotShortlistedDto {
  @ApiProperty({ description: 'Why, for the city, its Commission and the record' })
  @IsString()
  @Length(1, 2000)
  note: string;
}

export class ApplicationDocumentResponse {
  @ApiProperty() id: string;
  @ApiProperty() filename: string;
  @ApiProperty() contentType: string;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'For a link item' }) url: string | null;
}

export class ChecklistItemResponse extends RequiredDocumentResponse {
  @ApiProperty({ type: [ApplicationDocumentResponse] }) documents: ApplicationDocumentResponse[];
}

export class StageTransitionResponse {
  @ApiProperty({ enum: APPLICATION_STAGES, nullable: true, type: String }) from: ApplicationStage | null;
  @ApiProperty({ enum: APPLICATION_STAGES }) to: ApplicationStage;
  @ApiProperty({ nullable: true, type: String, description: 'Who made the change' }) by: string | null;
  @ApiProperty() at: string;
  @ApiProperty() note: string;
}

export class ApplicationResponse {
  @ApiProperty() id: string;
  @ApiProperty() roundId: string;
  @ApiProperty() roundName: string;
  @ApiProperty() cityId: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() commissionId: string;
  @ApiProperty() commission: string;
  @ApiProperty({ enum: APPLICATION_STAGES }) stage: ApplicationStage;
  @ApiProperty() summary: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: 'Every required item has a file or a link' }) complete: boolean;
  @ApiProperty({ type: [ChecklistItemResponse] }) checklist: ChecklistItemResponse[];
  @ApiProperty({ type: [StageTransitionResponse] }) transitions: StageTransitionResponse[];
}

export class CommissionRoundLimitResponse {
  @ApiProperty() commissionId: string;
  @ApiProperty() commission: string;
  @ApiProperty() country: string;
  @ApiProperty() roundId: string;
  @ApiProperty() roundName: string;
  @ApiProperty({ description: 'Applications and nominations the Commission has endorsed in the round' }) endorsed: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The most it may endorse; null when the round sets none' }) limit: number | null;
}

export class CommissionDeskResponse {
  @ApiProperty({ type: [CommissionRoundLimitResponse] }) limits: CommissionRoundLimitResponse[];
  @ApiProperty({ type: [ApplicationResponse] }) applications: ApplicationResponse[];
}
