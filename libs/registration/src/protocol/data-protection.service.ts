import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { actAs } from '../registration-actor.js';
import { RegistrationService } from '../registration.service.js';
import { recordPassportAccess } from './passport-audit.js';
import { readProtocol } from './protocol-details.js';
import { DelegateDataResponse } from './data-protection.dto.js';

const ERASE_PASSPORT = `passport_name = NULL, nationality = NULL, date_of_birth = NULL, passport_number = NULL, passport_expiry = NULL, consulate = NULL`;

/**
 * A delegate's rights over their data (a copy as JSON, erasure on request) and the event's retention date,
 * after which passport data and free-text needs go; the counts of what was erased are kept.
 */
@Injectable()
export class DataProtectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
  ) {}

  async download(token: string): Promise<DelegateDataResponse> {
    return this.dataSource.transaction(async (manager) => {
      const r = await this.registrations.findByToken(token, manager);
      // One query at a time: they share the transaction's connection.
      const [category] = await manager.query(`SELECT code, name FROM registration_categories WHERE id = $1`, [r.categoryId]);
      const history = await manager.query(`SELECT kind, to_state AS state, fields, at FROM registration_history WHERE registration_id = $1 ORDER BY id`, [
        r.id,
      ]);
      const protocol = await readProtocol(manager, r.id);
      await recordPassportAccess(manager, { eventId: r.eventId, registrationId: r.id, actor: { kind: 'delegate' }, action: 'download' });
      return {
        exportedAt: new Date().toISOString(),
        registration: {
          id: r.id,
          state: r.state,
          category: category?.code ?? '',
          fullName: r.fullName,
          position: r.title,
          organisation: r.organisation,
          city: r.city,
          country: r.country,
          email: r.email,
          language: r.language,
          dietaryNeeds: r.dietaryNeeds,
          dietaryChoices: r.dietaryChoices,
          accessibilityNeeds: r.accessibilityNeeds,
          accessibilityChoices: r.accessibilityChoices,
          visaLetterNeeded: r.visaLetterNeeded,
          privacyNoticeVersion: r.privacyNoticeVersion,
          consentedAt: r.consentedAt.toISOString(),
          createdAt: r.createdAt.toISOString(),
        },
        protocol,
        history: history.map((row: { kind: string; state: string; fields: string[]; at: Date }) => ({ ...row, at: new Date(row.at).toISOString() })),
      };
    });
  }

  /** At the delegate's request: passport data and free-text needs go now; the registration itself stays. */
  async eraseByDelegate(token: string): Promise<{ erasedAt: string }> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.registrations.findByToken(token, manager, true);
      await actAs(manager, 'delegate');
      await manager.query(
        `INSERT INTO registration_protocol (registration_id, erasure_requested_at, erased_at) VALUES ($1, now(), now())
         ON CONFLICT (registration_id) DO UPDATE SET ${ERASE_PASSPORT}, erasure_requested_at = now(), erased_at = now(), updated_at = now()`,
        [registration.id],
      );
      await manager.query(`UPDATE registrations SET dietary_needs = '', accessibility_needs = '', updated_at = now() WHERE id = $1`, [registration.id]);
      await recordPassportAccess(manager, { eventId: registration.eventId, registrationId: registration.id, actor: { kind: 'delegate' }, action: 'erase' });
      return { erasedAt: new Date().toISOString() };
    });
  }

  /**
   * Erases the data of every event whose retention date has passed by `now` (a parameter, so a test moves
   * the clock). Each event goes in its own transaction, its settings row locked and skipped by other workers.
   */
  async eraseDue(now: Date = new Date()): Promise<number> {
    let erased = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [due] = await manager.query(
          `SELECT event_id AS "eventId" FROM visa_letter_settings
            WHERE retention_date IS NOT NULL AND erased_at IS NULL AND retention_date < $1::date
            ORDER BY retention_date LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [DateTime.fromJSDate(now, { zone: 'utc' }).toISODate()],
        );
        if (!due) return false;
        await this.eraseEvent(manager, due.eventId, now);
        return true;
      });
      if (!done) return erased;
      erased++;
    }
  }

  private async eraseEvent(manager: EntityManager, eventId: string, now: Date): Promise<void> {
    const [passports] = await manager.query(
      `WITH erased AS (
           UPDATE registration_protocol p SET ${ERASE_PASSPORT}, erased_at = $2, updated_at = now()
             FROM registrations r WHERE r.id = p.registration_id AND r.event_id = $1 AND p.passport_number IS NOT NULL RETURNING 1)
         SELECT count(*)::int AS count FROM erased`,
      [eventId, now],
    );
    const [needs] = await manager.query(
      `WITH erased AS (
           UPDATE registrations SET dietary_needs = '', accessibility_needs = '', updated_at = now()
            WHERE event_id = $1 AND (dietary_needs <> '' OR accessibility_needs <> '') RETURNING 1)
         SELECT count(*)::int AS count FROM erased`,
      [eventId],
    );
    await manager.query(`UPDATE visa_letter_settings SET erased_at = $2, erased_passports = $3, erased_needs = $4 WHERE event_id = $1`, [
      eventId,
      now,
      passports.count,
      needs.count,
    ]);
    await recordPassportAccess(manager, {
      eventId,
      actor: { kind: 'retention' },
      action: 'erase',
      detail: `${passports.count} passport records, ${needs.count} free-text needs`,
    });
  }
}
