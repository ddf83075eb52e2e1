import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OneLine } from '@app/config';

export const QUESTION_TYPES = ['text', 'long_text', 'number', 'date', 'single_choice', 'multiple_choice', 'yes_no', 'country', 'file'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const LABELS_DOC = { type: 'object', additionalProperties: { type: 'string' }, example: { en: 'Dietary needs', vi: 'Nhu cầu ăn uống' } } as const;

export class QuestionChoiceDto {
  @ApiProperty({ example: 'vegetarian', description: 'Stable key stored in answers (a-z, 0-9, _ and -)' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: 'a choice key is 1 to 40 of a-z, 0-9, _ and -' })
  key: string;

  @ApiProperty({ ...LABELS_DOC, description: 'The choice as shown, per event language' })
  @IsObject()
  labels: Record<string, string>;
}

export class QuestionConditionDto {
  @ApiProperty({ format: 'uuid', description: 'The question whose answer decides' })
  @IsUUID()
  questionId: string;

  @ApiProperty({ example: 'yes', description: 'A choice key, or "yes"/"no" for a yes/no question' })
  @IsString()
  @Length(1, 40)
  @OneLine()
  value: string;
}

export class CreateQuestionDto {
  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES)
  type: QuestionType;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @ApiProperty({ ...LABELS_DOC, description: 'The question as shown, per event language; the event’s first language is needed' })
  @IsObject()
  labels: Record<string, string>;

  @ApiPropertyOptional({ type: [QuestionChoiceDto], description: 'For single and multiple choice: at least two' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionChoiceDto)
  choices?: QuestionChoiceDto[];

  @ApiPropertyOptional({ type: [String], example: ['delegate'], description: 'Category codes the question is for; none: every category' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  categories?: string[];

  @ApiPropertyOptional({ type: QuestionConditionDto, nullable: true, description: 'Shown only when this other answer has this value' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @ValidateNested()
  @Type(() => QuestionConditionDto)
  shownWhen?: QuestionConditionDto | null;
}

/** The type stays: answers already given were checked against it. */
export class UpdateQuestionDto extends PartialType(OmitType(CreateQuestionDto, ['type'] as const)) {}

export class ReorderQuestionsDto {
  @ApiProperty({ type: [String], description: 'Every question of the event, in the new order' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids: string[];
}

export class RegistrationFormSettingsDto {
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Until when delegates may change their answers; null: as long as the registration lives',
  })
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true })
  answersDeadline: string | null;
}

export class QuestionChoiceResponse {
  @ApiProperty() key: string;
  @ApiProperty(LABELS_DOC) labels: Record<string, string>;
}

export class QuestionConditionResponse {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() value: string;
}

export class QuestionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty() required: boolean;
  @ApiProperty(LABELS_DOC) labels: Record<string, string>;
  @ApiProperty({ type: [QuestionChoiceResponse] }) choices: QuestionChoiceResponse[];
  @ApiProperty({ type: [String], description: 'Category codes; empty: every category' }) categories: string[];
  @ApiProperty({ type: QuestionConditionResponse, nullable: true }) shownWhen: QuestionConditionResponse | null;
}

export class RegistrationFormResponse {
  @ApiProperty({ type: [String], description: 'The event’s languages, the first being the one every label has' }) languages: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answersDeadline: string | null;
  @ApiProperty({ type: [QuestionResponse] }) questions: QuestionResponse[];
}
