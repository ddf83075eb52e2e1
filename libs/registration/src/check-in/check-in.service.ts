import { Injectable } from '@nestjs/common';
import type { AuthUser, EventContext } from '@app/auth';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { CheckInDto, CheckInResponse, CheckInSummaryResponse, RehearsalClearedResponse } from './check-in.dto.js';
import { RegistrationError } from '../registration.error.js';
import { requireCheckInDay, requireRehearsal } from '../policies.js';

interface Scanned {
  id: string;
  fullName: string;
  category: string;
}

interface FirstScan {
  checkedInAt: Date;
  desk: string | null;
  clientId: string | null;
}

/**
 * Badge scans at the door, once per delegate per event day. The primary key (registration, day) decides
 * races: two scanners reading the same badge at once insert one row, and the second is told when and where.
 */
@Injectable()
export class CheckInService {
  constructor(private readonly dataSource: DataSource) {}

  async checkIn(event: EventContext, input: CheckInDto, user: AuthUser): Promise<CheckInResponse> {
    const today = await this.today(event);
    if (input.rehearsal) return this.rehearse(event, input, user, today);
    const day = input.day ?? today;
    requireCheckInDay(event, day, today, input.day !== undefined);
    const at = this.arrival(event, day, today, input.time);
    const registration = await this.confirmedBadge(event, input.badgeCode);

    const inserted: FirstScan[] = await this.dataSource.query(
      `INSERT INTO check_ins (registration_id, event_day, checked_in_at, checked_in_by, client_id, desk)
       VALUES ($1, $2, coalesce($3::timestamptz, now()), $4, $5, $6)
       ON CONFLICT DO NOTHING
       RETURNING checked_in_at AS "checkedInAt", desk, client_id AS "clientId"`,
      [registration.id, day, at, user.id, input.clientId ?? null, input.desk ?? null],
    );
    // The row the winning scan inserted is committed by now: ON CONFLICT waited for it.
    const [first] = inserted.length
      ? inserted
      : await this.dataSource.query<FirstScan[]>(
          `SELECT checked_in_at AS "checkedInAt", desk, client_id AS "clientId" FROM check_ins WHERE registration_id = $1 AND event_day = $2`,
          [registration.id, day],
        );
    if (!first) throw new RegistrationError('CHECK_IN_ID_REUSED', 'This scan id was already used for another badge or day', { clientId: input.clientId });
    return this.answer(event, registration, day, first, inserted.length === 0, false);
  }

  /** Delegates checked in on each day of the event, and the practice scans not yet cleared. */
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
                (SELECT count(*)::int FROM registrations WHERE event_id = $1 AND state = 'confirmed') AS confirmed,
                (SELECT count(*)::int FROM check_in_rehearsals WHERE event_id = $1) AS rehearsed`,
        [event.id],
      ),
      this.today(event),
    ]);
    const { rehearsed, ...counts } = totals;
    return { days, ...counts, today, rehearsal: { open: today < event.startDate, checkedIn: rehearsed } };
  }

  async clearRehearsal(event: EventContext): Promise<RehearsalClearedResponse> {
    const [{ cleared }] = await this.dataSource.query(
      `WITH deleted AS (DELETE FROM check_in_rehearsals WHERE event_id = $1 RETURNING 1) SELECT count(*)::int AS cleared FROM deleted`,
      [event.id],
    );
    return { cleared };
  }

  /** Today's date where the event takes place, by the database clock. */
  async today(event: EventContext): Promise<string> {
    const [{ today }] = await this.dataSource.query(`SELECT (now() AT TIME ZONE $1)::date::text AS today`, [event.timeZone]);
    return today;
  }

  private async rehearse(event: EventContext, input: CheckInDto, user: AuthUser, today: string): Promise<CheckInResponse> {
    requireRehearsal(event, today);
    const registration = await this.confirmedBadge(event, input.badgeCode);
    const inserted: FirstScan[] = await this.dataSource.query(
      `INSERT INTO check_in_rehearsals (registration_id, event_id, checked_in_by) VALUES ($1, $2, $3)
       ON CONFLICT (registration_id) DO NOTHING RETURNING checked_in_at AS "checkedInAt", NULL AS desk, NULL AS "clientId"`,
      [registration.id, event.id, user.id],
    );
    const [first] = inserted.length
      ? inserted
      : await this.dataSource.query<FirstScan[]>(
          `SELECT checked_in_at AS "checkedInAt", NULL AS desk, NULL AS "clientId" FROM check_in_rehearsals WHERE registration_id = $1`,
          [registration.id],
        );
    return this.answer(event, registration, today, first, inserted.length === 0, true);
  }

  /** The moment a back-dated check-in happened, from the time the organiser gives; null means now. */
  private arrival(event: EventContext, day: string, today: string, time: string | undefined): string | null {
    if (time === undefined) {
      if (day !== today) throw new RegistrationError('CHECK_IN_TIME_REQUIRED', `Give the time the delegate arrived on ${day}`, { day });
      return null;
    }
    const at = DateTime.fromISO(`${day}T${time}`, { zone: event.timeZone });
    if (at.toMillis() > Date.now()) {
      throw new RegistrationError('CHECK_IN_TIME_NOT_COME', `${time} on ${day} has not come yet in the event’s time zone (${event.timeZone})`, {
        day,
        time,
        timeZone: event.timeZone,
      });
    }
    return at.toISO();
  }

  private async confirmedBadge(event: EventContext, badgeCode: string): Promise<Scanned> {
    const [registration] = await this.dataSource.query(
      `SELECT r.id, r.full_name AS "fullName", r.state, c.code AS category
         FROM registrations r JOIN registration_categories c ON c.id = r.category_id
        WHERE r.event_id = $1 AND r.badge_code = $2`,
      [event.id, badgeCode],
    );
    if (!registration) throw new RegistrationError('BADGE_NOT_FOUND', `No badge ${badgeCode} in this event`, { badgeCode });
    if (registration.state !== 'confirmed') {
      throw new RegistrationError(
        'CHECK_IN_NOT_CONFIRMED',
        `Badge ${badgeCode} belongs to a registration that is ${registration.state}, not confirmed: no entry with it`,
        { badgeCode, state: registration.state },
      );
    }
    return registration;
  }

  private answer(event: EventContext, registration: Scanned, day: string, first: FirstScan, already: boolean, rehearsal: boolean): CheckInResponse {
    const time = DateTime.fromJSDate(first.checkedInAt, { zone: event.timeZone }).toFormat('HH:mm');
    const where = first.desk ? ` (${first.desk})` : '';
    return {
      registrationId: registration.id,
      fullName: registration.fullName,
      category: registration.category,
      day,
      checkedInAt: first.checkedInAt.toISOString(),
      alreadyCheckedIn: already,
      desk: first.desk,
      rehearsal,
      message: already ? `${registration.fullName}: already checked in at ${time}${where}` : `${registration.fullName}: checked in at ${time}${where}`,
    };
  }
}
