import { Injectable } from '@nestjs/common';
import { AuthService, type EventContext } from '@app/auth';
import { translated, type Translations } from '@app/config';
import { isConstraintViolation, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION } from '@app/database';
import { assertTranslatable } from '@app/events';
import { DataSource, type EntityManager } from 'typeorm';
import type { AddCommissionContactDto, CommissionResponse, CreateCommissionDto, UpdateCommissionDto } from './dto/commission.dto.js';
import { AwardsError } from './awards.error.js';

/**
 * National Commissions for UNESCO: one per country per event, the body that nominates that country's
 * cities. Its contacts are users holding the commission role, linked by the organisers.
 */
@Injectable()
export class CommissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** `language`: the reader's, for the names the organiser gave in it (else the event's first). */
  async list(event: EventContext, language?: string): Promise<CommissionResponse[]> {
    const rows: { id: string; name: string; translations: Translations<'name'>; country: string; contactIds: string[] }[] = await this.dataSource.query(
      `SELECT m.id, m.name, m.translations, m.country, coalesce((SELECT array_agg(k.user_id) FROM award_commission_contacts k WHERE k.commission_id = m.id), '{}') AS "contactIds"
         FROM award_commissions m WHERE m.event_id = $1 ORDER BY m.country`,
      [event.id],
    );
    // Names come from the accounts library, which owns the users.
    const people = await this.auth.contactsOf([...new Set(rows.flatMap((row) => row.contactIds))]);
    return rows.map(({ contactIds, ...row }) => ({
      ...row,
      name: translated(row.name, row.translations, 'name', language),
      contacts: people
        .filter((person) => contactIds.includes(person.id))
        .map((person) => ({ userId: person.id, displayName: person.name }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    }));
  }

  async get(event: EventContext, id: string): Promise<CommissionResponse> {
    const found = (await this.list(event)).find((commission) => commission.id === id);
    if (!found) throw new AwardsError('COMMISSION_NOT_FOUND', 'No such National Commission in this event');
    return found;
  }

  async create(event: EventContext, dto: CreateCommissionDto): Promise<CommissionResponse> {
    assertTranslatable(dto.translations, event.languages);
    try {
      const [{ id }] = await this.dataSource.query(
        `INSERT INTO award_commissions (event_id, name, translations, country) VALUES ($1, $2, $3, $4) RETURNING id`,
        [event.id, dto.name.trim(), dto.translations ?? {}, dto.country],
      );
      return this.get(event, id);
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'award_commissions_country_key'))
        throw new AwardsError('COMMISSION_EXISTS', `${dto.country} already has its National Commission in this event`, { country: dto.country });
      throw error;
    }
  }

  async update(event: EventContext, id: string, dto: UpdateCommissionDto): Promise<CommissionResponse> {
    assertTranslatable(dto.translations, event.languages);
    const [updated] = await this.dataSource.query(
      `UPDATE award_commissions SET name = coalesce($3, name), translations = coalesce($4, translations) WHERE event_id = $1 AND id = $2 RETURNING id`,
      [event.id, id, dto.name?.trim() ?? null, dto.translations ?? null],
    );
    if (!updated?.length) throw new AwardsError('COMMISSION_NOT_FOUND', 'No such National Commission in this event');
    return this.get(event, id);
  }

  async remove(event: EventContext, id: string): Promise<void> {
    try {
      const [removed] = await this.dataSource.query(`DELETE FROM award_commissions WHERE event_id = $1 AND id = $2 RETURNING 1`, [event.id, id]);
      if (!removed?.length) throw new AwardsError('COMMISSION_NOT_FOUND', 'No such National Commission in this event');
    } catch (error) {
      if (isConstraintViolation(error, PG_FOREIGN_KEY_VIOLATION))
        throw new AwardsError('COMMISSION_IN_USE', 'This National Commission has nominations and cannot be removed');
      throw error;
    }
  }

  async addContact(event: EventContext, id: string, dto: AddCommissionContactDto): Promise<CommissionResponse> {
    await this.get(event, id);
    const held = (await this.auth.eventRoles(event.id)).some((role) => role.userId === dto.userId && role.role === 'commission');
    if (!held)
      throw new AwardsError('COMMISSION_ROLE_REQUIRED', 'The user must hold the commission role on this event first', {
        details: [{ field: 'userId', messages: ['not a commission officer of this event'] }],
      });
    await this.dataSource.query(`INSERT INTO award_commission_contacts (commission_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, dto.userId]);
    return this.get(event, id);
  }

  async removeContact(event: EventContext, id: string, userId: string): Promise<void> {
    await this.get(event, id);
    const [removed] = await this.dataSource.query(`DELETE FROM award_commission_contacts WHERE commission_id = $1 AND user_id = $2 RETURNING 1`, [id, userId]);
    if (!removed?.length) throw new AwardsError('NOT_COMMISSION_CONTACT', 'That user is not a contact of this National Commission');
  }

  /** The Commission a nomination names, read on the nomination's transaction: 422 unless it is this event's. */
  async forNomination(manager: EntityManager, eventId: string, id: string): Promise<{ id: string; name: string; country: string }> {
    const [commission] = await manager.query(`SELECT id, name, country FROM award_commissions WHERE event_id = $1 AND id = $2`, [eventId, id]);
    if (!commission)
      throw new AwardsError('UNKNOWN_COMMISSION', 'The nominating National Commission is not one of this event’s', {
        details: [{ field: 'commissionId', messages: ['unknown National Commission'] }],
      });
    return commission;
  }

  /** Whether the caller speaks for the Commission: linked to it, with the commission role still held on the event. */
  async isContact(manager: EntityManager, event: EventContext, id: string, userId: string): Promise<boolean> {
    if (!event.roles.includes('commission')) return false;
    const [contact] = await manager.query(`SELECT 1 FROM award_commission_contacts WHERE commission_id = $1 AND user_id = $2`, [id, userId]);
    return Boolean(contact);
  }
}
