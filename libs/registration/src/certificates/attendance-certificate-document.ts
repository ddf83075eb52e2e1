import { type DocumentFonts, type DocumentIdentity, drawLetterhead, drawSignatures, eventNameIn, MixedScriptText } from '@app/documents';
import PDFDocument from 'pdfkit';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { attendanceCertificateText } from './attendance-certificate-text.js';

/** One delegate's attendance, already written out in their language. */
export interface AttendanceCertificate {
  fullName: string;
  language: string;
  /** The script the name is written in, when it differs (a Chinese name on an English certificate). */
  nameLanguage?: string;
  /** "29 October 2024", one per day checked in */
  days: string[];
  /** Session titles, in order */
  sessions: string[];
  issuedOn: string;
}

// A4 landscape.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 72;
const INK = '#1b1b1b';
const MUTED = '#555555';
// More would push the signatures off the page; the count still tells the whole.
const MAX_SESSIONS = 8;

/** One landscape page per delegate: the event's letterhead, what they attended, its signatories. */
export function attendanceCertificateDocument(fonts: DocumentFonts, identity: DocumentIdentity, certificates: AttendanceCertificate[]): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [WIDTH, HEIGHT],
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: certificates.length === 1 ? `${attendanceCertificateText(certificates[0].language).heading} — ${certificates[0].fullName}` : 'Certificates',
      Creator: 'Plenary',
    },
  });
  const text = new MixedScriptText(doc, fonts);
  void (async () => {
    for (const [index, certificate] of certificates.entries()) {
      if (index > 0) await nextTurn();
      if (doc.destroyed) return;
      drawPage(doc, text, identity, certificate);
    }
    doc.end();
  })().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}

function drawPage(doc: PDFKit.PDFDocument, text: MixedScriptText, identity: DocumentIdentity, certificate: AttendanceCertificate): void {
  const words = attendanceCertificateText(certificate.language);
  const language = certificate.language;
  doc.addPage({ size: [WIDTH, HEIGHT], margin: 0 });
  doc
    .rect(24, 24, WIDTH - 48, HEIGHT - 48)
    .lineWidth(3)
    .stroke(identity.primaryColour);
  const inner = WIDTH - 2 * MARGIN;
  const centred = { x: MARGIN, width: inner, align: 'center' as const, language };
  let y = 44;
  y += drawLetterhead(doc, text, identity, { x: MARGIN, y, width: inner }, { centred: true, language });
  y += 12 + text.draw(words.heading.toLocaleUpperCase(language), { ...centred, y: y + 12, maxSize: 24, weight: 'bold', color: identity.primaryColour });
  y += 8 + text.draw(words.certifies, { ...centred, y: y + 8, maxSize: 12, color: MUTED });
  y +=
    6 +
    text.draw(certificate.fullName, {
      ...centred,
      y: y + 6,
      maxSize: 30,
      minSize: 16,
      maxLines: 2,
      weight: 'bold',
      color: INK,
      language: certificate.nameLanguage ?? language,
    });
  y += 6 + text.draw(`${words.attended} ${eventNameIn(identity, language)}`, { ...centred, y: y + 6, maxSize: 14, minSize: 9, maxLines: 2, color: INK });
  if (certificate.days.length > 0) {
    y += 10 + text.draw(`${words.days}: ${certificate.days.join(', ')}`, { ...centred, y: y + 10, maxSize: 11, minSize: 8, maxLines: 2, color: INK });
  }
  if (certificate.sessions.length > 0) {
    const shown = certificate.sessions.slice(0, MAX_SESSIONS);
    const more = certificate.sessions.length - shown.length;
    const list = `${shown.join(' · ')}${more > 0 ? ` (+${more})` : ''}`;
    y +=
      6 +
      text.draw(`${words.sessions} (${certificate.sessions.length}): ${list}`, { ...centred, y: y + 6, maxSize: 10, minSize: 7, maxLines: 3, color: MUTED });
  }
  text.draw(`${words.issued} ${certificate.issuedOn}`, { ...centred, y: Math.max(y + 12, HEIGHT - 178), maxSize: 11, color: INK });
  drawSignatures(doc, text, identity.signatories, { x: MARGIN, y: HEIGHT - 150, width: inner });
}
