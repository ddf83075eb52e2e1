import { Injectable } from '@nestjs/common';
import type { AuthUser, EventContext } from '@app/auth';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { CheckInDto, CheckInResponse, CheckInSummaryResponse } from './check-in.dto.js';
import { RegistrationError } from '../registration.error.js';
import { requireCheckInDay } from '../policies.js';

/**
 * Badge scans at the door, once per delegate per event day. The primary key (registration, day) decides
 * races: two scanners reading the same badge at once insert one row, and the second is told when.
 */
@Injectable()
export class CheckInService {
  constructor(private readonly dataSource: DataSource) {}

  async checkIn(event: EventContext, input: CheckInDto, user: AuthUser): Promise<CheckInResponse> {
    const today = await this.today(event);
    const day = input.day ?? today;
    requireCheckInDay(event, day, today, input.day !== undefined);

    const [registration] = await this.dataSource.query(
      `SELECT r.id, r.full_name AS "fullName", r.state, c.code AS category
         FROM registrations r JOIN registration_categories c ON c.id = r.category_id
        WHERE r.event_id = $1 AND r.badge_code = $2`,
      [event.id, input.badgeCode],
    );
    if (!registration) throw new RegistrationError('BADGE_NOT_FOUND', `No badge ${input.badgeCode} in this event`, { badgeCode: input.badgeCode });
    if (registration.state !== 'confirmed') {
      throw new RegistrationError(
        'CHECK_IN_NOT_CONFIRMED',
        `Badge ${input.badgeCode} belongs to a registration that is ${registration.state}, not confirmed: no entry with it`,
        {
          badgeCode: input.badgeCode,
          state: registration.state,
        },
      );
    }

    const inserted: { checkedInAt: Date }[] = await this.dataSource.query(
      `INSERT INTO check_ins (registration_id, event_day, checked_in_by) VALUES ($1, $2, $3)
       ON CONFLICT (registration_id, event_day) DO NOTHING
       RETURNING checked_in_at AS "checkedInAt"`,
      [registration.id, day, user.id],
    );
    const alreadyCheckedIn = inserted.length === 0;
    // The row the winning scan inserted is committed by now: ON CONFLICT waited for it.
    const [{ checkedInAt }] = alreadyCheckedIn
      ? await this.dataSource.query(`SELECT checked_in_at AS "checkedInAt" FROM check_ins WHERE registration_id = $1 AND event_day = $2`, [
          registration.id,
          day,
        ])
      : inserted;
    const time = DateTime.fromJSDate(checkedInAt, { zone: event.timeZone }).toFormat('HH:mm');
    return {
      registrationId: registration.id,
      fullName: registration.fullName,
      category: registration.category,
      day,
      checkedInAt: checkedInAt.toISOString(),
      alreadyCheckedIn,
      message: alreadyCheckedIn ? `${registration.fullName}: already checked in at ${time}` : `${registration.fullName}: checked in at ${time}`,
    };
  }

  /** Delegates checked in on each day of the event. */
  async summary(event: EventContext): Promise<CheckInSummaryResponse> {
    const [days, [totals], today] = await Promise.all([
      this.dataSource.query(
        `SELECT d.day::date::text AS day, count(ci.registration_id)::int AS "checkedIn"
           FROM generate_series($2::date::timestamp, $3::date::timestamp, interval '1 day') AS d(day)
           LEFT JOIN (check_ins ci JOIN registrations r ON r.id = ci.registration_id AND r.event_id = $1) ON ci.event_day = d.day::date
          GROUP BY d.day ORDER BY d.day`,
        [event.id, event.startDate, event.endDate],
      ),
      this.dataSource.query(
        `SELECT (SELECT count(DISTINCT ci.registration_id)::int FROM check_ins ci JOIN registrations r ON r.id = ci.registration_id WHERE r.event_id = $1) AS "checkedInAnyDay",
                (SELECT count(*)::int FROM registrations WHERE event_id = $1 AND state = 'confirmed') AS confirmed`,
        [event.id],
      ),
      this.today(event),
    ]);
    return { days, ...totals, today };
  }

  /** Today's date where the event takes place, by the database clock. */
  private async today(event: EventContext): Promise<string> {
    const [{ today }] = await this.dataSource.query(`SELECT (now() AT TIME ZONE $1)::date::text AS today`, [event.timeZone]);
    return today;
  }
}
