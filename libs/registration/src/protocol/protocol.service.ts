import { Injectable } from '@nestjs/common';
import type { AuthUser, EventRef } from '@app/auth';
import { EventsService } from '@app/events';
import { DataSource } from 'typeorm';
import type { RegistrationListQuery } from '../dto/registration.dto.js';
import { RegistrationQueryService } from '../registration-query.service.js';
import { RegistrationService } from '../registration.service.js';
import { RegistrationError } from '../registration.error.js';
import { passportAccessLog, recordPassportAccess } from './passport-audit.js';
import { readProtocol } from './protocol-details.js';
import type { PassportAccessListResponse, ProtocolDetailsResponse, VisaLetterVerificationResponse } from './protocol.dto.js';

export const organiserActor = (user: AuthUser) => ({ kind: 'organiser' as const, id: user.id, email: user.email });

/**
 * Who may read a delegate's protocol and passport details: the delegate through their private link, and
 * the organisers, each organiser read leaving a line in the audit trail in the same transaction.
 */
@Injectable()
export class ProtocolService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly queries: RegistrationQueryService,
    private readonly events: EventsService,
  ) {}

  async forDelegate(token: string): Promise<ProtocolDetailsResponse> {
    const registration = await this.registrations.findByToken(token);
    return readProtocol(this.dataSource.manager, registration.id);
  }

  async forOrganiser(event: EventRef, registrationId: string, user: AuthUser): Promise<ProtocolDetailsResponse> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.registrations.findInEvent(event.id, registrationId, manager);
      const details = await readProtocol(manager, registration.id);
      if (details.passportNumber) await recordPassportAccess(manager, { eventId: event.id, registrationId, actor: organiserActor(user), action: 'view' });
      return details;
    });
  }

  /** Passport columns only when asked for by name; asking is recorded whether or not a row holds any. */
  async csv(event: EventRef, query: RegistrationListQuery & { include?: string }, user: AuthUser): Promise<string> {
    const includePassport = query.include === 'passport';
    if (!includePassport) return this.queries.csv(event.id, query);
    return this.dataSource.transaction(async (manager) => {
      await recordPassportAccess(manager, { eventId: event.id, actor: organiserActor(user), action: 'export', detail: 'registrations.csv?include=passport' });
      return this.queries.csv(event.id, query, true);
    });
  }

  accessLog(event: EventRef): Promise<PassportAccessListResponse> {
    return passportAccessLog(this.dataSource.manager, event.id);
  }

  /** A consulate checks a letter: the name, the event and its dates, nothing more. */
  async verify(code: string): Promise<VisaLetterVerificationResponse> {
    const normalised = code.trim().toUpperCase();
    const [row] = /^[A-Z0-9-]{6,40}$/.test(normalised)
      ? await this.dataSource.query(
          `SELECT r.full_name AS "fullName", r.event_id AS "eventId" FROM registration_protocol p JOIN registrations r ON r.id = p.registration_id
            WHERE p.verification_code = $1 AND r.state = 'confirmed'`,
          [normalised],
        )
      : [];
    if (!row) throw new RegistrationError('VISA_LETTER_CODE_UNKNOWN', 'No visa letter has this verification code');
    const event = await this.events.findById(row.eventId);
    return { code: normalised, fullName: row.fullName, event: event.name, startDate: event.startDate, endDate: event.endDate };
  }
}
