import { DocumentFonts, type FontFace, hanFace, splitIntoRuns } from './document-fonts.js';

describe('choosing a font for each script', () => {
  const fonts = new DocumentFonts();
  const faces = (text: string, language?: string) => fonts.runs(text, language).map((run) => `${run.face}:${run.text}`);

  it('draws a Vietnamese name with the Latin face, in one run', () => {
    expect(faces('Nguyễn Thị Lan')).toEqual(['latin:Nguyễn Thị Lan']);
    expect(faces('Đà Nẵng, Việt Nam')).toEqual(['latin:Đà Nẵng, Việt Nam']);
  });

  it('composes a Vietnamese name typed with combining accents before choosing', () => {
    const decomposed = 'Nguyễn Thị Lan'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Lan');
    expect(faces(decomposed)).toEqual(['latin:Nguyễn Thị Lan']);
  });

  it('draws a Thai name with the Thai face, marks and spaces included', () => {
    expect(faces('สมชาย ใจดี')).toEqual(['thai:สมชาย ใจดี']);
    expect(faces('ปั้น ที่')).toEqual(['thai:ปั้น ที่']);
  });

  it('draws a Korean name with the Korean face', () => {
    expect(faces('김민준')).toEqual(['kr:김민준']);
    expect(faces('서울특별시 교육청')).toEqual(['kr:서울특별시 교육청']);
  });

  it('draws Japanese kana and kanji with the Japanese face', () => {
    expect(faces('山田 さくら')).toEqual(['jp:山田 さくら']);
    expect(faces('東京都', 'ja')).toEqual(['jp:東京都']);
  });

  it('draws Chinese with the Chinese face unless the writer writes Japanese or Korean', () => {
    expect(faces('王小明')).toEqual(['sc:王小明']);
    expect(faces('王小明', 'zh')).toEqual(['sc:王小明']);
    expect(faces('金民俊', 'ko')).toEqual(['kr:金民俊']);
  });

  it('splits mixed text into runs, one face each', () => {
    expect(faces('Kim 김민준 (Seoul)')).toEqual(['latin:Kim ', 'kr:김민준 (', 'latin:Seoul)']);
    expect(faces('Somchai สมชาย')).toEqual(['latin:Somchai ', 'thai:สมชาย']);
    expect(faces('ASEAN+3 東京')).toEqual(['latin:ASEAN+3 ', 'sc:東京']);
  });

  it('has a glyph in the chosen face for every character of names in each of our scripts', () => {
    const names = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'สมชาย ใจดี', '김민준', '山田太郎', 'さくら', '王小明', 'Müller-Łukasz'];
    for (const name of names) {
      const missing = fonts.runs(name).flatMap((run) => [...run.text].filter((char) => !fonts.hasGlyph(run.face, char.codePointAt(0)!)));
      expect({ name, missing }).toEqual({ name, missing: [] });
    }
  });
});

describe('splitting by character map', () => {
  // A pretend set of faces: Latin has no Hangul, Korean has everything but Thai.
  const hasGlyph = (face: FontFace, codePoint: number) => {
    const char = String.fromCodePoint(codePoint);
    if (face === 'latin') return /[\p{Script=Latin}\p{Script=Common}]/u.test(char);
    if (face === 'thai') return /[\p{Script=Thai}\s]/u.test(char);
    return !/\p{Script=Thai}/u.test(char);
  };

  it('falls back to the next CJK face that has the glyph', () => {
    const onlyKorean = (face: FontFace, codePoint: number) => (face === 'sc' ? false : hasGlyph(face, codePoint));
    expect(splitIntoRuns('髙', onlyKorean)).toEqual([{ face: 'jp', text: '髙' }]);
  });

  it('keeps neutral characters with the text around them', () => {
    expect(splitIntoRuns('김 민준, 2030', hasGlyph)).toEqual([{ face: 'kr', text: '김 민준, 2030' }]);
  });

  it('returns no runs for empty text', () => {
    expect(splitIntoRuns('', hasGlyph)).toEqual([]);
  });

  it('prefers Japanese shapes for Han characters next to kana, Korean next to Hangul', () => {
    expect(hanFace('直 です')).toBe('jp');
    expect(hanFace('直 입니다')).toBe('kr');
    expect(hanFace('直')).toBe('sc');
  });
});
