import { Injectable } from '@nestjs/common';
import type { EventRef } from '@app/auth';
import { type DuplicateEventDto, type EventEntity, EventsService } from '@app/events';
import { ProgrammeService } from '@app/programme';
import { RegistrationSettingsService } from '@app/registration';
import { SpeakerSettingsService } from '@app/speakers';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';

/**
 * A new event set up like an existing one, in one transaction so a refusal leaves nothing behind. Each
 * library copies its own tables; people (roles, speakers, chairs) and registrations stay with the original.
 */
@Injectable()
export class EventDuplication {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly registration: RegistrationSettingsService,
    private readonly programme: ProgrammeService,
    private readonly speakers: SpeakerSettingsService,
  ) {}

  async duplicate(original: EventRef, input: DuplicateEventDto, creatorId: string): Promise<EventEntity> {
    const source = await this.events.findById(original.id);
    const days = DateTime.fromISO(input.startDate, { zone: 'utc' }).diff(DateTime.fromISO(source.startDate, { zone: 'utc' }), 'days').days;
    return this.dataSource.transaction(async (manager) => {
      const copy = await this.events.createCopy(manager, source, input, creatorId);
      const venues = await this.events.copyVenues(manager, source.id, copy.id);
      await this.registration.copySettings(manager, source.id, copy.id, days, source.timeZone);
      await this.speakers.copySettings(manager, source.id, copy.id);
      if (input.copyProgramme) await this.programme.copyDraft(manager, source.id, copy.id, venues, days, source.timeZone);
      return copy;
    });
  }
}
