import { countryName } from '@app/countries';
import { type DocumentFonts, type DocumentIdentity, documentDate, drawLetterhead, MixedScriptText } from '@app/documents';
import PDFDocument from 'pdfkit';
import { visaLetterWords } from './visa-letter-words.js';

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
  /** The language the letter is printed in (default en, which consulates read). */
  language?: string;
}

// A4, in points.
const WIDTH = 595.28;
const MARGIN = 64;
const INK = '#1b1b1b';

/**
 * The invitation letter a delegate takes to a consulate: in English, which consulates read, or in Thai for the host's own missions, with the
 * delegate's name as they wrote it and their particulars set out so an officer can check them.
 */
export function visaLetterDocument(
  fonts: DocumentFonts,
  identity: DocumentIdentity,
  event: VisaLetterEvent,
  delegate: VisaLetterDelegate,
  letter: VisaLetter,
): PDFKit.PDFDocument {
  const language = letter.language ?? 'en';
  const words = visaLetterWords(language);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: words.title(event.name), Subject: letter.reference, Creator: 'Plenary' },
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
  const venue = [event.venue, event.city, countryName(event.country, language)].filter(Boolean).join(', ');
  const from = documentDate(event.startDate, language);
  const to = documentDate(event.endDate, language);
  const dates = event.startDate === event.endDate ? words.onDay(from) : words.fromTo(from, to);
  const issued = documentDate(letter.issuedAt, language, event.timeZone);

  let y = MARGIN;
  y += drawLetterhead(doc, text, { ...identity, organiserName: identity.organiserName || host }, { x: MARGIN, y, width });
  y = paragraph(venue, y + 4, { size: 10 });
  y += 18;

  paragraph(`${words.reference}: ${letter.reference}`, y, { size: 10 });
  y = paragraph(`${words.issued}: ${issued}`, y, { size: 10, align: 'right' });
  y += 20;

  y = paragraph(words.heading, y, { size: 13, weight: 'bold', align: 'center' });
  y += 16;
  y = paragraph(words.salutation, y);
  y += 10;
  y = paragraph(words.confirm(event.name, venue, dates, event.timeZone), y, { language });
  y += 14;

  const rows: [string, string][] = [
    [words.rows.name, delegate.fullName],
    [words.rows.title, delegate.title],
    [words.rows.organisation, delegate.organisation],
    [words.rows.city, delegate.city],
    [words.rows.country, countryName(delegate.country, language)],
    [words.rows.participation, delegate.categoryName],
  ];
  for (const [label, value] of rows.filter(([, value]) => value)) {
    paragraph(label, y, { weight: 'bold', width: 130 });
    y = paragraph(value, y, { x: MARGIN + 140, width: width - 140, language: delegate.language }) + 4;
  }
  y += 10;
  y = paragraph(words.request, y, { language });
  y += 10;
  y = paragraph(words.quote(letter.reference), y, { language });
  y += 24;
  y = paragraph(words.closing, y);
  y += 36;
  y = paragraph(host, y, { weight: 'bold' });
  paragraph(words.onBehalf(event.name), y, { language });
  doc.end();
  return doc;
}
