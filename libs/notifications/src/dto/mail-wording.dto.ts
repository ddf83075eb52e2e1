import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

export class MailWordsDto {
  @ApiProperty({ description: 'Plain text; placeholders such as {{eventName}} are filled per recipient' })
  @IsString()
  subject: string;

  @ApiProperty({ description: 'Markdown (raw HTML is shown as text); the kind’s placeholders such as {{name}}' })
  @IsString()
  body: string;
}

export class MailWordsResponse {
  @ApiProperty() subject: string;
  @ApiProperty() body: string;
}

export class MailWordingOverrideResponse extends MailWordsResponse {
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MailWordingLanguageResponse {
  @ApiProperty({ example: 'vi' }) language: string;
  @ApiProperty({ type: MailWordsResponse, description: 'The shipped words, as a starting point in the same Markdown and placeholders' })
  default: MailWordsResponse;
  @ApiProperty({ type: MailWordingOverrideResponse, nullable: true, description: 'The organiser’s words; null when the shipped mail is sent' })
  override: MailWordingOverrideResponse | null;
}

export class MailWordingKindResponse {
  @ApiProperty({ example: 'registration-confirmed' }) kind: string;
  @ApiProperty({ type: [String], description: 'The placeholders this mail may use' }) placeholders: string[];
  @ApiProperty({ type: [MailWordingLanguageResponse], description: 'One per event language, in the event’s order' })
  languages: MailWordingLanguageResponse[];
}

export class MailWordingListResponse {
  @ApiProperty({ type: [MailWordingKindResponse] }) kinds: MailWordingKindResponse[];
}

export class MailWordingPreviewResponse {
  @ApiProperty() language: string;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'The body as the mail shows it (safe HTML), inside the event’s mail layout' }) html: string;
}
