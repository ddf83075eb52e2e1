import { hanWritingOf } from '@app/countries';
import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { DocumentFonts, documentDate, type PdfFile } from '@app/documents';
import { eventDirectory, EventIdentityService } from '@app/events';
import { agendaSessions } from '@app/programme';
import { DataSource } from 'typeorm';
import { localisedTitle } from '../agenda/session-text.js';
import { RegistrationError } from '../registration.error.js';
import { RegistrationService } from '../registration.service.js';
import { type AttendanceCertificate, attendanceCertificateDocument } from './attendance-certificate-document.js';

interface Attendee {
  id: string;
  fullName: string;
  language: string;
  country: string;
  days: string[];
  sessionIds: string[];
}

const SHIPPED = ['en', 'vi', 'th'];

/**
 * Certificates of attendance, from the days a delegate was checked in and the sessions whose door scanned
 * them. Practice scans live in their own table, so a rehearsal never earns one.
 */
@Injectable()
export class AttendanceCertificateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly fonts: DocumentFonts,
    private readonly identity: EventIdentityService,
  ) {}

  /** The delegate's own, from their private link, in their language unless they ask for another. */
  async delegateCertificate(token: string, language?: string): Promise<PdfFile> {
    const registration = await this.registrations.findByToken(token);
    const [attendee] = await this.attendees(registration.eventId, registration.id);
    if (!attendee) {
      throw new RegistrationError('CERTIFICATE_NOT_ATTENDED', 'A certificate of attendance is issued once the delegate has been checked in at the event', {
        state: registration.state,
      });
    }
    const event = await eventDirectory.details(this.dataSource.manager, registration.eventId);
    const [certificate] = await this.certificates(event, [{ ...attendee, language: language ?? attendee.language }]);
    return {
      filename: `certificate-${registration.fullName}.pdf`,
      stream: attendanceCertificateDocument(this.fonts, await this.identity.forDocuments(event), [certificate]),
    };
  }

  /** Every delegate who attended, each in their own language, for the organisers to print or send. */
  async eventCertificates(event: EventContext): Promise<PdfFile> {
    const attendees = await this.attendees(event.id);
    if (attendees.length === 0)
      throw new RegistrationError('NO_CERTIFICATES_TO_ISSUE', 'Nobody has been checked in yet: there is no certificate of attendance to issue');
    return {
      filename: `certificates-of-attendance-${event.slug}.pdf`,
      stream: attendanceCertificateDocument(this.fonts, await this.identity.forDocuments(event), await this.certificates(event, attendees)),
    };
  }

  private async attendees(eventId: string, registrationId?: string): Promise<Attendee[]> {
    return this.dataSource.query(
      `SELECT r.id, r.full_name AS "fullName", r.language, r.country,
              coalesce((SELECT array_agg(ci.event_day::text ORDER BY ci.event_day) FROM check_ins ci WHERE ci.registration_id = r.id), '{}') AS days,
              coalesce((SELECT array_agg(a.session_id ORDER BY a.scanned_at) FROM session_attendances a WHERE a.registration_id = r.id), '{}') AS "sessionIds"
         FROM registrations r
        WHERE r.event_id = $1 AND ($2::uuid IS NULL OR r.id = $2)
          AND (EXISTS (SELECT 1 FROM check_ins ci WHERE ci.registration_id = r.id)
               OR EXISTS (SELECT 1 FROM session_attendances a WHERE a.registration_id = r.id))
        ORDER BY r.full_name, r.id`,
      [eventId, registrationId ?? null],
    );
  }

  private async certificates(event: { timeZone: string; languages: string[] }, attendees: Attendee[]): Promise<AttendanceCertificate[]> {
    const sessions = await agendaSessions.byIds(
      this.dataSource.manager,
      attendees.flatMap((attendee) => attendee.sessionIds),
    );
    const today = new Date();
    return attendees.map((attendee) => {
      const language = SHIPPED.includes(attendee.language) ? attendee.language : 'en';
      return {
        fullName: attendee.fullName,
        language,
        nameLanguage: hanWritingOf(attendee.country),
        days: attendee.days.map((day) => documentDate(day, language)),
        sessions: attendee.sessionIds.flatMap((id) => {
          const session = sessions.get(id);
          return session ? [localisedTitle(session.title, [language, ...event.languages])] : [];
        }),
        issuedOn: documentDate(today, language, event.timeZone),
      };
    });
  }
}
