import type { MixedScriptText } from './mixed-script-text.js';

/** Who signs a document: a name, a title, and the image of their signature when one was given. */
export interface DocumentSignatory {
  name: string;
  title: string;
  /** PNG or JPEG, already checked and re-encoded on upload. */
  signature?: Buffer;
}

/** What makes a document the event's own: its emblem, colours, organiser and signatories. */
export interface DocumentIdentity {
  /** In the event's first language. */
  eventName: string;
  /** In the event's other languages where the organiser gave it: `{ vi: 'Hội nghị …' }`. */
  eventNames?: Record<string, string>;
  organiserName: string;
  /** "#rrggbb" */
  primaryColour: string;
  accentColour: string;
  emblem?: Buffer;
  signatories: DocumentSignatory[];
}

export interface Area {
  x: number;
  y: number;
  width: number;
}

const MUTED = '#555555';

/** The event's name as a document in `language` prints it, else in the event's first language. */
export function eventNameIn(identity: DocumentIdentity, language: string | undefined): string {
  return (language && identity.eventNames?.[language]) || identity.eventName;
}

/**
 * The head of every document an event prints (badges, visa letters, certificates, run of show): the
 * emblem, the organiser and the event, over a rule in the accent colour. Returns the height it took.
 */
export function drawLetterhead(
  doc: PDFKit.PDFDocument,
  text: MixedScriptText,
  identity: DocumentIdentity,
  area: Area,
  options: { centred?: boolean; language?: string } = {},
): number {
  const eventName = eventNameIn(identity, options.language);
  const emblemSize = 54;
  const gap = 12;
  const hasEmblem = !!identity.emblem;
  if (options.centred) {
    let y = area.y;
    if (hasEmblem) {
      doc.image(identity.emblem!, area.x + (area.width - emblemSize) / 2, y, { fit: [emblemSize, emblemSize], align: 'center', valign: 'center' });
      y += emblemSize + 8;
    }
    y += text.draw(identity.organiserName, {
      x: area.x,
      y,
      width: area.width,
      maxSize: 13,
      minSize: 8,
      maxLines: 2,
      weight: 'bold',
      color: identity.primaryColour,
      align: 'center',
    });
    y += 2 + text.draw(eventName, { x: area.x, y: y + 2, width: area.width, maxSize: 10, minSize: 7, maxLines: 2, color: MUTED, align: 'center' });
    return y - area.y;
  }
  const textX = hasEmblem ? area.x + emblemSize + gap : area.x;
  const textWidth = area.width - (textX - area.x);
  if (hasEmblem) doc.image(identity.emblem!, area.x, area.y, { fit: [emblemSize, emblemSize], valign: 'center' });
  let y = area.y + 4;
  y += text.draw(identity.organiserName, {
    x: textX,
    y,
    width: textWidth,
    maxSize: 13,
    minSize: 8,
    maxLines: 2,
    weight: 'bold',
    color: identity.primaryColour,
  });
  y += 2 + text.draw(eventName, { x: textX, y: y + 2, width: textWidth, maxSize: 10, minSize: 7, maxLines: 2, color: MUTED });
  const bottom = Math.max(y, hasEmblem ? area.y + emblemSize : y) + 8;
  doc
    .moveTo(area.x, bottom)
    .lineTo(area.x + area.width, bottom)
    .lineWidth(1.5)
    .stroke(identity.accentColour);
  return bottom + 2 - area.y;
}

/**
 * Signature lines side by side across the area: the signature image above the line, the name and
 * title below it. Returns the height it took.
 */
export function drawSignatures(doc: PDFKit.PDFDocument, text: MixedScriptText, signatories: DocumentSignatory[], area: Area): number {
  if (signatories.length === 0) return 0;
  const gap = 36;
  const count = Math.min(signatories.length, 4);
  const width = Math.min(220, (area.width - gap * (count - 1)) / count);
  const total = width * count + gap * (count - 1);
  const imageHeight = 40;
  let height = 0;
  signatories.slice(0, count).forEach((signatory, index) => {
    const x = area.x + (area.width - total) / 2 + index * (width + gap);
    if (signatory.signature) doc.image(signatory.signature, x, area.y, { fit: [width, imageHeight], align: 'center', valign: 'bottom' });
    const lineY = area.y + imageHeight + 4;
    doc
      .moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .lineWidth(0.75)
      .stroke('#333333');
    let y = lineY + 4;
    y += text.draw(signatory.name, { x, y, width, maxSize: 11, minSize: 7, maxLines: 2, weight: 'bold', color: '#1b1b1b', align: 'center' });
    if (signatory.title) y += 1 + text.draw(signatory.title, { x, y: y + 1, width, maxSize: 9, minSize: 6, maxLines: 3, color: MUTED, align: 'center' });
    height = Math.max(height, y - area.y);
  });
  return height;
}
