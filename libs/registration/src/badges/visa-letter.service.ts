import { hanWritingOf } from '@app/countries';
import { Injectable } from '@nestjs/common';
import { DocumentFonts, type PdfFile } from '@app/documents';
import type { EventRef } from '@app/auth';
import { EventEntity, EventIdentityService, EventsService } from '@app/events';
import { DataSource } from 'typeorm';
import type { RegistrationEntity } from '../registration.entity.js';
import { RegistrationService } from '../registration.service.js';
import { visaLetterDocument } from './visa-letter-document.js';
import { RegistrationError } from '../registration.error.js';

/** Invitation letters for visa applications, for confirmed delegates only. */
@Injectable()
export class VisaLetterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly registrations: RegistrationService,
    private readonly fonts: DocumentFonts,
    private readonly identity: EventIdentityService,
  ) {}

  /** The delegate's own letter: they must be confirmed and have asked for one. */
  async forDelegate(token: string, language = 'en'): Promise<PdfFile> {
    const registration = await this.registrations.findByToken(token);
    this.requireConfirmed(registration);
    if (!registration.visaLetterNeeded) {
      throw new RegistrationError(
        'VISA_LETTER_NOT_REQUESTED',
        'This registration did not ask for a visa letter: set visaLetterNeeded to true in your registration first',
      );
    }
    const event = await this.dataSource.getRepository(EventEntity).findOneByOrFail({ id: registration.eventId });
    return this.letter(event, registration, language);
  }

  /** Organisers may issue a letter to any confirmed delegate, asked for on the form or not. */
  async forOrganiser(ref: EventRef, registrationId: string, language = 'en'): Promise<PdfFile> {
    const event = await this.events.findById(ref.id);
    const registration = await this.registrations.findInEvent(event.id, registrationId);
    this.requireConfirmed(registration);
    return this.letter(event, registration, language);
  }

  private requireConfirmed(registration: RegistrationEntity): void {
    if (registration.state !== 'confirmed') {
      throw new RegistrationError('VISA_LETTER_NOT_CONFIRMED', `A visa letter is issued only for a confirmed registration; this one is ${registration.state}`, {
        state: registration.state,
      });
    }
  }

  private async letter(event: EventEntity, registration: RegistrationEntity, language: string): Promise<PdfFile> {
    const [category] = await this.dataSource.query(`SELECT name FROM registration_categories WHERE id = $1`, [registration.categoryId]);
    // Stable for the registration, so a reprint carries the same reference.
    const reference = `VL-${event.startDate.slice(0, 4)}-${registration.queueNumber.padStart(6, '0')}`;
    const stream = visaLetterDocument(
      this.fonts,
      await this.identity.forDocuments(event),
      event,
      { ...registration, categoryName: category?.name ?? '', language: hanWritingOf(registration.country) ?? registration.language },
      { reference, issuedAt: new Date(), language },
    );
    return { filename: `visa-letter-${registration.fullName}.pdf`, stream };
  }
}
