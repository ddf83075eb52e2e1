import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export const AGENDA_STATES = ['signed-up', 'waitlisted'] as const;
export type AgendaState = (typeof AGENDA_STATES)[number];

export class SignUpForSessionDto {
  @ApiProperty({ format: 'uuid', description: 'A session of the event of this registration' })
  @IsUUID('all', { message: 'sessionId must be a session id (a UUID)' })
  sessionId: string;
}

export class AgendaRoomResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class AgendaInterpretationResponse {
  @ApiProperty({ example: 'vi' }) language: string;
  @ApiPropertyOptional({ example: 'https://interpret.example.org/vi' }) link?: string;
  @ApiPropertyOptional({ example: 'Channel 2' }) channel?: string;
}

export class AgendaEntryResponse {
  @ApiProperty() sessionId: string;
  @ApiProperty({ description: "The session's title in the delegate's language (or the event's first language that has one)" }) title: string;
  @ApiProperty({ example: 'workshop' }) type: string;
  @ApiPropertyOptional({ type: AgendaRoomResponse, nullable: true }) room: AgendaRoomResponse | null;
  @ApiProperty({ example: '2030-05-06T09:00:00+07:00', description: "ISO 8601 with the offset of the event's time zone" }) startsAt: string;
  @ApiProperty({ example: '2030-05-06T10:30:00+07:00' }) endsAt: string;
  @ApiProperty({ enum: AGENDA_STATES }) state: AgendaState;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Place on the waiting list (1 = next); null when signed up' })
  waitlistPosition: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The stream, for a confirmed registration only' }) streamUrl: string | null;
  @ApiProperty({ type: [AgendaInterpretationResponse], description: 'Interpretation channels, for a confirmed registration only' })
  interpretation: AgendaInterpretationResponse[];
}

export class AgendaResponse {
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone: string;
  @ApiProperty({ type: [AgendaEntryResponse], description: 'In order of start time' }) entries: AgendaEntryResponse[];
}

export class SessionAttendanceResponse {
  @ApiProperty() sessionId: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null: no limit' }) seatLimit: number | null;
  @ApiProperty() seatsTaken: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null: no limit' }) seatsFree: number | null;
  @ApiProperty({ description: 'Delegates signed up (rows; equals seatsTaken)' }) signedUp: number;
  @ApiProperty({ description: 'Length of the waiting list' }) waitlisted: number;
}
