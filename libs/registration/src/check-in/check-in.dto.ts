import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TimeOfDay } from '@app/events';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

const BADGE_CODE = /^[2-9A-HJ-NP-Z]{10}$/;
// Scanners and people type it in either case, sometimes with spaces around it.
const badgeCodeInput = Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

export class CheckInDto {
  @ApiProperty({ example: 'K7M2QX9PLA', description: 'The code in the QR code on the badge (also printed under it)' })
  @badgeCodeInput
  @IsString()
  @Matches(BADGE_CODE, { message: 'badgeCode must be the 10 characters printed under the QR code of a badge' })
  badgeCode: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2024-10-29',
    description: 'Organisers only: check in for an earlier day of the event (then `time` is required). Default: today in the event’s time zone',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be a date in the form YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'day must be a date in the form YYYY-MM-DD' })
  day?: string;

  @ApiPropertyOptional({ example: '08:42', description: 'When the delegate arrived, in the event’s time zone; required for an earlier day. Default: now' })
  @IsOptional()
  @TimeOfDay()
  time?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The id the desk gave this scan: sending it again records nothing twice' })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId?: string;

  @ApiPropertyOptional({ example: 'Desk B', description: 'The desk that scanned, shown to a desk that scans the same badge later' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  desk?: string;

  @ApiPropertyOptional({ description: 'A practice scan before the event: kept apart from the real check-ins and cleared by organisers' })
  @IsOptional()
  @IsBoolean()
  rehearsal?: boolean;
}

export class CheckInResponse {
  @ApiProperty() registrationId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ description: 'Code of the registration category' }) category: string;
  @ApiProperty({ format: 'date', description: 'The event day, in the event’s time zone' }) day: string;
  @ApiProperty({ format: 'date-time', description: 'When the delegate was first checked in that day' }) checkedInAt: string;
  @ApiProperty({ description: 'True when this badge had already been scanned that day (the answer is then 200, not 201)' }) alreadyCheckedIn: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The desk of the first scan that day, when it named one' }) desk: string | null;
  @ApiProperty({ description: 'A practice scan before the event, counted apart' }) rehearsal: boolean;
  @ApiProperty({ example: 'already checked in at 08:42' }) message: string;
}

export class CheckInDayCount {
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty({ description: 'Delegates checked in that day' }) checkedIn: number;
}

export class CheckInRehearsalSummary {
  @ApiProperty({ description: 'True before the first day of the event: scans today are practice' }) open: boolean;
  @ApiProperty({ description: 'Practice scans recorded and not yet cleared' }) checkedIn: number;
}

export class CheckInSummaryResponse {
  @ApiProperty({ type: [CheckInDayCount], description: 'Every day of the event, in order, with zero for a day without check-ins' }) days: CheckInDayCount[];
  @ApiProperty({ description: 'Delegates checked in on at least one day' }) checkedInAnyDay: number;
  @ApiProperty({ description: 'Confirmed registrations now' }) confirmed: number;
  @ApiProperty({ format: 'date', description: 'Today in the event’s time zone' }) today: string;
  @ApiProperty({ type: CheckInRehearsalSummary }) rehearsal: CheckInRehearsalSummary;
}

export class RehearsalClearedResponse {
  @ApiProperty({ description: 'Practice scans removed' }) cleared: number;
}

export class CheckInLookupQuery {
  @ApiProperty({ example: 'nguyen thi', description: 'Part of a name (accents and case ignored) or of a badge code' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q: string;
}

export class CheckInCandidate {
  @ApiProperty() registrationId: string;
  @ApiProperty() badgeCode: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true, description: 'City of the delegation' }) delegation: string | null;
  @ApiProperty({ description: 'Code of the registration category' }) category: string;
  @ApiProperty({ example: 'VN' }) country: string;
  @ApiProperty({ example: 'confirmed' }) state: string;
  @ApiProperty({ description: 'Already checked in today' }) checkedInToday: boolean;
}

export class CheckInLookupResponse {
  @ApiProperty({ type: [CheckInCandidate], description: 'At most 20, by name' }) items: CheckInCandidate[];
}

export class DeskScanDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId: string;

  @ApiProperty({ example: 'K7M2QX9PLA' })
  @badgeCodeInput
  @IsString()
  @Matches(BADGE_CODE, { message: 'badgeCode must be the 10 characters printed under the QR code of a badge' })
  badgeCode: string;

  @ApiProperty({ format: 'date-time', description: 'When the desk scanned the badge' })
  @IsISO8601({ strict: true })
  at: string;
}

export class DeskSyncDto {
  @ApiProperty({ example: 'Desk B' })
  @IsString()
  @Length(1, 60)
  desk: string;

  @ApiProperty({ type: [DeskScanDto], description: 'Scans recorded while offline, at most 2,000 per request' })
  @ValidateNested({ each: true })
  @Type(() => DeskScanDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  scans: DeskScanDto[];
}

export const DESK_SCAN_OUTCOMES = ['checked-in', 'already-checked-in', 'replayed', 'unknown-badge', 'not-confirmed', 'outside-event', 'in-future'] as const;
export type DeskScanOutcome = (typeof DESK_SCAN_OUTCOMES)[number];

export class DeskScanResult {
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ enum: DESK_SCAN_OUTCOMES, description: 'replayed: this very scan had been synced before' }) outcome: DeskScanOutcome;
  @ApiProperty({ type: String, nullable: true }) fullName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The registration’s state, for a badge that opens no door' }) state: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the delegate was first checked in that day' })
  checkedInAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The desk of that first check-in' }) desk: string | null;
}

export class DeskSyncResponse {
  @ApiProperty({ type: [DeskScanResult], description: 'One per scan sent, in the same order' }) results: DeskScanResult[];
}

export class DeskBadge {
  @ApiProperty() badgeCode: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true, description: 'City of the delegation' }) delegation: string | null;
  @ApiProperty({ description: 'Code of the registration category' }) category: string;
  @ApiProperty({ example: 'VN' }) country: string;
}

export class DeskSnapshotResponse {
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ format: 'date', description: 'Today in the event’s time zone' }) today: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ type: [DeskBadge], description: 'Every confirmed badge of the event (no photos, no contact details)' }) badges: DeskBadge[];
}
