import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Which registrations a message goes to; every field narrows, absent fields do not. */
export interface RegistrationAudience {
  states?: string[];
  categories?: string[];
  countries?: string[];
  delegationId?: string;
  delegationHead?: boolean;
  sessionId?: string;
  checkedIn?: boolean;
  /** With `checkedIn`: on this event day (YYYY-MM-DD) rather than on any day. */
  checkedInOn?: string;
  visaLetterNeeded?: boolean;
}

export interface AudienceMember {
  registrationId: string | null;
  email: string;
  name: string;
  title: string;
  language: string;
  delegation: string | null;
}

/** The narrow read other libraries use to address delegates (messages); registration keeps its tables. */
@Injectable()
export class RegistrationAudienceService {
  constructor(private readonly dataSource: DataSource) {}

  async members(eventId: string, audience: RegistrationAudience): Promise<AudienceMember[]> {
    const params: unknown[] = [eventId];
    const where = ['r.event_id = $1'];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replaceAll('?', `$${params.length}`));
    };
    if (audience.states?.length) add('r.state = ANY(?::text[])', audience.states);
    if (audience.categories?.length) add('c.code = ANY(?::text[])', audience.categories);
    if (audience.countries?.length)
      add(
        'r.country = ANY(?::text[])',
        audience.countries.map((country) => country.toUpperCase()),
      );
    if (audience.delegationId) add('r.delegation_id = ?::uuid', audience.delegationId);
    if (audience.delegationHead !== undefined) add('r.is_delegation_head = ?', audience.delegationHead);
    if (audience.sessionId)
      add(`EXISTS (SELECT 1 FROM agenda_entries a WHERE a.registration_id = r.id AND a.session_id = ?::uuid AND a.state = 'signed-up')`, audience.sessionId);
    if (audience.visaLetterNeeded !== undefined) add('r.visa_letter_needed = ?', audience.visaLetterNeeded);
    if (audience.checkedIn !== undefined) {
      params.push(audience.checkedInOn ?? null);
      const day = `$${params.length}::date`;
      add(`EXISTS (SELECT 1 FROM check_ins ci WHERE ci.registration_id = r.id AND (${day} IS NULL OR ci.event_day = ${day})) = ?`, audience.checkedIn);
    }
    return this.dataSource.query(
      `SELECT r.id AS "registrationId", r.email, r.full_name AS name, r.title, r.language, d.city AS delegation
         FROM registrations r
         JOIN registration_categories c ON c.id = r.category_id
         LEFT JOIN delegations d ON d.id = r.delegation_id
        WHERE ${where.join(' AND ')}
        ORDER BY r.queue_number`,
      params,
    );
  }
}
