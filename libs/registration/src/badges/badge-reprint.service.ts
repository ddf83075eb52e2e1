import { Injectable } from '@nestjs/common';
import type { AuthUser, EventContext } from '@app/auth';
import type { PdfFile } from '@app/documents';
import { DataSource } from 'typeorm';
import { RegistrationError } from '../registration.error.js';
import { BadgeService } from './badge.service.js';

/**
 * A replacement badge printed at the desk for a delegate who lost or forgot theirs. The code stays the same
 * (the delegate's mailed badge and any snapshot a desk holds keep working); every reprint is recorded, so
 * organisers see how many were printed, when and at which desk.
 */
@Injectable()
export class BadgeReprintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly badges: BadgeService,
  ) {}

  async reprint(event: EventContext, badgeCode: string, desk: string | undefined, user: AuthUser): Promise<PdfFile & { reprints: number }> {
    const [registration] = await this.dataSource.query<{ id: string; state: string }[]>(
      `SELECT id, state FROM registrations WHERE event_id = $1 AND badge_code = $2`,
      [event.id, badgeCode],
    );
    if (!registration) throw new RegistrationError('BADGE_NOT_FOUND', `No badge ${badgeCode} in this event`, { badgeCode });
    if (registration.state !== 'confirmed') {
      throw new RegistrationError('BADGE_NOT_CONFIRMED', `A badge is issued only for a confirmed registration; this one is ${registration.state}`, {
        state: registration.state,
      });
    }
    const [{ reprints }] = await this.dataSource.query<{ reprints: number }[]>(
      `WITH printed AS (INSERT INTO badge_reprints (registration_id, printed_by, desk) VALUES ($1, $2, $3) RETURNING registration_id)
       SELECT 1 + (SELECT count(*)::int FROM badge_reprints WHERE registration_id = $1) AS reprints`,
      [registration.id, user.id, desk ?? null],
    );
    return { ...(await this.badges.replacementBadge(event, registration.id)), reprints };
  }
}
