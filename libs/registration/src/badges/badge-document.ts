import { countryName } from '@app/countries';
import { type DocumentFonts, MixedScriptText } from '@app/documents';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DIETARY_ICONS, type DietaryChoice } from '@app/needs';
import { A4, BADGE_DIMENSIONS, type BadgeField, type BadgeLayout, DEFAULT_BADGE_LAYOUT, drawCropMarks, sheetGrid } from './badge-layout.js';

export interface BadgeHolder {
  fullName: string;
  /** H.E., Dr, Prof. …: printed before the name when the layout asks for it. */
  honorific?: string;
  organisation: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** The delegation's city, for members of a delegation. */
  delegation?: string | null;
  categoryCode: string;
  categoryName: string;
  badgeCode: string;
  /** Printed as small lettered circles when the layout asks for dietary icons. */
  dietaryChoices?: DietaryChoice[];
  /** How Han characters in their name are drawn (ja, ko, zh): their country's writing, else their language. */
  language: string;
  /** The language they read in: the header names the event in it, where the organiser gave the name in it. */
  reads?: string;
}

export interface BadgeEvent {
  name: string;
  /** The event's name in its other languages: `{ vi: 'Hội nghị …' }`. */
  names?: Record<string, string>;
  /** The event identity's main colour, for the header band. */
  colour?: string;
  /** PNG or JPEG, drawn at the left of the header. */
  emblem?: Buffer;
}

const INK = '#1b1b1b';
const HEADER_COLOUR = '#1d3557';
// One colour per category, the same on every badge of the event, so staff can tell them apart at a glance.
const CATEGORY_COLOURS = ['#c1121f', '#2a9d8f', '#6a4c93', '#bc6c25', '#457b9d', '#588157', '#9d0208', '#264653'];
// Sizes below are those of the A6 badge; smaller cards scale them by their area.
const A6_AREA = BADGE_DIMENSIONS.a6.width * BADGE_DIMENSIONS.a6.height;

function categoryColour(code: string): string {
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return CATEGORY_COLOURS[hash % CATEGORY_COLOURS.length];
}

/**
 * A PDF of badges in the event's layout, one card per page or as many as fit on A4 sheets with crop
 * marks, as a stream: pages go out as they are drawn, and the event loop gets a turn between badges, so
 * a list of a thousand delegates neither blocks the api nor waits whole in memory. The fonts follow at
 * the end, subset to the glyphs used.
 */
export function badgeDocument(fonts: DocumentFonts, event: BadgeEvent, holders: BadgeHolder[], layout: BadgeLayout = DEFAULT_BADGE_LAYOUT): PDFKit.PDFDocument {
  const card = BADGE_DIMENSIONS[layout.size];
  const page = layout.sheet ? A4 : card;
  const grid = layout.sheet ? sheetGrid(layout.size) : { columns: 1, rows: 1, left: 0, top: 0 };
  const perPage = grid.columns * grid.rows;
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: `Badges — ${event.name}`, Creator: 'Plenary' },
  });
  const text = new MixedScriptText(doc, fonts);
  void (async () => {
    for (const [index, holder] of holders.entries()) {
      if (index > 0) await nextTurn();
      if (doc.destroyed) return;
      const slot = index % perPage;
      if (slot === 0) {
        doc.addPage({ size: [page.width, page.height], margin: 0 });
        if (layout.sheet) drawCropMarks(doc, layout.size, grid);
      }
      const x = grid.left + (slot % grid.columns) * card.width;
      const y = grid.top + Math.floor(slot / grid.columns) * card.height;
      drawBadge(doc, text, event, holder, layout, { x, y, ...card });
    }
    doc.end();
  })().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}

interface Card {
  x: number;
  y: number;
  width: number;
  height: number;
}

