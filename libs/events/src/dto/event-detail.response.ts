import { ApiProperty } from '@nestjs/swagger';
import { EventSummaryResponse } from './event.dto.js';
import { RoomResponse } from './room.dto.js';
import { TrackResponse } from './track.dto.js';
import { EVENT_TRANSLATABLE, type Translations, TranslationsResponse } from './translations.dto.js';

export class EventDetailResponse extends EventSummaryResponse {
  @ApiProperty() description: string;
  @ApiProperty({ type: [RoomResponse] }) rooms: RoomResponse[];
  @ApiProperty({ type: [TrackResponse] }) tracks: TrackResponse[];
  @TranslationsResponse(EVENT_TRANSLATABLE) translations: Translations<'name' | 'description' | 'venue' | 'organiser'>;
}
