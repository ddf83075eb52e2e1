import { Injectable } from '@nestjs/common';
import { isConstraintViolation, PG_CHECK_VIOLATION, PG_UNIQUE_VIOLATION } from '@app/database';
import { DataSource, EntityManager } from 'typeorm';
import { assertTranslatable } from '@app/events';
import type { CreateCategoryDto, RegistrationSettingsDto, UpdateCategoryDto } from './dto/settings.dto.js';
import { RegistrationCategoryEntity, RegistrationSettingsEntity } from './registration-settings.entity.js';
import { copyRegistrationForm } from './questions/copy-form.js';
import { RegistrationError } from './registration.error.js';

/** The event as far as its categories need it: which languages their names may be given in. */
interface EventLanguages {
  id: string;
  languages: string[];
}

@Injectable()
export class RegistrationSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(eventId: string): Promise<RegistrationSettingsEntity & { open: boolean }> {
    const settings = await this.dataSource.getRepository(RegistrationSettingsEntity).findOneBy({ eventId });
    if (!settings) throw new RegistrationError('REGISTRATION_NOT_SET_UP', 'Registration has not been set up for this event');
    const now = Date.now();
    return Object.assign(settings, { open: settings.opensAt.getTime() <= now && now < settings.closesAt.getTime() });
  }

  /** Capacity cannot go below the places already confirmed (the CHECK constraint says so). */
  async set(eventId: string, input: RegistrationSettingsDto) {
    try {
      await this.dataSource.query(
        `INSERT INTO registration_settings (event_id, opens_at, closes_at, capacity, approval_required, promotion, offer_hours, privacy_notice_version)
         VALUES ($1, $2, $3, $4, coalesce($5, false), coalesce($6, 'automatic'), coalesce($7, 48), coalesce($8, '1'))
         ON CONFLICT (event_id) DO UPDATE SET opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at, capacity = EXCLUDED.capacity,
           approval_required = coalesce($5, registration_settings.approval_required), promotion = coalesce($6, registration_settings.promotion),
           offer_hours = coalesce($7, registration_settings.offer_hours), privacy_notice_version = coalesce($8, registration_settings.privacy_notice_version)`,
        [
          eventId,
          input.opensAt,
          input.closesAt,
          input.capacity,
          input.approvalRequired ?? null,
          input.promotion ?? null,
          input.offerHours ?? null,
          input.privacyNoticeVersion ?? null,
        ],
      );
    } catch (error) {
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'registration_window_ordered'))
        throw new RegistrationError('WINDOW_REVERSED', 'closesAt must be after opensAt');
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'registration_capacity_respected')) {
        throw new RegistrationError('CAPACITY_BELOW_CONFIRMED', 'capacity cannot be lower than the number of places already confirmed');
      }
      throw error;
    }
    return this.get(eventId);
  }

  categories(eventId: string): Promise<RegistrationCategoryEntity[]> {
    return this.dataSource.getRepository(RegistrationCategoryEntity).find({ where: { eventId }, order: { code: 'ASC' } });
  }

  async addCategory(event: EventLanguages, input: CreateCategoryDto): Promise<RegistrationCategoryEntity> {
    assertTranslatable(input.translations, event.languages);
    try {
      const [{ id }] = await this.dataSource.query(
        `INSERT INTO registration_categories (event_id, code, name, quota, translations) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [event.id, input.code, input.name, input.quota ?? null, input.translations ?? {}],
      );
      return this.dataSource.getRepository(RegistrationCategoryEntity).findOneByOrFail({ id });
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'registration_categories_code_key'))
        throw new RegistrationError('CATEGORY_EXISTS', `Category "${input.code}" already exists`, { category: input.code });
      throw error;
    }
  }

  /** Quota and name; a quota below the places already confirmed is refused by the database's CHECK. */
  async updateCategory(event: EventLanguages, categoryId: string, input: UpdateCategoryDto): Promise<RegistrationCategoryEntity> {
    assertTranslatable(input.translations, event.languages);
    let rows: Array<{ id: string }>;
    try {
      rows = await this.dataSource.query(
        // Wrapped in a SELECT so the driver answers with the rows (an UPDATE answers [rows, count]).
        `WITH updated AS (
           UPDATE registration_categories SET name = coalesce($3, name), quota = CASE WHEN $4 THEN $5::integer ELSE quota END,
                  translations = coalesce($6::jsonb, translations)
            WHERE id = $1 AND event_id = $2 RETURNING id)
         SELECT id FROM updated`,
        [categoryId, event.id, input.name ?? null, input.quota !== undefined, input.quota ?? null, input.translations ?? null],
      );
    } catch (error) {
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'registration_quota_respected'))
        throw new RegistrationError('CATEGORY_QUOTA_BELOW_CONFIRMED', 'quota cannot be lower than the places already confirmed in this category', {
          quota: input.quota,
        });
      throw error;
    }
    if (rows.length === 0) throw new RegistrationError('CATEGORY_NOT_FOUND', `No registration category ${categoryId} in this event`, { categoryId });
    return this.dataSource.getRepository(RegistrationCategoryEntity).findOneByOrFail({ id: categoryId });
  }

  /**
   * Copies the settings, categories and registration form (questions) of one event to another, none of its places taken; the window moves
   * by `days` on the wall clock of `timeZone`, so "opens 09:00" stays 09:00 across a daylight-saving change.
   */
  async copySettings(manager: EntityManager, fromEventId: string, toEventId: string, days: number, timeZone: string): Promise<void> {
    const shift = (column: string) => `((${column} AT TIME ZONE $3) + make_interval(days => $4)) AT TIME ZONE $3`;
    await manager.query(
      `INSERT INTO registration_settings (event_id, opens_at, closes_at, capacity, approval_required, promotion, offer_hours, privacy_notice_version)
       SELECT $2, ${shift('opens_at')}, ${shift('closes_at')}, capacity, approval_required, promotion, offer_hours, privacy_notice_version
         FROM registration_settings WHERE event_id = $1`,
      [fromEventId, toEventId, timeZone, days],
    );
    await manager.query(
      `INSERT INTO registration_categories (event_id, code, name, quota, translations)
       SELECT $2, code, name, quota, translations FROM registration_categories WHERE event_id = $1`,
      [fromEventId, toEventId],
    );
    await copyRegistrationForm(manager, fromEventId, toEventId, days, timeZone);
  }
}
