import {
  type DocumentFonts,
  type DocumentIdentity,
  type DocumentSignatory,
  drawLetterhead,
  drawSignatures,
  eventNameIn,
  MixedScriptText,
} from '@app/documents';
import PDFDocument from 'pdfkit';
import { DateTime } from 'luxon';
import type { CostBearer } from '../protocol/protocol.dto.js';
import { LETTER_TEXT, letterCountry, letterDate, type LetterFacts, type VisaLetterLanguage } from '../protocol/visa-letter-text.js';

export interface VisaLetterEvent {
  name: string;
  /** Venue, city and country, as the letter names where the event is held. */
  address: string;
  timeZone: string;
  /** Calendar dates (YYYY-MM-DD) in the event's time zone. */
  startDate: string;
  endDate: string;
}

export interface VisaLetterDelegate {
  honorific: string;
  passportName: string;
  nationality: string;
  dateOfBirth: string;
  passportNumber: string;
  passportExpiry: string;
  consulate: string;
  position: string;
  organisation: string;
  categoryName: string;
  /** The script the delegate's own words are written in, for the font. */
  language: string;
}

export interface VisaLetter {
  reference: string;
  /** When the letter is issued; shown as a date in the event's time zone. */
  issuedAt: Date;
  bears: CostBearer;
  /** The event identity's signatories, with their signature images. */
  signatories: DocumentSignatory[];
  verification: { url: string; code: string };
  /** English always, then the event's other language when asked. */
  languages: VisaLetterLanguage[];
}

// A4, in points.
const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 60;
const INK = '#1b1b1b';

/**
 * The invitation letter a delegate takes to a consulate: addressed to the mission they named, with their
 * identity exactly as their passport shows it, who pays, who signs, and a code the consulate can check.
 * One page per language, each complete on its own.
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
    autoFirstPage: false,
    info: { Title: `Invitation letter — ${event.name}`, Subject: letter.reference, Creator: 'Plenary' },
  });
  const text = new MixedScriptText(doc, fonts);
  for (const language of letter.languages) {
    doc.addPage();
    page(doc, text, identity, event, delegate, letter, language);
  }
  doc.end();
  return doc;
}

function page(
  doc: PDFKit.PDFDocument,
  text: MixedScriptText,
  identity: DocumentIdentity,
  event: VisaLetterEvent,
  delegate: VisaLetterDelegate,
  letter: VisaLetter,
  language: VisaLetterLanguage,
): void {
  const t = LETTER_TEXT[language];
  const width = WIDTH - 2 * MARGIN;
  const paragraph = (
    content: string,
    y: number,
    options: { size?: number; weight?: 'regular' | 'bold'; align?: 'left' | 'center' | 'right'; x?: number; width?: number; script?: string } = {},
  ) =>
    y +
    text.draw(content, {
      x: options.x ?? MARGIN,
      y,
      width: options.width ?? width,
      maxSize: options.size ?? 10.5,
      maxLines: 12,
      weight: options.weight,
      align: options.align,
      color: INK,
      language: options.script ?? language,
    });
  const day = (iso: string) => letterDate(DateTime.fromISO(iso, { zone: event.timeZone }), language);
  const facts: LetterFacts = {
    organiser: identity.organiserName || eventNameIn(identity, language),
    event: eventNameIn(identity, language),
    venue: event.address,
    from: day(event.startDate),
    to: day(event.endDate),
    reference: letter.reference,
    issued: letterDate(DateTime.fromJSDate(letter.issuedAt, { zone: event.timeZone }), language),
    bears: letter.bears,
  };

  let y = MARGIN + drawLetterhead(doc, text, identity, { x: MARGIN, y: MARGIN, width }, { language }) + 14;
  paragraph(t.reference(facts), y, { size: 10 });
  y = paragraph(t.issued(facts), y, { size: 10, align: 'right' }) + 14;

  paragraph(t.to, y, { weight: 'bold', width: 70 });
  y = paragraph(delegate.consulate, y, { x: MARGIN + 70, width: width - 70, weight: 'bold', script: delegate.language });
  y = paragraph(t.visaSection, y, { x: MARGIN + 70, width: width - 70 }) + 14;

  y = paragraph(t.heading, y, { size: 13, weight: 'bold', align: 'center' }) + 12;
  y = paragraph(t.salutation, y) + 6;
  y = paragraph(t.invitation(facts), y) + 10;

  const rows: [string, string, string?][] = [
    [t.rows.name, [delegate.honorific, delegate.passportName].filter(Boolean).join(' '), delegate.language],
    [t.rows.nationality, letterCountry(delegate.nationality, language)],
    [t.rows.dateOfBirth, day(delegate.dateOfBirth)],
    [t.rows.passportNumber, delegate.passportNumber],
    [t.rows.passportExpiry, day(delegate.passportExpiry)],
    [t.rows.position, delegate.position, delegate.language],
    [t.rows.organisation, delegate.organisation, delegate.language],
    [t.rows.participation, delegate.categoryName, delegate.language],
  ];
  for (const [label, value, script] of rows.filter(([, value]) => value)) {
    paragraph(label, y, { weight: 'bold', width: 160 });
    y = paragraph(value, y, { x: MARGIN + 170, width: width - 170, script }) + 3;
  }
  y += 10;
  y = paragraph(t.costs[letter.bears](facts), y) + 6;
  y = paragraph(t.request(facts), y) + 16;
  y = paragraph(t.closing, y) + 12;

  // Signed as every document of the event is: each signatory's signature image above the line, name and title below.
  y += drawSignatures(doc, text, letter.signatories.length > 0 ? letter.signatories : [{ name: '', title: '' }], { x: MARGIN, y, width }) + 8;
  paragraph(t.onBehalf(facts), y, { align: 'center' });

  const footer = HEIGHT - MARGIN - 14;
  doc
    .moveTo(MARGIN, footer - 6)
    .lineTo(WIDTH - MARGIN, footer - 6)
    .lineWidth(0.5)
    .strokeColor('#bbbbbb')
    .stroke();
  paragraph(t.verify(letter.verification.url, letter.verification.code), footer, { size: 8.5 });
}
