import { inflateSync } from 'node:zlib';

export interface PdfFont {
  /** e.g. "CZZZZZ+NotoSansKR-Bold": the subset prefix, then the PostScript name. */
  baseFont: string;
  /** Every character the embedded subset can draw, from its ToUnicode map. */
  characters: string;
}

export interface ReadPdf {
  pages: number;
  fonts: PdfFont[];
  /** The text of each page, one line per baseline, decoded through each font's ToUnicode map. */
  pageTexts: string[];
  info: string;
}

interface EmbeddedFont {
  baseFont: string;
  glyphs: Map<number, string>;
}

/**
 * Just enough of a PDF reader for our own output (pdfkit's: uncompressed objects, Flate streams,
 * Identity-H fonts with ToUnicode maps), so the tests need no PDF library or poppler binary. It checks
 * the file's frame too: the header, the cross-reference table where startxref says, and %%EOF.
 */
export function readPdf(bytes: Buffer): ReadPdf {
  const raw = bytes.toString('latin1');
  if (!raw.startsWith('%PDF-1.')) throw new Error('not a PDF: no %PDF-1.x header');
  if (!raw.trimEnd().endsWith('%%EOF')) throw new Error('truncated PDF: no %%EOF at the end');
  const startXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(raw)?.[1]);
  if (!raw.startsWith('xref', startXref)) throw new Error(`broken PDF: startxref ${startXref} does not point at the xref table`);

  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)\bendobj/g)) {
    const body = match[2];
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const start = match.index! + match[0].indexOf(body) + streamAt + (body[streamAt + 6] === '\r' ? 8 : 7);
    let stream = bytes.subarray(start, start + length);
    if (dict.includes('/FlateDecode')) stream = inflateSync(stream);
    objects.set(Number(match[1]), { dict, stream });
  }
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

  const fontsById = new Map<string, EmbeddedFont>();
  for (const [, { dict }] of objects) {
    for (const [, name, number] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(number))?.dict ?? '';
      const baseFont = /\/BaseFont \/([^\s/>]+)/.exec(font)?.[1] ?? '';
      const cmap = objects.get(ref(font, 'ToUnicode'))?.stream?.toString('latin1') ?? '';
      fontsById.set(name, { baseFont, glyphs: parseToUnicode(cmap) });
    }
  }

  const pageTexts: string[] = [];
  for (const [, { dict }] of objects) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const content = objects.get(ref(dict, 'Contents'))?.stream?.toString('latin1') ?? '';
    const lines: { y: string; text: string }[] = [];
    let font: EmbeddedFont | undefined;
    let y = '';
    for (const [, tmY, fontName, array] of content.matchAll(/1 0 0 1 [\d.-]+ ([\d.-]+) Tm|\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (tmY !== undefined) y = tmY;
      else if (fontName !== undefined) font = fontsById.get(fontName);
      else {
        const hex = [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1]).join('');
        const text = (hex.match(/.{4}/g) ?? []).map((code) => font?.glyphs.get(parseInt(code, 16)) ?? '\uFFFD').join('');
        const line = lines[lines.length - 1];
        // A mark nudged up or down (Thai tone marks) is still on the same line.
        if (line && Math.abs(Number(line.y) - Number(y)) < 1) line.text += text;
        else lines.push({ y, text });
      }
    }
    pageTexts.push(lines.map((line) => line.text).join('\n'));
  }

  const fonts = [...fontsById.values()].map(({ baseFont, glyphs }) => ({ baseFont, characters: [...glyphs.values()].join('') }));
  const info = [...objects.values()].find(({ dict }) => /\/Producer|\/Creator/.test(dict))?.dict ?? '';
  return { pages: pageTexts.length, fonts, pageTexts, info };
}

function parseToUnicode(cmap: string): Map<number, string> {
  const glyphs = new Map<number, string>();
  const utf16 = (hex: string) => {
    const clean = hex.replace(/\s+/g, '');
    return String.fromCharCode(...(clean.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  };
  for (const [, section] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, list, single] of section.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F\s]+)>)/g)) {
      const start = parseInt(from, 16);
      const end = parseInt(to, 16);
      if (list !== undefined) {
        [...list.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((entry, offset) => glyphs.set(start + offset, utf16(entry[1])));
      } else {
        const first = parseInt(single.replace(/\s+/g, ''), 16);
        for (let code = start; code <= end; code++) glyphs.set(code, String.fromCharCode(first + code - start));
      }
    }
  }
  for (const [, section] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of section.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) glyphs.set(parseInt(code, 16), utf16(value));
  }
  return glyphs;
}
