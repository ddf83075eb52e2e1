import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { AudienceDto, MessageTextDto } from './message.dto.js';

export const REMINDER_ANCHORS = ['start', 'end'] as const;
export type ReminderAnchor = (typeof REMINDER_ANCHORS)[number];

export class CreateReminderDto {
  @ApiProperty({ enum: REMINDER_ANCHORS, description: 'Counted from the first day (start) or the last day (end) of the event' })
  @IsIn(REMINDER_ANCHORS)
  anchor: ReminderAnchor;

  @ApiProperty({ example: -3, description: 'Days after the anchor day; negative for before (-3: three days before)' })
  @IsInt()
  @Min(-365)
  @Max(365)
  offsetDays: number;

  @ApiProperty({ example: '09:00', description: 'The time of day in the event’s time zone' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'sendTime must be a time such as 09:00' })
  sendTime: string;

  @ApiProperty({ type: AudienceDto, description: 'Who receives it, decided when it goes out' })
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

export class UpdateReminderDto {
  @ApiPropertyOptional({ enum: REMINDER_ANCHORS })
  @IsOptional()
  @IsIn(REMINDER_ANCHORS)
  anchor?: ReminderAnchor;

  @ApiPropertyOptional({ example: -3 })
  @IsOptional()
  @IsInt()
  @Min(-365)
  @Max(365)
  offsetDays?: number;

  @ApiPropertyOptional({ example: '09:00' })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'sendTime must be a time such as 09:00' })
  sendTime?: string;

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
}

export class ReminderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REMINDER_ANCHORS }) anchor: ReminderAnchor;
  @ApiProperty() offsetDays: number;
  @ApiProperty({ example: '09:00' }) sendTime: string;
  @ApiProperty({ type: AudienceDto }) audience: AudienceDto;
  @ApiProperty({ type: [MessageTextDto] }) content: MessageTextDto[];
  @ApiProperty({ format: 'date-time', description: 'When it goes out, from the event’s current dates and time zone' }) dueAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it went out; null until then' }) sentAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The message it became (null before, or when nobody matched)' })
  messageId: string | null;
}

export class ReminderListResponse {
  @ApiProperty({ type: [ReminderResponse] }) items: ReminderResponse[];
}
