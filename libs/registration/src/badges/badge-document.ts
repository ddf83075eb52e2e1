import { countryName } from '@app/countries';
import { type DocumentFonts, MixedScriptText } from '@app/documents';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface BadgeHolder {
  fullName: string;
  organisation: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  categoryCode: string;
  categoryName: string;
  badgeCode: string;
  /** How Han characters in their name are drawn (ja, ko, zh): their country's writing, else their language. */
  language: string;
}

export interface BadgeEvent {
  name: string;
  /** The event identity's main colour, for the header band. */
  colour?: string;
  /** PNG or JPEG, drawn at the left of the header. */
  emblem?: Buffer;
}

// A6 portrait, the usual badge insert: 105 × 148 mm.
const WIDTH = 297.64;
const HEIGHT = 419.53;
const MARGIN = 18;
const HEADER = 78;
const FOOTER = 56;
const QR_SIZE = 128;
const INK = '#1b1b1b';
const HEADER_COLOUR = '#1d3557';
// One colour per category, the same on every badge of the event, so staff can tell them apart at a glance.
const CATEGORY_COLOURS = ['#c1121f', '#2a9d8f', '#6a4c93', '#bc6c25', '#457b9d', '#588157', '#9d0208', '#264653'];

function categoryColour(code: string): string {
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return CATEGORY_COLOURS[hash % CATEGORY_COLOURS.length];
}

/**
 * A PDF of badges, one A6 page each, as a stream: pages go out as they are drawn, and the event loop
 * gets a turn between badges, so a list of a thousand delegates neither blocks the api nor waits whole
 * in memory. The fonts follow at the end, subset to the glyphs used.
 */
export function badgeDocument(fonts: DocumentFonts, event: BadgeEvent, holders: BadgeHolder[]): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: [WIDTH, HEIGHT], margin: 0, autoFirstPage: false, info: { Title: `Badges — ${event.name}`, Creator: 'Plenary' } });
  const text = new MixedScriptText(doc, fonts);
  void (async () => {
    for (const [index, holder] of holders.entries()) {
      if (index > 0) await nextTurn();
      if (doc.destroyed) return;
      drawBadge(doc, text, event, holder);
    }
    doc.end();
  })().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}

function drawBadge(doc: PDFKit.PDFDocument, text: MixedScriptText, event: BadgeEvent, holder: BadgeHolder): void {
  doc.addPage({ size: [WIDTH, HEIGHT], margin: 0 });
  const inner = WIDTH - 2 * MARGIN;

  doc.rect(0, 0, WIDTH, HEADER).fill(event.colour ?? HEADER_COLOUR);
  const emblem = event.emblem ? 46 : 0;
  if (event.emblem) doc.image(event.emblem, MARGIN, (HEADER - emblem) / 2, { fit: [emblem, emblem], align: 'center', valign: 'center' });
  const titleX = MARGIN + (emblem ? emblem + 8 : 0);
  const titleWidth = inner - (titleX - MARGIN);
  const eventHeight = text.measureHeight(event.name, { width: titleWidth, maxSize: 13, minSize: 8, maxLines: 3, weight: 'bold' });
  text.draw(event.name, {
    x: titleX,
    y: (HEADER - eventHeight) / 2,
    width: titleWidth,
    maxSize: 13,
    minSize: 8,
    maxLines: 3,
    weight: 'bold',
    align: 'center',
    color: '#ffffff',
  });

  let y = HEADER + 18;
  y += text.draw(holder.fullName, {
    x: MARGIN,
    y,
    width: inner,
    maxSize: 24,
    minSize: 12,
    maxLines: 2,
    weight: 'bold',
    align: 'center',
    color: INK,
    language: holder.language,
  });
  if (holder.organisation) {
    y += 4;
    y += text.draw(holder.organisation, {
      x: MARGIN,
      y,
      width: inner,
      maxSize: 12,
      minSize: 8,
      maxLines: 2,
      align: 'center',
      color: '#333333',
      language: holder.language,
    });
  }
  const place = [holder.city, countryName(holder.country)].filter(Boolean).join(', ');
  y += 2;
  text.draw(place, { x: MARGIN, y, width: inner, maxSize: 11, minSize: 8, maxLines: 1, align: 'center', color: '#555555', language: holder.language });

  const qrTop = HEIGHT - FOOTER - 24 - QR_SIZE;
  drawQrCode(doc, holder.badgeCode, (WIDTH - QR_SIZE) / 2, qrTop, QR_SIZE);
  text.draw(holder.badgeCode, { x: MARGIN, y: qrTop + QR_SIZE + 3, width: inner, maxSize: 12, align: 'center', color: INK });

  doc.rect(0, HEIGHT - FOOTER, WIDTH, FOOTER).fill(categoryColour(holder.categoryCode));
  const category = holder.categoryName.toLocaleUpperCase('en');
  const categoryHeight = text.measureHeight(category, { width: inner, maxSize: 18, minSize: 9, maxLines: 1, weight: 'bold' });
  text.draw(category, {
    x: MARGIN,
    y: HEIGHT - FOOTER + (FOOTER - categoryHeight) / 2,
    width: inner,
    maxSize: 18,
    minSize: 9,
    maxLines: 1,
    weight: 'bold',
    align: 'center',
    color: '#ffffff',
  });
}

/** The badge code as a QR code of filled squares (vector, so it prints sharp at any size). */
export function drawQrCode(doc: PDFKit.PDFDocument, content: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(content, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    // One rectangle per run of dark cells in a row: fewer operators, no seams between cells.
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
        start = -1;
      }
    }
  }
  doc.fill(INK);
  doc.restore();
}
