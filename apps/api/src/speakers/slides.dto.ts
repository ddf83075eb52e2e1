import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsISO8601 } from 'class-validator';

export class SlideVersionResponse {
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ description: 'SHA-256 of the stored bytes, hex' }) sha256: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
  @ApiProperty({ example: 'application/pdf', description: 'Detected from the content' }) mediaType: string;
  @ApiProperty({ enum: ['pdf', 'pptx', 'ppt', 'key', 'odp'] }) extension: string;
  @ApiProperty({ type: String, nullable: true, description: 'User id of the uploader' }) uploadedBy: string | null;
  @ApiProperty() uploadedAt: string;
  @ApiProperty({ description: 'The latest version is the current one' }) current: boolean;
}

export class PublicSlidesResponse {
  @ApiProperty({ description: 'Download at /events/{slug}/slots/{slotId}/slides/current' }) slotId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String] }) speakers: string[];
  @ApiProperty({ example: 'Nguyen-Thi-Lan-Learning-cities.pdf' }) fileName: string;
  @ApiProperty({ enum: ['pdf', 'pptx', 'ppt', 'key', 'odp'] }) extension: string;
}

export class SetSlidesPublicDto {
  @ApiProperty({ description: 'Anyone may download the current slides once the slot is over' })
  @IsBoolean()
  public: boolean;
}

export class SlotSlideStatusResponse {
  @ApiProperty() slotId: string;
  @ApiProperty() title: string;
  @ApiProperty() start: string;
  @ApiProperty({ type: [String] }) speakers: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'null: no slides yet' }) currentVersion: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the current version was uploaded; null: no slides yet' }) uploadedAt: string | null;
  @ApiProperty() public: boolean;
}

export class EventSlotSlideStatusResponse extends SlotSlideStatusResponse {
  @ApiProperty({ description: 'The session the slot belongs to' }) sessionId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { en: 'Learning cities' }, description: "The session's title by language" })
  sessionTitle: Record<string, string>;
}

export class ZipDayQuery {
  @ApiProperty({ example: '2024-10-29', description: "A day of the event, in the event's time zone" })
  @IsISO8601({ strict: true })
  date: string;
}
