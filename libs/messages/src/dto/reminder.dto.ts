import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { TimeOfDay } from '@app/events';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { AudienceDto, ComposeMessageDto, MessageTextDto } from './message.dto.js';

export const REMINDER_ANCHORS = ['start', 'end'] as const;
export type ReminderAnchor = (typeof REMINDER_ANCHORS)[number];

/** When a reminder goes out, relative to the event's days. */
class ReminderTimingDto {
  @ApiProperty({ enum: REMINDER_ANCHORS, description: 'Counted from the first day (start) or the last day (end) of the event' })
  @IsIn(REMINDER_ANCHORS)
  anchor: ReminderAnchor;

  @ApiProperty({ example: -3, description: 'Days after the anchor day; negative for before (-3: three days before)' })
  @IsInt()
  @Min(-365)
  @Max(365)
  offsetDays: number;

  @ApiProperty({ example: '09:00', description: 'The time of day in the event’s time zone' })
  @TimeOfDay()
  sendTime: string;
}

/** A message's audience (decided when it goes out) and words, sent at a time relative to the event. */
export class CreateReminderDto extends IntersectionType(ReminderTimingDto, ComposeMessageDto) {}

export class UpdateReminderDto extends PartialType(CreateReminderDto) {}

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
