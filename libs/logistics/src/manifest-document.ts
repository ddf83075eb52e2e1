import { type DocumentFonts, type DocumentIdentity, documentDate, drawLetterhead, MixedScriptText, PdfTable } from '@app/documents';
import PDFDocument from 'pdfkit';

// A4 portrait: manifests are handed to hotels and drivers on paper, a section per hotel block or pick-up window.
const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 36;
const INK = '#1b1b1b';
const MUTED = '#555555';

export interface ManifestColumn {
  label: string;
  /** Share of the page's width. */
  share: number;
  bold?: boolean;
}

export interface ManifestSection {
  heading: string;
  detail: string;
  rows: string[][];
}

export interface Manifest {
  title: string;
  /** Under the title: what the times are and when it was printed. */
  subtitle: string;
  columns: ManifestColumn[];
  sections: ManifestSection[];
  /** Said when there is no section at all, so an empty manifest is not mistaken for a failed print. */
  empty: string;
  language: string;
}

/** A manifest under the event's letterhead: each section headed, its rows in columns, the column labels repeated on a new page. */
export function manifestDocument(fonts: DocumentFonts, identity: DocumentIdentity, manifest: Manifest): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: [WIDTH, HEIGHT], margin: 0, info: { Title: manifest.title, Creator: 'Plenary' } });
  const text = new MixedScriptText(doc, fonts);
  const inner = WIDTH - 2 * MARGIN;
  const language = manifest.language;
  let y = MARGIN;
  y += 8 + drawLetterhead(doc, text, identity, { x: MARGIN, y, width: inner }, { language });
  y += text.draw(manifest.title, { x: MARGIN, y, width: inner, maxSize: 16, minSize: 11, maxLines: 2, weight: 'bold', color: INK, language });
  y += 4 + text.draw(manifest.subtitle, { x: MARGIN, y: y + 4, width: inner, maxSize: 9, minSize: 7, maxLines: 3, color: MUTED, language });
  y += 10;
  if (manifest.sections.length === 0) text.draw(manifest.empty, { x: MARGIN, y, width: inner, maxSize: 11, color: MUTED, language });

  const table = new PdfTable(doc, text, {
    page: { width: WIDTH, height: HEIGHT },
    margin: MARGIN,
    columns: manifest.columns,
    colour: identity.primaryColour,
    ruleLift: 1,
    language,
  });
  const cell = (index: number) => ({
    ...table.cells[index],
    maxSize: 9,
    minSize: 6.5,
    maxLines: 3,
    weight: manifest.columns[index].bold ? ('bold' as const) : ('regular' as const),
    color: manifest.columns[index].bold ? INK : MUTED,
    language,
  });

  for (const section of manifest.sections) {
    const headingBox = { x: MARGIN, width: inner, maxSize: 12, minSize: 9, maxLines: 2, weight: 'bold' as const, color: identity.primaryColour, language };
    const detailBox = { x: MARGIN, width: inner, maxSize: 9, minSize: 7, maxLines: 2, color: MUTED, language };
    const headed = text.measureHeight(section.heading, headingBox) + 2 + text.measureHeight(section.detail, detailBox) + 6;
    // A heading never stands alone at the foot of a page.
    if (y + headed + 60 > HEIGHT - MARGIN) y = table.newPage();
    y += 6;
    y += text.draw(section.heading, { ...headingBox, y });
    y += 2 + text.draw(section.detail, { ...detailBox, y: y + 2 });
    y += 6;
    y = table.header(y);
    for (const row of section.rows) {
      const height = Math.max(14, ...row.map((value, index) => text.measureHeight(value, cell(index)))) + 6;
      y = table.row(y, height, (top) => row.forEach((value, index) => value && text.draw(value, { ...cell(index), y: top + 3 })));
    }
  }
  doc.end();
  return doc;
}

/** "Printed 4 December 2026, 19:05 (Asia/Bangkok)" in the reader's language, in the event's zone. */
export function printedAt(now: Date, language: string, zone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return `${documentDate(now, language, zone)}, ${time} (${zone})`;
}
