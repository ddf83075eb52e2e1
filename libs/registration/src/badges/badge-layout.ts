/** What an organiser chooses for the event's badges: the card's size, what prints on it, and whether cards are laid out on A4 sheets. */
export const BADGE_SIZES = ['a6', 'cr80', '4x3in'] as const;
export type BadgeSize = (typeof BADGE_SIZES)[number];

export const BADGE_FIELDS = ['honorific', 'organisation', 'delegation', 'country', 'category', 'qr', 'dietary-icons'] as const;
export type BadgeField = (typeof BADGE_FIELDS)[number];

export interface BadgeLayout {
  size: BadgeSize;
  fields: BadgeField[];
  sheet: boolean;
}

/** The badge as it was before organisers could choose: A6, organisation, place, QR code and category band. */
export const DEFAULT_BADGE_LAYOUT: BadgeLayout = { size: 'a6', fields: ['organisation', 'country', 'category', 'qr'], sheet: false };

const MM = 72 / 25.4;

/** Width and height in points: A6 portrait insert, an ID-1 (CR80) card and a 4 × 3 in card, both landscape. */
export const BADGE_DIMENSIONS: Record<BadgeSize, { width: number; height: number }> = {
  a6: { width: 105 * MM, height: 148 * MM },
  cr80: { width: 85.6 * MM, height: 53.98 * MM },
  '4x3in': { width: 4 * 72, height: 3 * 72 },
};

export const A4 = { width: 210 * MM, height: 297 * MM };

export interface SheetGrid {
  columns: number;
  rows: number;
  /** Top-left corner of the grid; cards touch, so one cut separates two. */
  left: number;
  top: number;
}

/** As many cards as fit on A4, touching, the grid centred so the cut marks can go in the margins. */
export function sheetGrid(size: BadgeSize): SheetGrid {
  const { width, height } = BADGE_DIMENSIONS[size];
  const columns = Math.max(1, Math.floor(A4.width / width));
  const rows = Math.max(1, Math.floor(A4.height / height));
  return { columns, rows, left: (A4.width - columns * width) / 2, top: (A4.height - rows * height) / 2 };
}

/**
 * Crop marks on each cut line, outside the grid where the margin has room; where cards fill the sheet
 * (A6 on A4), short marks at the sheet's edge on the same lines.
 */
export function drawCropMarks(doc: PDFKit.PDFDocument, size: BadgeSize, grid: SheetGrid): void {
  const { width, height } = BADGE_DIMENSIONS[size];
  const xs = Array.from({ length: grid.columns + 1 }, (_, i) => grid.left + i * width);
  const ys = Array.from({ length: grid.rows + 1 }, (_, i) => grid.top + i * height);
  const bottom = grid.top + grid.rows * height;
  const right = grid.left + grid.columns * width;
  const mark = (margin: number) => (margin >= 2 * MM ? Math.min(5 * MM, margin - MM) : 4 * MM);
  const outside = (margin: number) => margin >= 2 * MM;
  doc.save().lineWidth(0.3).strokeColor('#000000');
  for (const x of xs) {
    const length = mark(grid.top);
    const [from, to] = outside(grid.top) ? [grid.top - MM - length, grid.top - MM] : [0, length];
    doc.moveTo(x, from).lineTo(x, to).stroke();
    const [below, end] = outside(A4.height - bottom) ? [bottom + MM, bottom + MM + length] : [A4.height - length, A4.height];
    doc.moveTo(x, below).lineTo(x, end).stroke();
  }
  for (const y of ys) {
    const length = mark(grid.left);
    const [from, to] = outside(grid.left) ? [grid.left - MM - length, grid.left - MM] : [0, length];
    doc.moveTo(from, y).lineTo(to, y).stroke();
    const [after, end] = outside(A4.width - right) ? [right + MM, right + MM + length] : [A4.width - length, A4.width];
    doc.moveTo(after, y).lineTo(end, y).stroke();
  }
  doc.restore();
}
