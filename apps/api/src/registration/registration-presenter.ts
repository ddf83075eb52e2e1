import { Injectable } from '@nestjs/common';
import { type ManagedRegistrationResponse, type RegistrationEntity, type RegistrationResponse, RegistrationService } from '@app/registration';
import { DataSource } from 'typeorm';
import { toRegistrationResponse } from './registration.mappers.js';

/** Turns registrations into responses, with their category code and waiting-list position. */
@Injectable()
export class RegistrationPresenter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
  ) {}

  async present(registration: RegistrationEntity): Promise<RegistrationResponse> {
    const [[category], position] = await Promise.all([
      this.dataSource.query(`SELECT code FROM registration_categories WHERE id = $1`, [registration.categoryId]),
      this.registrations.waitlistPosition(registration),
    ]);
    return toRegistrationResponse(registration, category.code, position);
  }

  /** For the delegate's own page: also the event, whose programme and time zone the page shows. */
  async presentForDelegate(registration: RegistrationEntity): Promise<ManagedRegistrationResponse> {
    const [response, [event]] = await Promise.all([
      this.present(registration),
      this.dataSource.query(
        // Named in the delegate's language, as their mail names it (the page follows that language too).
        `SELECT slug, coalesce(nullif(btrim(translations -> $2 ->> 'name'), ''), name) AS name, time_zone AS "timeZone",
                start_date::text AS "startDate", end_date::text AS "endDate" FROM events WHERE id = $1`,
        [registration.eventId, registration.language],
      ),
    ]);
    return { ...response, event };
  }

  presentAll(registrations: RegistrationEntity[]): Promise<RegistrationResponse[]> {
    return Promise.all(registrations.map((registration) => this.present(registration)));
  }
}
