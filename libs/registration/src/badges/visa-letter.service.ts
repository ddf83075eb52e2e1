import { randomBytes } from 'node:crypto';
import { countryName, hanWritingOf } from '@app/countries';
import { Injectable } from '@nestjs/common';
import type { AuthUser, EventRef } from '@app/auth';
import { AppConfig } from '@app/config';
import { DocumentFonts, type PdfFile } from '@app/documents';
import { EventEntity, EventIdentityService, EventsService } from '@app/events';
import { DataSource, type EntityManager } from 'typeorm';
import type { RegistrationEntity } from '../registration.entity.js';
import { RegistrationService } from '../registration.service.js';
import { visaLetterDocument } from './visa-letter-document.js';
import { RegistrationError } from '../registration.error.js';
import { recordPassportAccess, type PassportActor } from '../protocol/passport-audit.js';
import { readProtocol } from '../protocol/protocol-details.js';
import { PASSPORT_FIELDS } from '../protocol/protocol.dto.js';
import { organiserActor } from '../protocol/protocol.service.js';
import { VISA_LETTER_LANGUAGES, type VisaLetterLanguage } from '../protocol/visa-letter-text.js';
import { VisaLetterSettingsService } from '../protocol/visa-letter-settings.service.js';

/** Ten characters of an alphabet without look-alikes (no 0/O, 1/I/L), grouped for reading aloud. */
function newVerificationCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const chars = [...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Invitation letters for visa applications, for confirmed delegates whose passport details are complete. */
@Injectable()
export class VisaLetterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly registrations: RegistrationService,
    private readonly settings: VisaLetterSettingsService,
    private readonly fonts: DocumentFonts,
    private readonly config: AppConfig,
    private readonly identities: EventIdentityService,
  ) {}

  /** The delegate's own letter: they must be confirmed and have asked for one. */
  async forDelegate(token: string, language?: string): Promise<PdfFile> {
    const registration = await this.registrations.findByToken(token);
    this.requireConfirmed(registration);
    if (!registration.visaLetterNeeded) {
      throw new RegistrationError(
        'VISA_LETTER_NOT_REQUESTED',
        'This registration did not ask for a visa letter: set visaLetterNeeded to true in your registration first',
      );
    }
    const event = await this.events.findById(registration.eventId);
    return this.letter(event, registration, { kind: 'delegate' }, language);
  }

  /** Organisers may issue a letter to any confirmed delegate whose passport details they hold, asked for on the form or not. */
  async forOrganiser(ref: EventRef, registrationId: string, user: AuthUser, language?: string): Promise<PdfFile> {
    const event = await this.events.findById(ref.id);
    const registration = await this.registrations.findInEvent(event.id, registrationId);
    this.requireConfirmed(registration);
    return this.letter(event, registration, organiserActor(user), language);
  }

  private requireConfirmed(registration: RegistrationEntity): void {
    if (registration.state !== 'confirmed') {
      throw new RegistrationError('VISA_LETTER_NOT_CONFIRMED', `A visa letter is issued only for a confirmed registration; this one is ${registration.state}`, {
        state: registration.state,
      });
    }
  }

  private async letter(event: EventEntity, registration: RegistrationEntity, actor: PassportActor, language?: string): Promise<PdfFile> {
    const languages: VisaLetterLanguage[] = ['en'];
    const other = VISA_LETTER_LANGUAGES.find((code) => code === language && code !== 'en' && event.languages.includes(code));
    if (other) languages.push(other);
    const [settings, bears] = await Promise.all([this.settings.get(event), this.settings.costsFor(registration.categoryId)]);
    const { protocol, code, categoryName } = await this.dataSource.transaction(async (manager) => {
      const details = await readProtocol(manager, registration.id);
      const missing = PASSPORT_FIELDS.filter((field) => !details[field]);
      if (missing.length > 0)
        throw new RegistrationError('VISA_LETTER_PASSPORT_MISSING', `A visa letter needs the passport details first; missing: ${missing.join(', ')}`, {
          fields: missing.join(', '),
        });
      const [category] = await manager.query(`SELECT name FROM registration_categories WHERE id = $1`, [registration.categoryId]);
      await recordPassportAccess(manager, { eventId: event.id, registrationId: registration.id, actor, action: 'letter', detail: languages.join('+') });
      return { protocol: details, code: await this.verificationCode(manager, registration.id), categoryName: category?.name ?? '' };
    });
    // Stable for the registration, so a reprint carries the same reference.
    const reference = `VL-${event.startDate.slice(0, 4)}-${registration.queueNumber.padStart(6, '0')}`;
    // The event's identity (settings page) heads and signs the letter as it does every document of the event.
    const identity = await this.identities.forDocuments(event);
    const address = [event.venue, event.city, countryName(event.country)].filter(Boolean).join(', ');
    // Until the identity names its signatories, the one named in the visa-letter settings signs (by hand).
    const signatories = identity.signatories.length > 0 ? identity.signatories : [{ name: settings.signatoryName, title: settings.signatoryTitle }];
    const stream = visaLetterDocument(
      this.fonts,
      identity,
      { ...event, address },
      {
        honorific: protocol.honorific,
        passportName: protocol.passportName!,
        nationality: protocol.nationality!,
        dateOfBirth: protocol.dateOfBirth!,
        passportNumber: protocol.passportNumber!,
        passportExpiry: protocol.passportExpiry!,
        consulate: protocol.consulate!,
        position: registration.title,
        organisation: registration.organisation,
        categoryName,
        language: hanWritingOf(registration.country) ?? registration.language,
      },
      {
        reference,
        issuedAt: new Date(),
        bears,
        signatories,
        verification: { url: `${this.config.PUBLIC_URL}/verify/${code}`, code },
        languages,
      },
    );
    return { filename: `visa-letter-${registration.fullName}.pdf`, stream };
  }

  /** Made once, at the first letter, so every reprint carries the same code. */
  private async verificationCode(manager: EntityManager, registrationId: string): Promise<string> {
    const [rows] = await manager.query(
      `UPDATE registration_protocol SET verification_code = coalesce(verification_code, $2) WHERE registration_id = $1 RETURNING verification_code AS code`,
      [registrationId, newVerificationCode()],
    );
    return rows[0].code;
  }
}
