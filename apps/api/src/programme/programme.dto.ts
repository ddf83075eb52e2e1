import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ChangeKind, LOCALISED_TEXT, type ProgrammeWarning } from '@app/programme';

const CHANGE_KINDS: ChangeKind[] = ['added', 'cancelled', 'moved', 're-roomed', 'speakers-changed', 'retitled', 'access-changed'];
const WARNING_KINDS: ProgrammeWarning['kind'][] = ['speaker-room-change', 'seat-limit-above-capacity', 'agenda-overlap', 'no-chair', 'speaker-unavailable'];

export class SessionPlaceResponse {
  @ApiProperty({ description: 'UTC instant' }) start: string;
  @ApiProperty({ description: 'UTC instant' }) end: string;
  @ApiProperty({ type: String, nullable: true }) roomId: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Speaker user ids, when the speakers changed' }) speakers?: string[];
}

export class ChangelogEntryResponse {
  @ApiProperty() sessionId: string;
  @ApiProperty({ enum: CHANGE_KINDS }) kind: ChangeKind;
  @ApiProperty(LOCALISED_TEXT) title: Record<string, string>;
  @ApiPropertyOptional({ type: SessionPlaceResponse }) before?: SessionPlaceResponse;
  @ApiPropertyOptional({ type: SessionPlaceResponse }) after?: SessionPlaceResponse;
}

export class ProgrammePreviewResponse {
  @ApiProperty() nextVersion: number;
  @ApiProperty({ type: [ChangelogEntryResponse] }) changelog: ChangelogEntryResponse[];
}

export class PublishedVersionResponse {
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty() publishedAt: string;
  @ApiProperty({ type: [ChangelogEntryResponse], description: 'What changed since the version before' }) changelog: ChangelogEntryResponse[];
}

export class ProgrammeWarningResponse {
  @ApiProperty({ enum: WARNING_KINDS }) kind: ProgrammeWarning['kind'];
  @ApiProperty({ description: 'In English; a page words it from kind and data' }) message: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'The figures and names the message is made of (speaker, first, second, title, seatLimit, room, capacity, count)',
  })
  data: Record<string, string | number>;
  @ApiProperty({ type: [String] }) sessionIds: string[];
}

export class ProgrammeImportResponse {
  @ApiProperty({ description: 'Sessions imported' }) sessions: number;
  @ApiProperty({ description: 'Slots imported' }) slots: number;
}

export class ScheduleGeneratorResponse {
  @ApiProperty({ example: 'Plenary' }) name: string;
}

export class ScheduleBodyResponse {
  @ApiProperty() version: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'acronym, title, start, end, daysCount, timeslot_duration, time_zone_name, url, tracks, rooms, and days → rooms → events, as the c3voc schema names them',
  })
  conference: Record<string, unknown>;
}

/** The c3voc schedule JSON document; its full schema is https://c3voc.de/schedule/schema.json. */
export class ScheduleDocumentResponse {
  @ApiProperty({ example: 'https://c3voc.de/schedule/schema.json' }) $schema: string;
  @ApiProperty({ type: ScheduleGeneratorResponse }) generator: ScheduleGeneratorResponse;
  @ApiProperty({ type: ScheduleBodyResponse }) schedule: ScheduleBodyResponse;
}
