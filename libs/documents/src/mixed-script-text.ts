import { DocumentFonts, type FontFace, type FontWeight, type TextRun } from './document-fonts.js';

export interface TextBox {
  x: number;
  y: number;
  width: number;
  /** Largest and smallest font size to try; the text is set at the largest that fits in `maxLines`. */
  maxSize: number;
  minSize?: number;
  maxLines?: number;
  weight?: FontWeight;
  align?: 'left' | 'center' | 'right';
  /** The writer's language, which decides how Han characters are drawn. */
  language?: string;
  color?: string;
  /** Line height as a multiple of the font size; Thai marks stack high, so leave room. */
  leading?: number;
}

interface Line {
  runs: TextRun[];
  width: number;
}

const ELLIPSIS = '…';

/**
 * Noto Sans's glyph composition (ccmp) splits "ị" or "ọ" into a letter and a mark, and pdfkit then maps
 * the plain letter's glyph to whichever character used it first, so copying "Regional" out of the PDF
 * gave "Regiọnal". Every Vietnamese letter has a precomposed glyph, and text is NFC, so the Latin face
 * does without it. Thai keeps it: it places tone marks over sara am (น้ำ).
 */
const features = (face: FontFace) => (face === 'latin' ? ({ ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[]) : undefined);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string | undefined, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${language ?? ''}/${granularity}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

const height = (lines: number, size: number, leading: number) => (lines === 0 ? 0 : size * leading * (lines - 1) + size * 1.3);

/**
 * Text in any of our scripts on a pdfkit page: each run in the face that has its glyphs, all runs of a
 * line on one baseline, wrapped at word boundaries (Intl.Segmenter knows where Thai and Chinese words
 * end, which have no spaces), shrunk until it fits.
 */
export class MixedScriptText {
  private readonly registered = new Set<string>();
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: DocumentFonts,
  ) {}

  /** Draws the text in the box and returns the height it took. */
  draw(text: string, box: TextBox): number {
    const { lines, size, leading } = this.layout(text, box);
    if (box.color) this.doc.fillColor(box.color);
    const weight = box.weight ?? 'regular';
    lines.forEach((line, index) => {
      const baseline = box.y + size + index * size * leading;
      let x = box.x;
      if (box.align === 'center') x += (box.width - line.width) / 2;
      if (box.align === 'right') x += box.width - line.width;
      for (const run of line.runs) {
        this.use(run.face, weight, size);
        this.doc.text(run.text, x, baseline, { lineBreak: false, baseline: 'alphabetic', features: features(run.face) });
        x += size * this.unitWidth(run, weight);
      }
    });
    return height(lines.length, size, leading);
  }

  /** The height the text would take in the box, without drawing it. */
  measureHeight(text: string, box: Omit<TextBox, 'x' | 'y'>): number {
    const { lines, size, leading } = this.layout(text, { ...box, x: 0, y: 0 });
    return height(lines.length, size, leading);
  }

  private layout(text: string, box: TextBox): { lines: Line[]; size: number; leading: number } {
    const leading = box.leading ?? 1.35;
    const maxLines = box.maxLines ?? 1;
    const weight = box.weight ?? 'regular';
    const minSize = box.minSize ?? box.maxSize;
    let size = box.maxSize;
    let lines = this.wrap(text, size, weight, box.width, box.language);
    while (size > minSize && (lines.length > maxLines || lines.some((line) => line.width > box.width))) {
      size = Math.max(minSize, size - 0.5);
      lines = this.wrap(text, size, weight, box.width, box.language);
    }
    if (lines.length > maxLines) {
      lines = [...lines.slice(0, maxLines - 1), this.shorten(lines.slice(maxLines - 1), size, weight, box.width, box.language)];
    }
    return { lines, size, leading };
  }

  width(runs: TextRun[], size: number, weight: FontWeight): number {
    return runs.reduce((sum, run) => sum + size * this.unitWidth(run, weight), 0);
  }

  /** Width at size 1, kept: shaping is the slow part, and a width grows in proportion to the size. */
  private unitWidth(run: TextRun, weight: FontWeight): number {
    const key = `${run.face}-${weight}-${run.text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.use(run.face, weight, 1);
      width = this.doc.widthOfString(run.text, { features: features(run.face) });
      this.widths.set(key, width);
    }
    return width;
  }

  private wrap(text: string, size: number, weight: FontWeight, width: number, language?: string): Line[] {
    const words = [...segmenter(language, 'word').segment(text.normalize('NFC'))].map((part) => part.segment);
    const lines: string[] = [];
    let current = '';
    for (const word of words) {
      const candidate = current + word;
      if (current.trim() && !/^\s+$/.test(word) && this.measure(candidate.trimEnd(), size, weight, language) > width) {
        lines.push(current.trimEnd());
        current = word.trimStart();
      } else {
        current = candidate;
      }
    }
    if (current.trim()) lines.push(current.trimEnd());
    return lines.map((line) => {
      const runs = this.fonts.runs(line.trim(), language);
      return { runs, width: this.width(runs, size, weight) };
    });
  }

  /** The last lines that do not fit, cut short with an ellipsis on one line. */
  private shorten(rest: Line[], size: number, weight: FontWeight, width: number, language?: string): Line {
    const text = rest.map((line) => line.runs.map((run) => run.text).join('')).join(' ');
    // Cut whole graphemes, so a Thai vowel mark never loses the consonant it sits on.
    let chars = [...segmenter(language, 'grapheme').segment(text)].map((part) => part.segment);
    for (;;) {
      const runs = this.fonts.runs(chars.join('').trimEnd() + ELLIPSIS, language);
      const lineWidth = this.width(runs, size, weight);
      if (lineWidth <= width || chars.length === 0) return { runs, width: lineWidth };
      chars = chars.slice(0, -1);
    }
  }

  private measure(text: string, size: number, weight: FontWeight, language?: string): number {
    return this.width(this.fonts.runs(text, language), size, weight);
  }

  private use(face: FontFace, weight: FontWeight, size: number): void {
    const name = DocumentFonts.fontName(face, weight);
    if (!this.registered.has(name)) {
      this.doc.registerFont(name, this.fonts.file(face, weight));
      this.registered.add(name);
    }
    this.doc.font(name).fontSize(size);
  }
}
