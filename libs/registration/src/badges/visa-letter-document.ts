import { countryName } from '@app/countries';
import { type DocumentFonts, type DocumentIdentity, drawLetterhead, MixedScriptText } from '@app/documents';
import PDFDocument from 'pdfkit';
import { DateTime } from 'luxon';

export interface VisaLetterEvent {
  name: string;
  organiser: string;
  venue: string;
  city: string;
  country: string;
  timeZone: string;
  /** Calendar dates (YYYY-MM-DD) in the event's time zone. */
  startDate: string;
  endDate: string;
}

export interface VisaLetterDelegate {
  fullName: string;
  title: string;
  organisation: string;
  city: string;
  country: string;
  categoryName: string;
  language: string;
}

export interface VisaLetter {
  reference: string;
  /** When the letter is issued; shown as a date in the event's time zone. */
  issuedAt: Date;
}

// A4, in points.
const WIDTH = 595.28;
const MARGIN = 64;
const INK = '#1b1b1b';

/** "6 May 2030", a day of the event's calendar: no conversion, it already is the event's date. */
export function eventDate(date: string, timeZone: string): string {
  return DateTime.fromISO(date, { zone: timeZone }).setLocale('en-GB').toFormat('d MMMM yyyy');
}

/**
 * The invitation letter a delegate takes to a consulate: in English, which consulates read, with the
 * delegate's name as they wrote it and their particulars set out so an officer can check them.
 */
export function visaLetterDocument(
  fonts: DocumentFonts,
  identity: DocumentIdentity,
  event: VisaLetterEvent,
  delegate: VisaLetterDelegate,
  letter: VisaLetter,
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Invitation letter — ${event.name}`, Subject: letter.reference, Creator: 'Plenary' },
  });
  const text = new MixedScriptText(doc, fonts);
  const width = WIDTH - 2 * MARGIN;
  const paragraph = (
    content: string,
    y: number,
    options: { size?: number; weight?: 'regular' | 'bold'; align?: 'left' | 'center' | 'right'; x?: number; width?: number; language?: string } = {},
  ) =>
    y +
    text.draw(content, {
      x: options.x ?? MARGIN,
      y,
      width: options.width ?? width,
      maxSize: options.size ?? 11,
      maxLines: 40,
      weight: options.weight,
      align: options.align,
      color: INK,
      language: options.language,
    });

  const host = event.organiser || event.name;
  const venue = [event.venue, event.city, countryName(event.country)].filter(Boolean).join(', ');
  const from = eventDate(event.startDate, event.timeZone);
  const to = eventDate(event.endDate, event.timeZone);
  const dates = event.startDate === event.endDate ? `on ${from}` : `from ${from} to ${to}`;
  const issued = DateTime.fromJSDate(letter.issuedAt, { zone: event.timeZone }).setLocale('en-GB').toFormat('d MMMM yyyy');

  let y = MARGIN;
  y += drawLetterhead(doc, text, { ...identity, organiserName: identity.organiserName || host }, { x: MARGIN, y, width });
  y = paragraph(venue, y + 4, { size: 10 });
  y += 18;

  paragraph(`Reference: ${letter.reference}`, y, { size: 10 });
  y = paragraph(`Date of issue: ${issued}`, y, { size: 10, align: 'right' });
  y += 20;

  y = paragraph('INVITATION LETTER FOR VISA APPLICATION', y, { size: 13, weight: 'bold', align: 'center' });
  y += 16;
  y = paragraph('To the consular officer concerned,', y);
  y += 10;
  y = paragraph(
    `We are pleased to confirm that the person named below is registered and confirmed as a participant in the ${event.name}, ` +
      `to be held at ${venue} ${dates} (dates in the local time of the venue, ${event.timeZone}).`,
    y,
  );
  y += 14;

  const rows: [string, string][] = [
    ['Name', delegate.fullName],
    ['Title / position', delegate.title],
    ['Organisation', delegate.organisation],
    ['City', delegate.city],
    ['Country', countryName(delegate.country)],
    ['Participation', delegate.categoryName],
  ];
  for (const [label, value] of rows.filter(([, value]) => value)) {
    paragraph(label, y, { weight: 'bold', width: 130 });
    y = paragraph(value, y, { x: MARGIN + 140, width: width - 140, language: delegate.language }) + 4;
  }
  y += 10;
  y = paragraph(
    `We kindly request that the participant be granted the visa needed to attend the conference. This letter is issued solely in support ` +
      `of a visa application; it does not commit the organisers to any cost of travel, accommodation or stay unless agreed separately in writing.`,
    y,
  );
  y += 10;
  y = paragraph(`Please quote the reference ${letter.reference} in any enquiry about this letter.`, y);
  y += 24;
  y = paragraph('Yours faithfully,', y);
  y += 36;
  y = paragraph(host, y, { weight: 'bold' });
  paragraph(`On behalf of the organisers of the ${event.name}`, y);
  doc.end();
  return doc;
}
