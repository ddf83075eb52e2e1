import { ApiProperty } from '@nestjs/swagger';
import { SESSION_TYPES, type SessionType } from '../programme-snapshot.js';
import type { Translations } from '@app/config';
import { TranslationsResponse } from '@app/events';
import { LOCALISED_TEXT, SlotSpeakerResponse, TALK_TRANSLATABLE } from './session.dto.js';

/*
 * The web timetable (GET /events/{slug}/programme): the latest published version, days in the event's zone
 * → rooms → sessions → slots. Every time is an ISO instant written in the event's zone with its offset
 * (2024-10-29T09:00:00+07:00), so its date and wall-clock time can be read straight off the string.
 */

export class TimetableTrackResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '#2f6fdf' }) colour: string;
}

export class TimetableSlotResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'In the event’s first language; the reader’s own in translations where given' }) title: string;
  @TranslationsResponse(TALK_TRANSLATABLE) translations: Translations<'title'>;
  @ApiProperty({ example: '2024-10-29T09:00:00+07:00' }) start: string;
  @ApiProperty() end: string;
  @ApiProperty({ type: [SlotSpeakerResponse] }) speakers: SlotSpeakerResponse[];
}

export class TimetableSessionResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: SESSION_TYPES }) type: SessionType;
  @ApiProperty(LOCALISED_TEXT) title: Record<string, string>;
  @ApiProperty({ description: 'The title in the first of the event’s languages that has one' }) displayTitle: string;
  @ApiProperty(LOCALISED_TEXT) abstract: Record<string, string>;
  @ApiProperty({ type: TimetableTrackResponse, nullable: true }) track: TimetableTrackResponse | null;
  @ApiProperty({ example: '2024-10-29T09:00:00+07:00' }) start: string;
  @ApiProperty() end: string;
  @ApiProperty({ type: Number, nullable: true }) seatLimit: number | null;
  @ApiProperty({ type: [String] }) chairs: string[];
  @ApiProperty({ type: [TimetableSlotResponse] }) slots: TimetableSlotResponse[];
  @ApiProperty({ type: [String], example: ['vi', 'en'], description: 'Languages it is spoken in (ISO 639-1)' }) languages: string[];
  @ApiProperty({ type: [String], example: ['th'], description: 'Languages interpreted into; how to listen is for registered delegates only' })
  interpretedInto: string[];
}

export class TimetableRoomResponse {
  @ApiProperty({ type: String, nullable: true, description: 'null for sessions without a room' }) id: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Level 2, east wing', description: "Where it is, in the event's first language" })
  locationNote: string | null;
  @ApiProperty({ type: [TimetableSessionResponse] }) sessions: TimetableSessionResponse[];
}

export class TimetableDayResponse {
  @ApiProperty({ example: '2024-10-29' }) date: string;
  @ApiProperty({ type: [TimetableRoomResponse] }) rooms: TimetableRoomResponse[];
}

export class TimetableEventResponse {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) languages: string[];
}

export class TimetableResponse {
  @ApiProperty() version: number;
  @ApiProperty() publishedAt: string;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone: string;
  @ApiProperty({ type: TimetableEventResponse }) event: TimetableEventResponse;
  @ApiProperty({ type: [TimetableTrackResponse] }) tracks: TimetableTrackResponse[];
  @ApiProperty({ type: [TimetableDayResponse] }) days: TimetableDayResponse[];
}
