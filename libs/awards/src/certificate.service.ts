import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { DocumentFonts, documentDate, type PdfFile } from '@app/documents';
import { DataSource } from 'typeorm';
import { certificateDocument } from './certificate-document.js';
import { RoundsService } from './rounds.service.js';
import { AwardsError } from './awards.error.js';

/** Certificates for the confirmed winners of a round: one city's, or every winner's in one PDF. */
@Injectable()
export class CertificateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly fonts: DocumentFonts,
  ) {}

  async forRound(event: EventContext, roundId: string, nominationId?: string, language = 'en'): Promise<PdfFile> {
    const round = await this.rounds.find(event, roundId);
    const winners: { city: string; country: string }[] = await this.dataSource.query(
      `SELECT c.name AS city, c.country FROM award_nominations n JOIN award_cities c ON c.id = n.city_id
        WHERE n.round_id = $1 AND n.winner AND ($2::uuid IS NULL OR n.id = $2) ORDER BY c.region, c.country, c.search_name`,
      [round.id, nominationId ?? null],
    );
    if (winners.length === 0)
      throw nominationId
        ? new AwardsError('WINNER_NOT_FOUND', 'No such winner in this round')
        : new AwardsError('NO_WINNERS_YET', 'This round has no confirmed winner yet');
    // The date of the release (the ceremony), in the event's own time zone.
    const date = documentDate(round.releasedAt ? new Date(round.releasedAt) : new Date(), language, event.timeZone);
    const certificates = winners.map((winner) => ({ ...winner, award: round.name, year: round.year, date, eventName: event.name, language }));
    const filename = nominationId ? `certificate-${winners[0].city}.pdf` : `certificates-${round.year}.pdf`;
    return { filename, stream: certificateDocument(this.fonts, certificates) };
  }
}
