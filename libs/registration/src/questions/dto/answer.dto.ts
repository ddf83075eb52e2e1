import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { QuestionResponse } from './question.dto.js';

/** What a JSON answer may be, by question type; a file is uploaded on its own. */
export type AnswerValue = string | number | boolean | string[];

export const ANSWERS_DOC = {
  type: 'object',
  additionalProperties: true,
  description:
    'Answers by question id: text, long_text, date ("YYYY-MM-DD"), single_choice (a key) and country (ISO code) as strings; number as a number; ' +
    'yes_no as a boolean; multiple_choice as an array of keys; null clears. A file answer is uploaded from the private link.',
  example: { '6f1c…': 'vegetarian' },
} as const;

export class SaveAnswersDto {
  @ApiProperty(ANSWERS_DOC)
  @IsObject()
  answers: Record<string, unknown>;
}

export class AnswerFileResponse {
  @ApiProperty() name: string;
  @ApiProperty() mediaType: string;
  @ApiProperty() size: number;
}

export class AnswerResponse {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }] })
  value: AnswerValue | null;
  @ApiProperty({ type: AnswerFileResponse, nullable: true }) file: AnswerFileResponse | null;
}

export class RegistrationAnswersResponse {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty({ description: 'Whether the delegate may still change the answers' }) editable: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answersDeadline: string | null;
  @ApiProperty({ type: [QuestionResponse], description: 'The questions for this registration’s category, in order' }) questions: QuestionResponse[];
  @ApiProperty({ type: [AnswerResponse] }) answers: AnswerResponse[];
}
