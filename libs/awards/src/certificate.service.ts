import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { DocumentFonts, documentDate, type PdfFile } from '@app/documents';
import { EventIdentityService } from '@app/events';
import { ProgrammeService } from '@app/programme';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { type Certificate, certificateDocument } from './certificate-document.js';
import { GnlcIntakeService } from './gnlc-intake.service.js';
import { inLanguage, RoundsService } from './rounds.service.js';
import { AwardsError } from './awards.error.js';
import { admissionDay, CERTIFICATE_WORDS, certificateLanguage } from './certificate-words.js';

/** Certificates: an award round's confirmed winners, and the new GNLC members of an intake. */
@Injectable()
export class CertificateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly intakes: GnlcIntakeService,
    private readonly programme: ProgrammeService,
    private readonly identity: EventIdentityService,
    private readonly fonts: DocumentFonts,
  ) {}

  async forRound(event: EventContext, roundId: string, nominationId?: string, language = 'en'): Promise<PdfFile> {
    const printed = certificateLanguage(language);
    const words = CERTIFICATE_WORDS[printed].award;
    const round = await this.rounds.find(event, roundId);
    // The award is named in the certificate's language where the organiser gave it, else in the event's first.
    const { name: award } = inLanguage(round, printed);
    const winners: { nominationId: string; city: string; country: string; sessionId: string | null }[] = await this.dataSource.query(
      `SELECT n.id AS "nominationId", c.name AS city, c.country,
              (SELECT i.session_id FROM ceremony_items i WHERE i.nomination_id = n.id LIMIT 1) AS "sessionId"
         FROM award_nominations n JOIN award_cities c ON c.id = n.city_id
        WHERE n.round_id = $1 AND n.winner AND ($2::uuid IS NULL OR n.id = $2) ORDER BY c.region, c.country, c.search_name`,
      [round.id, nominationId ?? null],
    );
    if (winners.length === 0)
      throw nominationId
        ? new AwardsError('WINNER_NOT_FOUND', 'No such winner in this round')
        : new AwardsError('NO_WINNERS_YET', 'This round has no confirmed winner yet');
    // A certificate is dated the day it is handed over: the ceremony that presents the award, else the release.
    const fallback = round.releasedAt ? new Date(round.releasedAt) : new Date();
    const certificates: Certificate[] = [];
    for (const winner of winners) {
      const ceremony = winner.sessionId ? await this.ceremonyStart(event, winner.sessionId) : undefined;
      certificates.push({
        heading: words.heading,
        honour: award.includes(String(round.year)) ? award : `${award} ${round.year}`,
        conferral: words.conferral,
        city: winner.city,
        country: winner.country,
        date: this.day(event, ceremony ?? fallback, printed),
        language: printed,
      });
    }
    const filename = nominationId ? `certificate-${winners[0].city}.pdf` : `certificates-${round.year}.pdf`;
    return { filename, stream: certificateDocument(this.fonts, await this.identity.forDocuments(event), certificates) };
  }

  /** One page per new member city of the year's intake (or the one asked for), dated the ceremony day. */
  async forGnlcMembers(event: EventContext, year: number, memberId?: string, language = 'en'): Promise<PdfFile> {
    const printed = certificateLanguage(language);
    const words = CERTIFICATE_WORDS[printed].membership;
    const { members, ceremony } = await this.intakes.memberForCertificate(event, year, memberId);
    const date = this.day(event, ceremony?.start ?? DateTime.fromISO(event.startDate, { zone: event.timeZone }).toJSDate(), printed);
    const certificates: Certificate[] = members.map((member) => ({
      heading: words.heading,
      honour: words.honour,
      conferral: words.conferral,
      city: member.city,
      country: member.country,
      statement: words.admitted(admissionDay(member.admittedOn, printed)),
      date,
      language: printed,
    }));
    const filename = memberId ? `gnlc-membership-${members[0].city}.pdf` : `gnlc-membership-${year}.pdf`;
    return { filename, stream: certificateDocument(this.fonts, await this.identity.forDocuments(event), certificates) };
  }

  private async ceremonyStart(event: EventContext, sessionId: string): Promise<Date | undefined> {
    const found = await this.programme.session(event, sessionId).catch(() => undefined);
    return found ? new Date(found.session.start) : undefined;
  }

  /** The day in the event's own time zone. */
  private day(event: EventContext, moment: Date, language = 'en'): string {
    return documentDate(moment, language, event.timeZone);
  }
}
