import type { MixedScriptText } from '@app/documents';

/**
 * Who writes the letter. Kept apart so the event's identity (logo, signatories with signature images)
 * can be passed in once it exists, without touching the letters that draw it.
 */
export interface OrganiserIdentity {
  organiser: string;
  eventName: string;
  address: string;
  /** PNG or JPEG bytes; drawn at the left of the letterhead when present. */
  logo?: Buffer | null;
}

const LOGO = 56;

/** Draws the letterhead across the top of the page and answers where the body may start. */
export function drawLetterhead(
  doc: PDFKit.PDFDocument,
  text: MixedScriptText,
  identity: OrganiserIdentity,
  box: { x: number; y: number; width: number },
): number {
  let x = box.x;
  if (identity.logo) {
    doc.image(identity.logo, box.x, box.y, { fit: [LOGO, LOGO] });
    x += LOGO + 12;
  }
  const width = box.width - (x - box.x);
  const host = identity.organiser || identity.eventName;
  let y = box.y;
  y += text.draw(host, { x, y, width, maxSize: 15, maxLines: 2, weight: 'bold', color: '#1b1b1b' });
  if (host !== identity.eventName) y += 2 + text.draw(identity.eventName, { x, y: y + 2, width, maxSize: 12, maxLines: 2, color: '#1b1b1b' });
  if (identity.address) y += 2 + text.draw(identity.address, { x, y: y + 2, width, maxSize: 10, maxLines: 2, color: '#444444' });
  if (identity.logo) y = Math.max(y, box.y + LOGO);
  doc
    .moveTo(box.x, y + 8)
    .lineTo(box.x + box.width, y + 8)
    .lineWidth(0.75)
    .strokeColor('#999999')
    .stroke();
  return y + 22;
}
