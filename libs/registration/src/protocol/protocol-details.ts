import { Injectable } from '@nestjs/common';
import { isKnownCountry } from '@app/countries';
import { EventsService } from '@app/events';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { RegistrationError } from '../registration.error.js';
import { PASSPORT_FIELDS, type ProtocolDetailsDto, type ProtocolDetailsResponse } from './protocol.dto.js';

/** Consulates commonly ask that a passport stays valid six months beyond the stay. */
const VALID_BEYOND_STAY = { months: 6 };

export interface ProtocolOwner {
  id: string;
  eventId: string;
  visaLetterNeeded: boolean;
}

interface ProtocolRow {
  honorific: string;
  passportName: string | null;
  nationality: string | null;
  dateOfBirth: string | null;
  passportNumber: string | null;
  passportExpiry: string | null;
  consulate: string | null;
  erasedAt: Date | null;
}

export const PROTOCOL_COLUMNS = `honorific, passport_name AS "passportName", nationality, date_of_birth::text AS "dateOfBirth",
  passport_number AS "passportNumber", passport_expiry::text AS "passportExpiry", consulate, erased_at AS "erasedAt"`;

export function toProtocolResponse(row: ProtocolRow | undefined): ProtocolDetailsResponse {
  return {
    honorific: row?.honorific ?? '',
    passportName: row?.passportName ?? null,
    nationality: row?.nationality ?? null,
    dateOfBirth: row?.dateOfBirth ?? null,
    passportNumber: row?.passportNumber ?? null,
    passportExpiry: row?.passportExpiry ?? null,
    consulate: row?.consulate ?? null,
    erasedAt: row?.erasedAt ? new Date(row.erasedAt).toISOString() : null,
  };
}

export async function readProtocol(manager: EntityManager, registrationId: string): Promise<ProtocolDetailsResponse> {
  const [row] = await manager.query(`SELECT ${PROTOCOL_COLUMNS} FROM registration_protocol WHERE registration_id = $1`, [registrationId]);
  return toProtocolResponse(row);
}

/**
 * Writes a registration's protocol details inside the caller's transaction. Passport data is kept only
 * while a visa letter is asked for; given at all, it must be whole, plausible and valid long enough,
 * and once erased (by the delegate or the retention date) it is not taken again.
 */
@Injectable()
export class ProtocolDetailsWriter {
  constructor(private readonly events: EventsService) {}

  async save(manager: EntityManager, owner: ProtocolOwner, input: ProtocolDetailsDto | undefined): Promise<void> {
    const [current] = await manager.query(`SELECT ${PROTOCOL_COLUMNS} FROM registration_protocol WHERE registration_id = $1 FOR UPDATE`, [owner.id]);
    const merged = { ...toProtocolResponse(current), ...stripUndefined(input ?? {}) };
    const given = PASSPORT_FIELDS.filter((field) => merged[field]);
    if (!owner.visaLetterNeeded) for (const field of PASSPORT_FIELDS) merged[field] = null;
    else if (given.length > 0) {
      if (current?.erasedAt && PASSPORT_FIELDS.some((field) => input?.[field]))
        throw new RegistrationError('PASSPORT_DATA_ERASED', 'Passport data of this registration was erased and is not taken again');
      const missing = PASSPORT_FIELDS.filter((field) => !merged[field]);
      if (missing.length > 0)
        throw new RegistrationError('PASSPORT_DETAILS_INCOMPLETE', `A visa letter needs all passport details; missing: ${missing.join(', ')}`, {
          fields: missing.join(', '),
        });
      await this.validate(owner.eventId, merged);
    }
    if (!current && !input) return;
    await manager.query(
      `INSERT INTO registration_protocol (registration_id, honorific, passport_name, nationality, date_of_birth, passport_number, passport_expiry, consulate)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (registration_id) DO UPDATE SET honorific = $2, passport_name = $3, nationality = $4, date_of_birth = $5,
         passport_number = $6, passport_expiry = $7, consulate = $8, updated_at = now()`,
      [
        owner.id,
        merged.honorific ?? '',
        merged.passportName || null,
        merged.nationality ? merged.nationality.toUpperCase() : null,
        merged.dateOfBirth || null,
        merged.passportNumber || null,
        merged.passportExpiry || null,
        merged.consulate || null,
      ],
    );
  }

  private async validate(eventId: string, details: ProtocolDetailsResponse): Promise<void> {
    const nationality = details.nationality!.toUpperCase();
    if (!isKnownCountry(nationality))
      throw new RegistrationError('NATIONALITY_UNKNOWN', `Unknown nationality "${details.nationality}"`, { nationality: details.nationality });
    if (!/^[A-Z0-9]{5,20}$/.test(details.passportNumber!))
      throw new RegistrationError('PASSPORT_NUMBER_INVALID', 'A passport number has 5 to 20 letters and digits');
    const born = DateTime.fromISO(details.dateOfBirth!, { zone: 'utc' });
    if (!born.isValid || born.year < 1900 || born > DateTime.utc())
      throw new RegistrationError('DATE_OF_BIRTH_INVALID', `${details.dateOfBirth} is not a possible date of birth`, { dateOfBirth: details.dateOfBirth });
    const event = await this.events.findById(eventId);
    const validUntil = DateTime.fromISO(event.endDate, { zone: 'utc' }).plus(VALID_BEYOND_STAY).toISODate()!;
    const expiry = DateTime.fromISO(details.passportExpiry!, { zone: 'utc' });
    if (!expiry.isValid || expiry.toISODate()! < validUntil)
      throw new RegistrationError('PASSPORT_EXPIRES_TOO_SOON', `The passport must be valid until at least ${validUntil}`, { validUntil });
  }
}

function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
