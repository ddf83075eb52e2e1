import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { OneLine } from '@app/config';
import { InvitationExpiry } from '../http/invitation-expiry.js';
import { UnavailableTimeDto } from '../programme/speaker-availability.dto.js';

export class InviteSpeakerDto {
  @ApiProperty({ example: 'lan.nguyen@example.org' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  name: string;

  @ApiPropertyOptional({ example: 'vi', description: "The invitation's language; defaults to the account's, else en" })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/)
  language?: string;

  @ApiProperty({ type: [String], description: 'Slots of this event the person is invited to speak in' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  slotIds: string[];

  @InvitationExpiry()
  expiresInDays?: number;
}

export class InvitationResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty() language: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'declined'] }) state: string;
  @ApiProperty() expiresAt: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) respondedAt: string | null;
  @ApiProperty({ type: [String] }) slotIds: string[];
}

export class InvitationSlotResponse {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() start: string;
  @ApiProperty() end: string;
}

export class InvitationViewResponse {
  @ApiProperty() eventSlug: string;
  @ApiProperty() eventName: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty() expiresAt: string;
  @ApiProperty({ description: 'False: accepting needs a password for the new account' }) accountExists: boolean;
  @ApiProperty({ type: [InvitationSlotResponse] }) slots: InvitationSlotResponse[];
}

export class AcceptInvitationDto {
  @ApiPropertyOptional({ description: 'Password of the new account, when none exists for the invited email' })
  @IsOptional()
  @IsString()
  @Length(8, 128)
  password?: string;

  @ApiPropertyOptional({
    type: [UnavailableTimeDto],
    description: 'Times the speaker cannot speak, added to any given before; saved with the acceptance or not at all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => UnavailableTimeDto)
  unavailableTimes?: UnavailableTimeDto[];
}

export class AcceptedInvitationResponse {
  @ApiProperty() userId: string;
  @ApiProperty() accountCreated: boolean;
}

export class UpdateSpeakerProfileDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) @OneLine() name?: string;
  @ApiPropertyOptional({ example: 'Director' }) @IsOptional() @IsString() @MaxLength(200) @OneLine() title?: string;
  @ApiPropertyOptional({ example: 'Sơn La Department of Education' }) @IsOptional() @IsString() @MaxLength(300) @OneLine() organisation?: string;
  @ApiPropertyOptional({ example: 'Sơn La' }) @IsOptional() @IsString() @MaxLength(200) @OneLine() city?: string;
  @ApiPropertyOptional({ example: 'VN', description: 'ISO 3166-1 alpha-2' }) @IsOptional() @Matches(/^([A-Z]{2})?$/) country?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { en: 'Lan leads…', vi: 'Bà Lan…' },
    description: 'Short biography per language (up to 2000 characters each)',
  })
  @IsOptional()
  @IsObject()
  biography?: Record<string, string>;
}

export class SpeakerProfileResponse {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty() organisation: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) biography: Record<string, string>;
  @ApiProperty() hasPhoto: boolean;
}

export class MySlotEventResponse {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() timeZone: string;
}

export class MySlotSessionResponse {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
}

export class MySlotSlidesResponse {
  @ApiProperty({ type: Number, nullable: true, description: 'null until something is uploaded' }) currentVersion: number | null;
  @ApiProperty({ type: String, nullable: true }) uploadedAt: string | null;
  @ApiProperty({ description: 'Whether everyone may download them once the slot is over' }) public: boolean;
  @ApiProperty() dueAt: string;
}

export class MySlotResponse {
  @ApiProperty() slotId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: MySlotEventResponse }) event: MySlotEventResponse;
  @ApiProperty({ type: MySlotSessionResponse }) session: MySlotSessionResponse;
  @ApiProperty({ type: String, nullable: true, description: 'Room name' }) room: string | null;
  @ApiProperty({ description: "ISO 8601 in the event's time zone" }) start: string;
  @ApiProperty() end: string;
  @ApiProperty({ type: MySlotSlidesResponse }) slides: MySlotSlidesResponse;
}

export class SpeakerSettingsDto {
  @ApiProperty({ example: 48, description: "Slides are due this many hours before each slot's start (0–2160)" })
  @IsInt()
  @Min(0)
  @Max(2160)
  slidesDueHoursBefore: number;
}

export const BIOGRAPHY_LANGUAGE = /^[a-z]{2,3}$/;

export class PublicSpeakerResponse {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Per language code' }) biography: Record<string, string>;
  @ApiProperty({ description: 'GET /speakers/{userId}/photo has it' }) hasPhoto: boolean;
  @ApiProperty({ type: [String], description: 'Sessions of the published programme they speak in, in start order' }) sessionIds: string[];
}
