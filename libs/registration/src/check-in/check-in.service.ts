import { Injectable } from '@nestjs/common';
import { AuthError, type AuthUser, EventAccess } from '@app/auth';
import { type EventEntity, EventsService } from '@app/events';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { CheckInDto, CheckInResponse, CheckInSummaryResponse } from './check-in.dto.js';
import { RegistrationError } from '../registration.error.js';

/**
 * Badge scans at the door, once per delegate per event day. The primary key (registration, day) decides
 * races: two scanners reading the same badge at once insert one row, and the second is told when.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly access: EventAccess,
  ) {}

  async checkIn(slug: string, input: CheckInDto, user: AuthUser): Promise<CheckInResponse> {
    const event = await this.events.findBySlug(slug);
    const today = await this.today(event);
    const day = input.day ?? today;
    if (day !== today) {
      // Staff scan at the door, today; recording another day afterwards is the organisers' correction.
      await this.access.require(user, slug, ['organiser']).catch((error: unknown) => {
        throw error instanceof AuthError && error.code === 'FORBIDDEN_ROLE'
          ? new RegistrationError('CHECK_IN_OTHER_DAY_FORBIDDEN', 'Only an organiser may check a delegate in for a day other than today')
          : error;
      });
      if (day > today)
        throw new RegistrationError('CHECK_IN_DAY_NOT_COME', `${day} has not come yet in the event’s time zone (${event.timeZone}); today is ${today}`, {
          day,
          today,
          timeZone: event.timeZone,
        });
    }
    if (day < event.startDate || day > event.endDate) {
      throw new RegistrationError(
        'CHECK_IN_OUTSIDE_EVENT',
        `Check-in is open only on the days of the event, ${event.startDate} to ${event.endDate} (${event.timeZone}); ${input.day ? 'the day asked for' : 'today'} is ${day}`,
        { startDate: event.startDate, endDate: event.endDate, day, timeZone: event.timeZone },
      );
    }

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
  async summary(slug: string): Promise<CheckInSummaryResponse> {
    const event = await this.events.findBySlug(slug);
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
  private async today(event: EventEntity): Promise<string> {
    const [{ today }] = await this.dataSource.query(`SELECT (now() AT TIME ZONE $1)::date::text AS today`, [event.timeZone]);
    return today;
  }
}
