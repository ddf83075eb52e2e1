import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, Matches } from 'class-validator';

export class CheckInDto {
  @ApiProperty({ example: 'K7M2QX9PLA', description: 'The code in the QR code on the badge (also printed under it)' })
  // Scanners and people type it in either case, sometimes with spaces around it.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[2-9A-HJ-NP-Z]{10}$/, { message: 'badgeCode must be the 10 characters printed under the QR code of a badge' })
  badgeCode: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2024-10-29',
    description: 'Organisers only: check in for an earlier day of the event. Default: today in the event’s time zone',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be a date in the form YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'day must be a date in the form YYYY-MM-DD' })
  day?: string;
}

export class CheckInResponse {
  @ApiProperty() registrationId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ description: 'Code of the registration category' }) category: string;
  @ApiProperty({ format: 'date', description: 'The event day, in the event’s time zone' }) day: string;
  @ApiProperty({ format: 'date-time', description: 'When the delegate was first checked in that day' }) checkedInAt: string;
  @ApiProperty({ description: 'True when this badge had already been scanned that day (the answer is then 200, not 201)' }) alreadyCheckedIn: boolean;
  @ApiProperty({ example: 'already checked in at 08:42' }) message: string;
}

export class CheckInDayCount {
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty({ description: 'Delegates checked in that day' }) checkedIn: number;
}

export class CheckInSummaryResponse {
  @ApiProperty({ type: [CheckInDayCount], description: 'Every day of the event, in order, with zero for a day without check-ins' }) days: CheckInDayCount[];
  @ApiProperty({ description: 'Delegates checked in on at least one day' }) checkedInAnyDay: number;
  @ApiProperty({ description: 'Confirmed registrations now' }) confirmed: number;
  @ApiProperty({ format: 'date', description: 'Today in the event’s time zone' }) today: string;
}
