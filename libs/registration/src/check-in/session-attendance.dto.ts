import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class SessionAttendanceQuery {
  @ApiPropertyOptional({ enum: ['en', 'vi', 'th'], description: 'The language of the session titles (default: the event’s first that a title has)' })
  @IsOptional()
  @IsIn(['en', 'vi', 'th'])
  language?: string;
}

export class SessionAttendanceCount {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() number: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Seats in the room' }) roomCapacity: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Sign-ups allowed; null: no limit' }) seatLimit: number | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ description: 'Delegates signed up (not the waiting list)' }) signedUp: number;
  @ApiProperty({ description: 'Delegates scanned at the door' }) attended: number;
  @ApiProperty({ description: 'Of those scanned, how many had signed up' }) attendedSignedUp: number;
  @ApiProperty({ description: 'Scanned at the door beyond the room’s seats (0 when within them or the room is unknown)' }) overCapacity: number;
}

export class SessionAttendanceListResponse {
  @ApiProperty({ type: [SessionAttendanceCount], description: 'Every session of the event, by start' }) items: SessionAttendanceCount[];
}

export class CertificateQuery {
  @ApiPropertyOptional({ enum: ['en', 'vi', 'th'], description: 'Default: the delegate’s language' })
  @IsOptional()
  @IsIn(['en', 'vi', 'th'])
  language?: string;
}
