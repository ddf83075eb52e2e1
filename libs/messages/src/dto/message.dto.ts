import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const REGISTRATION_STATES = ['pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'rejected'];
export const AUDIENCE_ROLES = ['speakers', 'speakers-without-slides', 'jurors', 'representatives'] as const;
export type AudienceRole = (typeof AUDIENCE_ROLES)[number];
export const MESSAGE_STATUSES = ['held', 'scheduled', 'sent', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Who receives a message: delegates whose registration matches every field given. */
export class AudienceDto {
  @ApiPropertyOptional({ enum: REGISTRATION_STATES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsIn(REGISTRATION_STATES, { each: true })
  states?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Category codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  categories?: string[];

  @ApiPropertyOptional({ type: [String], description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsISO31661Alpha2({ each: true })
  countries?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  delegationId?: string;

  @ApiPropertyOptional({ description: 'true: heads of delegation only; false: everyone but them' })
  @IsOptional()
  @IsBoolean()
  delegationHead?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Signed up for this session' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  checkedIn?: boolean;

  @ApiPropertyOptional({ format: 'date', description: 'With checkedIn: on this day rather than on any day' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'checkedInOn must be a day such as 2030-05-06' })
  checkedInOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  visaLetterNeeded?: boolean;

  @ApiPropertyOptional({
    enum: AUDIENCE_ROLES,
    isArray: true,
    description:
      'People holding any of these: speakers of the published programme, speakers of coming slots without slides, jurors, city representatives. ' +
      'With registration fields too, only those of them whose registration matches.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(AUDIENCE_ROLES, { each: true })
  roles?: AudienceRole[];
}

export class MessageTextDto {
  @ApiProperty({ example: 'vi' })
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be a language code such as "vi"' })
  language: string;

  @ApiProperty({ description: 'Plain text; placeholders such as {{name}} are filled per recipient' })
  @IsString()
  subject: string;

  @ApiProperty({ description: 'Markdown (raw HTML is shown as text); placeholders such as {{name}}' })
  @IsString()
  body: string;
}

export class ComposeMessageDto {
  @ApiProperty({ type: AudienceDto })
  @ValidateNested()
  @Type(() => AudienceDto)
  audience: AudienceDto;

  @ApiProperty({ type: [MessageTextDto], description: "One per event language; the event's first language is required" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MessageTextDto)
  content: MessageTextDto[];
}

export class CreateMessageDto extends ComposeMessageDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Send at this time instead of now' })
  @IsOptional()
  @IsDateString({ strict: true })
  sendAt?: string;

  @ApiPropertyOptional({ description: 'Keep it for review: nothing is sent until it is released' })
  @IsOptional()
  @IsBoolean()
  hold?: boolean;
}

export class UpdateMessageDto {
  @ApiPropertyOptional({ type: AudienceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience?: AudienceDto;

  @ApiPropertyOptional({ type: [MessageTextDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MessageTextDto)
  content?: MessageTextDto[];

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true })
  sendAt?: string;
}

export class ReleaseMessageDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Send at this time instead of now' })
  @IsOptional()
  @IsDateString({ strict: true })
  sendAt?: string;
}

export class MessageResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: MESSAGE_STATUSES }) status: MessageStatus;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) sendAt: string | null;
  @ApiProperty({ type: AudienceDto }) audience: AudienceDto;
  @ApiProperty({ type: [MessageTextDto] }) content: MessageTextDto[];
  @ApiProperty() recipientCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MessageRecipientResponse {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty() language: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Its row in the delivery log' }) notificationId: string | null;
  @ApiProperty({ description: 'held, pending, queued, sending, sent, failed or discarded' }) state: string;
  @ApiPropertyOptional({ nullable: true, type: String }) lastError: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) sentAt: string | null;
}

export class MessageDeliveryCounts {
  @ApiProperty() delivered: number;
  @ApiProperty() failed: number;
  @ApiProperty({ description: 'Not gone out yet (scheduled, held, queued)' }) waiting: number;
}

export class MessageDetailResponse extends MessageResponse {
  @ApiProperty({ type: MessageDeliveryCounts }) counts: MessageDeliveryCounts;
  @ApiProperty({ type: [MessageRecipientResponse] }) recipients: MessageRecipientResponse[];
}

export class MessageListResponse {
  @ApiProperty({ type: [MessageResponse] }) items: MessageResponse[];
}

export class AudienceSampleResponse {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty() language: string;
}

export class RenderedMessageResponse {
  @ApiProperty() language: string;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'The body as the mail shows it (safe HTML)' }) html: string;
}

export class MessagePreviewResponse {
  @ApiProperty() count: number;
  @ApiProperty({ type: [AudienceSampleResponse], description: 'The first recipients, at most 10' }) sample: AudienceSampleResponse[];
  @ApiProperty({ type: [RenderedMessageResponse], description: 'Each language as the first recipient would read it' }) rendered: RenderedMessageResponse[];
}

export class MessageSettingsDto {
  @ApiProperty({ description: 'Whether the event’s staff may send messages (organisers always may)' })
  @IsBoolean()
  staffMaySend: boolean;
}

export class MessageSettingsResponse {
  @ApiProperty() staffMaySend: boolean;
}

export class RetriedResponse {
  @ApiProperty() retried: number;
}
