import { Injectable } from '@nestjs/common';
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The typefaces a badge or letter may need. Noto covers every script our delegates write in; one face
 * per script because no single font file holds Vietnamese, Thai and the three CJK variants, and Han
 * characters are drawn differently in Chinese, Japanese and Korean (直, 骨), so the region matters.
 */
export const FONT_FACES = ['latin', 'thai', 'sc', 'jp', 'kr'] as const;
export type FontFace = (typeof FONT_FACES)[number];
export type FontWeight = 'regular' | 'bold';

export interface TextRun {
  text: string;
  face: FontFace;
}

const require = createRequire(import.meta.url);
// The @embedpdf packages export only a list of file names; the files sit in ../fonts beside dist/.
const embedpdf = (pkg: string, file: string) => join(dirname(require.resolve(pkg)), '..', 'fonts', file);

const FONT_FILES: Record<FontFace, Record<FontWeight, () => string>> = {
  latin: {
    regular: () => embedpdf('@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'),
    bold: () => embedpdf('@embedpdf/fonts-latin', 'NotoSans-Bold.ttf'),
  },
  thai: {
    regular: () => require.resolve('@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf'),
    bold: () => require.resolve('@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf'),
  },
  sc: {
    regular: () => embedpdf('@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf'),
    bold: () => embedpdf('@embedpdf/fonts-sc', 'NotoSansHans-Bold.otf'),
  },
  jp: {
    regular: () => embedpdf('@embedpdf/fonts-jp', 'NotoSansJP-Regular.otf'),
    bold: () => embedpdf('@embedpdf/fonts-jp', 'NotoSansJP-Bold.otf'),
  },
  kr: {
    regular: () => embedpdf('@embedpdf/fonts-kr', 'NotoSansKR-Regular.otf'),
    bold: () => embedpdf('@embedpdf/fonts-kr', 'NotoSansKR-Bold.otf'),
  },
};

export type HasGlyph = (face: FontFace, codePoint: number) => boolean;

const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const THAI = /\p{Script=Thai}/u;
// Spaces, digits, punctuation and combining marks belong to no script of their own: they stay in the
// face of the text around them when that face has them, so "김 민준" or "สมชาย ใจดี" is one run.
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Which CJK face draws Han characters here: kana make it Japanese and Hangul Korean; otherwise the
 * writer's language decides, and Chinese is the default.
 */
export function hanFace(text: string, language?: string): FontFace {
  if (KANA.test(text)) return 'jp';
  if (HANGUL.test(text)) return 'kr';
  if (language === 'ja') return 'jp';
  if (language === 'ko') return 'kr';
  return 'sc';
}

function candidates(char: string, han: FontFace): FontFace[] {
  const cjk: FontFace[] = [han, ...(['sc', 'jp', 'kr'] as FontFace[]).filter((face) => face !== han)];
  if (HANGUL.test(char)) return ['kr', ...cjk.filter((face) => face !== 'kr')];
  if (KANA.test(char)) return ['jp', ...cjk.filter((face) => face !== 'jp')];
  if (HAN.test(char)) return cjk;
  if (THAI.test(char)) return ['thai'];
  return ['latin', ...cjk, 'thai'];
}

/**
 * Splits text into runs, each drawn with one face: for every character the first face of its script
 * whose character map has a glyph for it. Text is NFC-normalised first, so a Vietnamese name typed with
 * combining accents uses the precomposed letters the Latin face draws best.
 */
export function splitIntoRuns(text: string, hasGlyph: HasGlyph, language?: string): TextRun[] {
  const normalised = text.normalize('NFC');
  const han = hanFace(normalised, language);
  const runs: TextRun[] = [];
  for (const char of normalised) {
    const codePoint = char.codePointAt(0)!;
    const current = runs[runs.length - 1];
    let face: FontFace;
    if (current && NEUTRAL.test(char) && hasGlyph(current.face, codePoint)) {
      face = current.face;
    } else {
      const choices = candidates(char, han);
      face = choices.find((choice) => hasGlyph(choice, codePoint)) ?? choices[0];
    }
    if (current?.face === face) current.text += char;
    else runs.push({ text: char, face });
  }
  return runs;
}

/**
 * The font files, read once and kept: a face is loaded the first time a text needs it, so a page of
 * Vietnamese names never reads the 8 MB Chinese font.
 */
@Injectable()
export class DocumentFonts {
  private readonly files = new Map<string, Buffer>();
  private readonly cmaps = new Map<FontFace, fontkit.Font>();

  runs(text: string, language?: string): TextRun[] {
    return splitIntoRuns(text, (face, codePoint) => this.hasGlyph(face, codePoint), language);
  }

  hasGlyph(face: FontFace, codePoint: number): boolean {
    return this.cmap(face).hasGlyphForCodePoint(codePoint);
  }

  /** The face's file for pdfkit, which embeds only the glyphs used. */
  file(face: FontFace, weight: FontWeight): Buffer {
    const key = `${face}-${weight}`;
    let file = this.files.get(key);
    if (!file) {
      file = readFileSync(FONT_FILES[face][weight]());
      this.files.set(key, file);
    }
    return file;
  }

  /** pdfkit's name for a face in a document. */
  static fontName(face: FontFace, weight: FontWeight): string {
    return `${face}-${weight}`;
  }

  private cmap(face: FontFace): fontkit.Font {
    let font = this.cmaps.get(face);
    if (!font) {
      font = fontkit.create(this.file(face, 'regular')) as fontkit.Font;
      this.cmaps.set(face, font);
    }
    return font;
  }
}
