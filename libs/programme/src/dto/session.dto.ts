import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
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
  registerDecorator,
  ValidationOptions,
} from 'class-validator';
import { SESSION_TYPES, type SessionType } from '../programme-snapshot.js';
import { OneLine, type Translations } from '@app/config';
import { AccessFieldsDto, InterpretationChannelDto, TranslationsField, TranslationsResponse } from '@app/events';
import { SPOKEN_LANGUAGES } from '../spoken-languages.js';

/** A talk's title in the event's other languages. */
export const TALK_TRANSLATABLE = { title: { maxLength: 500, oneLine: true } };

/** Per language, e.g. { en: '…', vi: '…' }. */
export const LOCALISED_TEXT = { type: 'object', additionalProperties: { type: 'string' } } as const;

/** A local date-time in the event's time zone (`2024-10-29T09:00`), or an instant with an offset. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

/** { language: text } with ISO 639 codes and non-empty single-line texts. */
function IsTranslations(maxLength: number, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTranslations',
      target: target.constructor,
      propertyName,
      options: { message: `$property must map language codes to texts, e.g. { "en": "…", "vi": "…" }`, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length > 0 &&
          Object.entries(value).every(
            ([language, text]) => /^[a-z]{2,3}$/.test(language) && typeof text === 'string' && text.trim().length > 0 && text.length <= maxLength,
          ),
      },
    });
}

/** With the stream and interpretation fields rooms have too (a session's own override its room's). */
export class CreateSessionDto extends AccessFieldsDto {
  @ApiProperty({ enum: SESSION_TYPES })
  @IsIn(SESSION_TYPES as unknown as string[])
  type: SessionType;

  @ApiProperty({ ...LOCALISED_TEXT, example: { en: 'Opening plenary', vi: 'Phiên toàn thể khai mạc' } })
  @IsObject()
  @IsTranslations(300)
  @OneLine()
  title: Record<string, string>;

  @ApiPropertyOptional({ ...LOCALISED_TEXT, example: { en: 'Welcome and keynote' } })
  @IsOptional()
  @IsObject()
  @IsTranslations(20000)
  abstract?: Record<string, string>;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID()
  trackId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;

  @ApiProperty({ example: '2024-10-29T09:00', description: "In the event's time zone unless an offset is given" })
  @Matches(LOCAL_DATE_TIME, { message: 'start must be a date-time such as 2024-10-29T09:00' })
  start: string;

  @ApiProperty({ example: '2024-10-29T10:30' })
  @Matches(LOCAL_DATE_TIME, { message: 'end must be a date-time such as 2024-10-29T10:30' })
  end: string;

  @ApiPropertyOptional({ description: "Defaults to the room's capacity" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  seatLimit?: number;

  @ApiPropertyOptional({ type: [String], example: ['Dr. Nguyễn Văn A'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @OneLine()
  chairs?: string[];

  @ApiPropertyOptional({ type: [String], example: ['vi', 'en'], description: 'Languages the session is spoken in (ISO 639-1), in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(SPOKEN_LANGUAGES, { each: true, message: 'each of languages must be an ISO 639-1 code such as "en" or "vi"' })
  languages?: string[];
}

export class UpdateSessionDto extends PartialType(CreateSessionDto) {}

export class CreateSlotDto {
  @ApiProperty({ example: 'Sơn La: a learning city that leaves no one behind' })
  @IsString()
  @Length(1, 500)
  @OneLine()
  title: string;

  @TranslationsField(TALK_TRANSLATABLE)
  translations?: Translations<'title'>;

  @ApiProperty({ example: '2024-10-29T14:00' })
  @Matches(LOCAL_DATE_TIME, { message: 'start must be a date-time such as 2024-10-29T14:00' })
  start: string;

  @ApiProperty({ example: 20, description: 'Minutes' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  durationMinutes: number;

  @ApiProperty({ type: [String], description: 'Users with the speaker role on the event' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  speakerIds: string[];
}

export class UpdateSlotDto extends PartialType(CreateSlotDto) {}

export class SlotSpeakerResponse {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
}

export class SlotResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'In the event’s first language' }) title: string;
  @TranslationsResponse(TALK_TRANSLATABLE) translations: Translations<'title'>;
  @ApiProperty({ description: 'ISO 8601 with the event offset' }) start: string;
  @ApiProperty() end: string;
  @ApiProperty({ type: [SlotSpeakerResponse] }) speakers: SlotSpeakerResponse[];
}

export class SessionResponse {
  @ApiProperty() id: string;
  @ApiProperty() number: number;
  @ApiProperty({ enum: SESSION_TYPES }) type: SessionType;
  @ApiProperty(LOCALISED_TEXT) title: Record<string, string>;
  @ApiProperty(LOCALISED_TEXT) abstract: Record<string, string>;
  @ApiProperty({ nullable: true, type: String }) trackId: string | null;
  @ApiProperty({ nullable: true, type: String }) roomId: string | null;
  @ApiProperty({ description: 'ISO 8601 with the event offset' }) start: string;
  @ApiProperty() end: string;
  @ApiProperty({ nullable: true, type: Number }) seatLimit: number | null;
  @ApiProperty({ type: [String] }) chairs: string[];
  @ApiProperty({ type: [SlotResponse] }) slots: SlotResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Registered delegates only' }) streamUrl: string | null;
  @ApiProperty({ type: [InterpretationChannelDto], description: 'Registered delegates only' }) interpretation: InterpretationChannelDto[];
  @ApiProperty({ type: [String], example: ['vi', 'en'] }) languages: string[];
}
