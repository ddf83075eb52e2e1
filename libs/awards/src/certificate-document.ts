import { countryName, hanWritingOf } from '@app/countries';
import { DocumentFonts, MixedScriptText } from '@app/documents';
import PDFDocument from 'pdfkit';
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface Certificate {
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  award: string;
  year: number;
  /** The date printed, already written out ("29 October 2024"). */
  date: string;
  eventName: string;
  /** The language of the certificate's own words and the country's name (default en). */
  language?: string;
}

/** The certificate's own words; the award, city and event are printed as entered. */
const WORDS: Record<string, { certificate: string; awardedTo: string; round: (year: number) => string }> = {
  en: { certificate: 'CERTIFICATE', awardedTo: 'is awarded to', round: (year) => `Award round ${year}` },
  th: { certificate: 'เกียรติบัตร', awardedTo: 'มอบให้แก่', round: (year) => `รอบการพิจารณารางวัลประจำปี ${year}` },
};

// A4 landscape.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 60;
const INK = '#1b1b1b';
const ACCENT = '#1d3557';

/** One landscape page per winning city, drawn in the faces that have its name's glyphs. */
export function certificateDocument(fonts: DocumentFonts, certificates: Certificate[]): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [WIDTH, HEIGHT],
    margin: 0,
    autoFirstPage: false,
    info: { Title: certificates.length === 1 ? `Certificate — ${certificates[0].city}` : 'Certificates', Creator: 'Plenary' },
  });
  const text = new MixedScriptText(doc, fonts);
  void (async () => {
    for (const [index, certificate] of certificates.entries()) {
      if (index > 0) await nextTurn();
      if (doc.destroyed) return;
      drawCertificate(doc, text, certificate);
    }
    doc.end();
  })().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}

function drawCertificate(doc: PDFKit.PDFDocument, text: MixedScriptText, certificate: Certificate): void {
  doc.addPage({ size: [WIDTH, HEIGHT], margin: 0 });
  doc
    .rect(24, 24, WIDTH - 48, HEIGHT - 48)
    .lineWidth(3)
    .stroke(ACCENT);
  doc
    .rect(32, 32, WIDTH - 64, HEIGHT - 64)
    .lineWidth(0.75)
    .stroke(ACCENT);
  const words = WORDS[certificate.language ?? 'en'] ?? WORDS.en;
  const language = certificate.language ?? 'en';
  const inner = WIDTH - 2 * MARGIN;
  const centred = { x: MARGIN, width: inner, align: 'center' as const };
  let y = 100;
  y += text.draw(words.certificate, { ...centred, y, maxSize: 30, weight: 'bold', color: ACCENT });
  y += 18 + text.draw(certificate.award, { ...centred, y: y + 18, maxSize: 20, minSize: 12, maxLines: 2, color: INK });
  y += 30 + text.draw(words.awardedTo, { ...centred, y: y + 30, maxSize: 14, color: '#555555' });
  y +=
    16 +
    text.draw(certificate.city, {
      ...centred,
      y: y + 16,
      maxSize: 44,
      minSize: 18,
      maxLines: 2,
      weight: 'bold',
      color: INK,
      language: hanWritingOf(certificate.country),
    });
  y += 8 + text.draw(countryName(certificate.country, language), { ...centred, y: y + 8, maxSize: 18, color: INK });
  text.draw(words.round(certificate.year), { ...centred, y: y + 30, maxSize: 14, color: '#555555' });
  text.draw(`${certificate.eventName} · ${certificate.date}`, { ...centred, y: HEIGHT - 100, maxSize: 12, minSize: 8, maxLines: 2, color: '#555555' });
}
