import type { MixedScriptText } from './mixed-script-text.js';

export interface PdfTableLayout {
  /** The page's size in points; a row that does not fit goes on a new page of the same size. */
  page: { width: number; height: number };
  margin: number;
  /** Each column's label and share of the width between the margins. */
  columns: { label: string; share: number }[];
  /** The header band's colour (the event's own), under white labels. */
  colour: string;
  /** How far above a row's foot its rule is drawn. */
  ruleLift: number;
  language?: string;
}

const PAD = 4;
const RULE = '#cccccc';

/**
 * Rows in columns under a header band, the band drawn again at the top of every page the rows run onto,
 * so a page read alone (a hotel's, a stage manager's) still says what each column is.
 */
export class PdfTable {
  /** Where each column's text goes: inside the column, clear of its neighbours. */
  readonly cells: { x: number; width: number }[];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly text: MixedScriptText,
    private readonly layout: PdfTableLayout,
  ) {
    const inner = layout.page.width - 2 * layout.margin;
    const widths = layout.columns.map((column) => column.share * inner);
    this.cells = widths.map((width, index) => ({ x: layout.margin + widths.slice(0, index).reduce((sum, w) => sum + w, 0) + PAD, width: width - 2 * PAD }));
  }

  /** A new page of the table's size; returns the y its content starts at. */
  newPage(): number {
    this.doc.addPage({ size: [this.layout.page.width, this.layout.page.height], margin: 0 });
    return this.layout.margin;
  }

  /** The header band at y; returns the y under it. */
  header(y: number): number {
    const { margin, page, columns, colour, language } = this.layout;
    // One size for every label, so they share a baseline; a long label wraps instead of shrinking.
    const label = (index: number) => ({ ...this.cells[index], maxSize: 8, maxLines: 2, weight: 'bold' as const, color: '#ffffff', language });
    const height = 6 + Math.max(...columns.map((column, index) => this.text.measureHeight(column.label, label(index))));
    this.doc.rect(margin, y, page.width - 2 * margin, height).fill(colour);
    columns.forEach((column, index) => this.text.draw(column.label, { ...label(index), y: y + 3 }));
    return y + height + 2;
  }

  /** A row of the given height at y, or at the top of a new page under the header when it does not fit; returns the y under its rule. */
  row(y: number, height: number, draw: (top: number) => void): number {
    const { margin, page, ruleLift } = this.layout;
    let top = y;
    if (top + height > page.height - margin) top = this.header(this.newPage());
    draw(top);
    const foot = top + height;
    this.doc
      .moveTo(margin, foot - ruleLift)
      .lineTo(page.width - margin, foot - ruleLift)
      .lineWidth(0.5)
      .stroke(RULE);
    return foot;
  }
}