function drawBadge(doc: PDFKit.PDFDocument, text: MixedScriptText, event: BadgeEvent, holder: BadgeHolder, layout: BadgeLayout, card: Card): void {
  const shows = (field: BadgeField) => layout.fields.includes(field);
  const k = Math.min(1, Math.sqrt((card.width * card.height) / A6_AREA));
  const size = (points: number) => Math.max(5, points * k);
  const margin = 18 * k;
  const landscape = card.width > card.height;
  const header = card.height * (landscape ? 0.22 : 0.186);
  const footer = shows('category') ? card.height * (landscape ? 0.16 : 0.133) : 0;
  const inner = card.width - 2 * margin;
  const left = card.x + margin;

  doc.rect(card.x, card.y, card.width, header).fill(event.colour ?? HEADER_COLOUR);
  const emblem = event.emblem ? header * 0.6 : 0;
  if (event.emblem) doc.image(event.emblem, left, card.y + (header - emblem) / 2, { fit: [emblem, emblem], align: 'center', valign: 'center' });
  const titleX = left + (emblem ? emblem + 8 * k : 0);
  const titleWidth = inner - (titleX - left);
  const title = { width: titleWidth, maxSize: size(13), minSize: size(8), maxLines: 3, weight: 'bold' as const };
  const eventName = (holder.reads && event.names?.[holder.reads]) || event.name;
  const eventHeight = text.measureHeight(eventName, title);
  text.draw(eventName, { ...title, x: titleX, y: card.y + (header - eventHeight) / 2, align: 'center', color: '#ffffff' });

  // The QR code sits under the words on a portrait badge and beside them on a landscape card.
  const bodyTop = card.y + header;
  const bodyBottom = card.y + card.height - footer;
  const codeSize = size(12);
  const qr = shows('qr') ? (landscape ? Math.min(bodyBottom - bodyTop - codeSize - 12 * k, 0.36 * card.width) : Math.min(128 * k, 0.3 * card.height)) : 0;
  const wordsWidth = landscape && qr ? inner - qr - margin : inner;
  if (qr) {
    const qrX = landscape ? card.x + card.width - margin - qr : card.x + (card.width - qr) / 2;
    const qrY = landscape ? bodyTop + (bodyBottom - bodyTop - qr - codeSize - 3) / 2 : bodyBottom - 24 * k - qr;
    drawQrCode(doc, holder.badgeCode, qrX, qrY, qr);
    text.draw(holder.badgeCode, { x: qrX - margin / 2, y: qrY + qr + 3, width: qr + margin, maxSize: codeSize, minSize: size(7), align: 'center', color: INK });
  }

  const name = shows('honorific') && holder.honorific ? `${holder.honorific} ${holder.fullName}` : holder.fullName;
  const place = [holder.city, shows('country') ? countryName(holder.country) : ''].filter(Boolean).join(', ');
  const lines: { words: string; maxSize: number; minSize: number; maxLines: number; bold?: boolean; color: string }[] = [
    { words: name, maxSize: size(24), minSize: size(12), maxLines: 2, bold: true, color: INK },
    ...(shows('organisation') && holder.organisation
      ? [{ words: holder.organisation, maxSize: size(12), minSize: size(8), maxLines: 2, color: '#333333' }]
      : []),
    ...(shows('delegation') && holder.delegation
      ? [{ words: holder.delegation, maxSize: size(11), minSize: size(8), maxLines: 1, bold: true, color: '#333333' }]
      : []),
    ...(shows('country') && place ? [{ words: place, maxSize: size(11), minSize: size(8), maxLines: 1, color: '#555555' }] : []),
  ];
  const box = (line: (typeof lines)[number]) => ({
    width: wordsWidth,
    maxSize: line.maxSize,
    minSize: line.minSize,
    maxLines: line.maxLines,
    weight: line.bold ? ('bold' as const) : ('regular' as const),
    language: holder.language,
  });
  const gap = 3 * k;
  const total = lines.reduce((sum, line) => sum + text.measureHeight(line.words, box(line)) + gap, -gap);
  // Centred in the space left beside (landscape) or above (portrait) the QR code.
  const room = landscape || !qr ? bodyBottom - bodyTop : bodyBottom - 24 * k - qr - bodyTop;
  let y = bodyTop + Math.max(8 * k, Math.min(18 * k, (room - total) / 2));
  if (landscape) y = bodyTop + Math.max(4 * k, (room - total) / 2);
  for (const line of lines) y += gap + text.draw(line.words, { ...box(line), x: left, y, align: 'center', color: line.color });

  if (footer) {
    doc.rect(card.x, bodyBottom, card.width, footer).fill(categoryColour(holder.categoryCode));
    const category = holder.categoryName.toLocaleUpperCase('en');
    const band = { width: inner, maxSize: size(18), minSize: size(9), maxLines: 1, weight: 'bold' as const };
    const categoryHeight = text.measureHeight(category, band);
    text.draw(category, { ...band, x: left, y: bodyBottom + (footer - categoryHeight) / 2, align: 'center', color: '#ffffff' });
  }
  if (shows('dietary-icons') && holder.dietaryChoices?.length) drawDietaryIcons(doc, text, holder.dietaryChoices, left, bodyBottom - 4 * k, k);
}

/**
 * One outlined circle per dietary choice with its letters (V, H, GF …) in the bottom-left corner, where
 * neither the centred QR code nor the words reach; Latin capitals, which every badge font has.
 */
function drawDietaryIcons(doc: PDFKit.PDFDocument, text: MixedScriptText, choices: DietaryChoice[], left: number, bottom: number, k: number): void {
  // Readable by serving staff even on the smallest card.
  const diameter = Math.max(11, 16 * k);
  doc
    .save()
    .lineWidth(1.2 * k)
    .strokeColor(INK);
  for (const [index, choice] of choices.entries()) {
    const letters = DIETARY_ICONS[choice];
    const cx = left + diameter / 2 + index * (diameter + 3 * k);
    const cy = bottom - diameter / 2;
    doc.circle(cx, cy, diameter / 2).stroke();
    const box = { width: diameter, maxSize: diameter * (letters.length > 1 ? 0.42 : 0.55), minSize: 4, maxLines: 1, weight: 'bold' as const };
    text.draw(letters, { ...box, x: cx - diameter / 2, y: cy - text.measureHeight(letters, box) / 2, align: 'center', color: INK });
  }
  doc.restore();
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
