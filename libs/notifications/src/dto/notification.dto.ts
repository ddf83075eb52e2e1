import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { NOTIFICATION_STATES, type NotificationState } from '../notification.entity.js';
import { OneLine } from '@app/config';

const KIND = /^[a-z]+(-[a-z]+)*$/;

export class NotificationLogQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATES })
  @IsOptional()
  @IsIn(NOTIFICATION_STATES as unknown as string[])
  state?: NotificationState;

  @ApiPropertyOptional({ example: 'role-granted' })
  @IsOptional()
  @Matches(KIND, { message: 'kind must be a kind name such as "role-granted"' })
  kind?: string;

  @ApiPropertyOptional({ description: 'Recipient email (exact, case-insensitive)' })
  @IsOptional()
  @IsEmail()
  recipient?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class NotificationResponse {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty() recipientEmail: string;
  @ApiProperty() recipientName: string;
  @ApiProperty() language: string;
  @ApiProperty({ enum: NOTIFICATION_STATES }) state: NotificationState;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, type: String }) lastError: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) smtpMessageId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'Not sent before this time (reminders)' }) sendAfter: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) subjectOverride: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) textOverride: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) resentFrom: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) queuedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) sentAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) failedAt: string | null;
}

export class NotificationLogResponse {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiProperty() total: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Count per state for the whole event' }) counts: Record<
    string,
    number
  >;
}

export class HeldSelectionDto {
  @ApiPropertyOptional({ type: [String], description: 'These held messages; omit to select by filter' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ example: 'role-granted' })
  @IsOptional()
  @Matches(KIND, { message: 'kind must be a kind name such as "role-granted"' })
  kind?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  recipient?: string;
}

export class EditHeldNotificationDto {
  @ApiPropertyOptional({ description: 'Replaces the rendered subject' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @OneLine()
  subject?: string;

  @ApiPropertyOptional({ description: 'Replaces the rendered body (plain text)' })
  @IsOptional()
  @IsString()
  @Length(1, 50000)
  text?: string;
}

export class NotificationHoldsDto {
  @ApiProperty({ type: [String], example: ['role-granted'], description: 'Kinds held for review before sending' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(KIND, { each: true, message: 'each kind must be a kind name such as "role-granted"' })
  @MaxLength(60, { each: true })
  kinds: string[];
}

export class BulkResultResponse {
  @ApiProperty() affected: number;
}
