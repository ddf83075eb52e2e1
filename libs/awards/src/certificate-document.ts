import { countryName, hanWritingOf } from '@app/countries';
import { type DocumentFonts, type DocumentIdentity, drawLetterhead, drawSignatures, MixedScriptText } from '@app/documents';
import PDFDocument from 'pdfkit';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** One page: an award to a winning city, or a city's membership of the GNLC. */
export interface Certificate {
  /** "Certificate" or "Certificate of membership" */
  heading: string;
  /** What is given: the award's name, or the network joined. */
  honour: string;
  /** The words between the honour and the city ("is awarded to"). */
  conferral: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** A line under the city, when there is something to say ("Admitted by UNESCO on 10 September 2024"). */
  statement?: string;
  /** The ceremony day, already written out ("29 October 2024"). */
  date: string;
  /** The language the country's name is printed in (default en); the other words come written. */
  language?: string;
}

// A4 landscape.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 72;
const INK = '#1b1b1b';
const MUTED = '#555555';

/** One landscape page per city, with the event's identity and its signatories, the name in its own script. */
export function certificateDocument(fonts: DocumentFonts, identity: DocumentIdentity, certificates: Certificate[]): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [WIDTH, HEIGHT],
    margin: 0,
    autoFirstPage: false,
    info: { Title: certificates.length === 1 ? `${certificates[0].heading} — ${certificates[0].city}` : 'Certificates', Creator: 'Plenary' },
  });
  const text = new MixedScriptText(doc, fonts);
  void (async () => {
    for (const [index, certificate] of certificates.entries()) {
      if (index > 0) await nextTurn();
      if (doc.destroyed) return;
      drawCertificate(doc, text, identity, certificate);
    }
    doc.end();
  })().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}

function drawCertificate(doc: PDFKit.PDFDocument, text: MixedScriptText, identity: DocumentIdentity, certificate: Certificate): void {
  doc.addPage({ size: [WIDTH, HEIGHT], margin: 0 });
  doc
    .rect(24, 24, WIDTH - 48, HEIGHT - 48)
    .lineWidth(3)
    .stroke(identity.primaryColour);
  doc
    .rect(32, 32, WIDTH - 64, HEIGHT - 64)
    .lineWidth(0.75)
    .stroke(identity.accentColour);
  const inner = WIDTH - 2 * MARGIN;
  const centred = { x: MARGIN, width: inner, align: 'center' as const };
  let y = 44;
  y += drawLetterhead(doc, text, identity, { x: MARGIN, y, width: inner }, { centred: true, language: certificate.language });
  y += 14 + text.draw(certificate.heading.toLocaleUpperCase('en'), { ...centred, y: y + 14, maxSize: 26, weight: 'bold', color: identity.primaryColour });
  y += 8 + text.draw(certificate.honour, { ...centred, y: y + 8, maxSize: 18, minSize: 11, maxLines: 2, color: INK });
  y += 12 + text.draw(certificate.conferral, { ...centred, y: y + 12, maxSize: 12, color: MUTED });
  y +=
    8 +
    text.draw(certificate.city, {
      ...centred,
      y: y + 8,
      maxSize: 40,
      minSize: 18,
      maxLines: 2,
      weight: 'bold',
      color: INK,
      language: hanWritingOf(certificate.country),
    });
  y += 4 + text.draw(countryName(certificate.country, certificate.language ?? 'en'), { ...centred, y: y + 4, maxSize: 16, color: INK });
  if (certificate.statement) y += 10 + text.draw(certificate.statement, { ...centred, y: y + 10, maxSize: 11, minSize: 8, maxLines: 2, color: MUTED });
  text.draw(certificate.date, { ...centred, y: Math.max(y + 14, HEIGHT - 178), maxSize: 12, color: INK });
  drawSignatures(doc, text, identity.signatories, { x: MARGIN, y: HEIGHT - 150, width: inner });
}
