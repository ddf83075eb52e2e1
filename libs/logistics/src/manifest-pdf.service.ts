import { countryName } from '@app/countries';
import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { DocumentFonts, documentDate, type PdfFile } from '@app/documents';
import { EventIdentityService } from '@app/events';
import { HotelsService } from './hotels.service.js';
import { manifestDocument, printedAt } from './manifest-document.js';
import { manifestLabels } from './manifest-labels.js';
import { TravelService } from './travel.service.js';

/** The rooming list and the transfer manifests on paper, under the event's letterhead, in a shipped language. */
@Injectable()
export class ManifestPdfService {
  constructor(
    private readonly fonts: DocumentFonts,
    private readonly identity: EventIdentityService,
    private readonly hotels: HotelsService,
    private readonly travel: TravelService,
  ) {}

  async rooming(event: EventContext, language: string, now = new Date()): Promise<PdfFile> {
    const labels = manifestLabels(language);
    const [{ blocks }, identity] = await Promise.all([this.hotels.roomingList(event), this.identity.forDocuments(event)]);
    const day = (iso: string) => documentDate(iso, language);
    const stream = manifestDocument(this.fonts, identity, {
      title: labels.roomingTitle,
      subtitle: labels.printed(printedAt(now, language, event.timeZone)),
      language,
      empty: labels.emptyRooming,
      columns: [
        { label: labels.columns.number, share: 0.07 },
        { label: labels.columns.name, share: 0.3, bold: true },
        { label: labels.columns.delegation, share: 0.18 },
        { label: labels.columns.country, share: 0.18 },
        { label: labels.columns.email, share: 0.27 },
      ],
      sections: blocks.map((block) => ({
        heading: `${block.hotel} · ${block.roomType}`,
        detail: `${day(block.checkIn)} – ${day(block.checkOut)} · ${labels.nights(block.nights)} · ${labels.rooms(block.roomsBooked, block.roomsAvailable)}`,
        rows: block.guests.map((guest, index) => [
          String(index + 1),
          guest.fullName,
          guest.delegation ?? '',
          countryName(guest.country, language),
          guest.email,
        ]),
      })),
    });
    return { filename: `rooming-list-${event.slug}.pdf`, stream };
  }

  async transfers(event: EventContext, direction: 'arrival' | 'departure', windowMinutes: number, language: string, now = new Date()): Promise<PdfFile> {
    const labels = manifestLabels(language);
    const [{ windows }, identity] = await Promise.all([this.travel.manifest(event, direction, windowMinutes), this.identity.forDocuments(event)]);
    const time = (local: string) => local.slice(11, 16);
    const stream = manifestDocument(this.fonts, identity, {
      title: labels.transfersTitle[direction],
      subtitle: `${labels.localTimes} ${labels.printed(printedAt(now, language, event.timeZone))}`,
      language,
      empty: labels.emptyTransfers,
      columns: [
        { label: labels.columns.time, share: 0.09, bold: true },
        { label: labels.columns.flight, share: 0.12 },
        { label: labels.columns.name, share: 0.35, bold: true },
        { label: labels.columns.delegation, share: 0.22 },
        { label: labels.columns.country, share: 0.22 },
      ],
      sections: windows.map((window) => ({
        heading: `${window.airport || labels.noAirport} · ${labels.window(documentDate(window.from, language), time(window.from), time(window.to))}`,
        detail: labels.passengers(window.passengers.length),
        rows: window.passengers.map((passenger) => [
          time(passenger.at),
          passenger.flight,
          passenger.fullName,
          passenger.delegation ?? '',
          countryName(passenger.country, language),
        ]),
      })),
    });
    return { filename: `transfers-${direction}-${event.slug}.pdf`, stream };
  }
}
