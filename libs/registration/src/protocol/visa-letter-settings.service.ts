import { Injectable } from '@nestjs/common';
import type { EventContext, EventRef } from '@app/auth';
import { DataSource, type EntityManager } from 'typeorm';
import { RegistrationError } from '../registration.error.js';
import type { CostBearer, VisaLetterSettingsDto, VisaLetterSettingsResponse } from './protocol.dto.js';

/** The organisers' choices for visa letters and passport data: who signs, who pays, how long data is kept. */
@Injectable()
export class VisaLetterSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(event: EventRef, manager: EntityManager = this.dataSource.manager): Promise<VisaLetterSettingsResponse> {
    // One query at a time: inside save() they share the transaction's connection.
    const [row] = await manager.query(
      `SELECT signatory_name AS "signatoryName", signatory_title AS "signatoryTitle", retention_date::text AS "retentionDate",
                erased_at AS "erasedAt", erased_passports AS "erasedPassports", erased_needs AS "erasedNeeds"
           FROM visa_letter_settings WHERE event_id = $1`,
      [event.id],
    );
    const costs = await manager.query(
      `SELECT c.code AS category, c.name, coalesce(v.bears, 'delegate') AS bears
           FROM registration_categories c LEFT JOIN visa_letter_costs v ON v.category_id = c.id
          WHERE c.event_id = $1 ORDER BY c.code`,
      [event.id],
    );
    return {
      signatoryName: row?.signatoryName ?? '',
      signatoryTitle: row?.signatoryTitle ?? '',
      retentionDate: row?.retentionDate ?? null,
      erasedAt: row?.erasedAt ? new Date(row.erasedAt).toISOString() : null,
      erasedPassports: row?.erasedPassports ?? 0,
      erasedNeeds: row?.erasedNeeds ?? 0,
      costs,
    };
  }

  async save(event: EventContext, input: VisaLetterSettingsDto): Promise<VisaLetterSettingsResponse> {
    // Data is needed until the delegates have gone home: a retention date inside the event would erase it too soon.
    if (input.retentionDate && input.retentionDate <= event.endDate)
      throw new RegistrationError('RETENTION_DATE_BEFORE_EVENT_END', `The retention date must come after the event’s last day, ${event.endDate}`, {
        endDate: event.endDate,
      });
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO visa_letter_settings (event_id, signatory_name, signatory_title, retention_date) VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id) DO UPDATE SET signatory_name = $2, signatory_title = $3, retention_date = $4`,
        [event.id, input.signatoryName, input.signatoryTitle, input.retentionDate ?? null],
      );
      for (const cost of input.costs ?? []) {
        const [category] = await manager.query(`SELECT id FROM registration_categories WHERE event_id = $1 AND code = $2`, [event.id, cost.category]);
        if (!category) throw new RegistrationError('UNKNOWN_CATEGORY', `Unknown registration category "${cost.category}"`, { category: cost.category });
        await manager.query(`INSERT INTO visa_letter_costs (category_id, bears) VALUES ($1, $2) ON CONFLICT (category_id) DO UPDATE SET bears = $2`, [
          category.id,
          cost.bears,
        ]);
      }
      return this.get(event, manager);
    });
  }

  async costsFor(categoryId: string): Promise<CostBearer> {
    const [row] = await this.dataSource.query(`SELECT bears FROM visa_letter_costs WHERE category_id = $1`, [categoryId]);
    return row?.bears ?? 'delegate';
  }
}
