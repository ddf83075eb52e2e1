import type { Page } from 'playwright-core';

/** Words that are the same in every language: file names, formats, units, the product's name. */
export const UNIVERSAL = ['Plenary', 'schedule.xml', 'schedule.json', '.ics', 'JSON', 'PDF', 'GMT', 'UTC', 'ภาษาไทย', 'English', 'Tiếng Việt'];

/** Words Vietnamese writes as English does (the translator's review keeps "email"; "logo", "radio" are Vietnamese words too). */
const LATIN_LOANWORDS = new Set(['email', 'logo', 'radio', 'video', 'online', 'halal', 'kosher', 'lactose', 'visa']);

/** Every visible text node of the page, trimmed (the header, the page and the footer). */
export const visibleTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, option, [hidden], .visually-hidden')) continue;
      if (parent.getClientRects().length === 0) continue;
      texts.push(text);
    }
    return texts;
  });

/** Every string in an API answer: names of the event, rooms, tracks, sessions and people, entered by the organisers. */
export function strings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    // Long texts are shown a paragraph at a time.
    for (const part of [value, ...value.split(/\n\s*\n/)]) if (part.trim()) into.add(part.trim().replace(/\s+/g, ' '));
  } else if (Array.isArray(value)) value.forEach((item) => strings(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => strings(item, into));
  return into;
}

/** What is left of a text once the organisers' own words, names and universal words are taken out. */
export function leftover(text: string, data: string[]): string {
  let rest = text;
  for (const known of [...data, ...UNIVERSAL]) rest = rest.split(known).join(' ');
  return rest;
}

/**
 * The texts of a translated page that are not translated: the same words as the English rendering of the
 * page, or an English word, once the organisers' data (longest first) and universal words are taken out.
 * `latinScript` for a language written in Latin letters, such as Vietnamese.
 */
export function untranslated(translated: string[], english: Set<string>, data: string[], { latinScript = false } = {}): string[] {
  const known = [...data].sort((a, b) => b.length - a.length);
  // A language written in Latin letters (Vietnamese) has runs of plain letters of its own ("nội dung"): there, an
  // English word is one of the English rendering's own words (not the organisers' data), written without marks,
  // of four letters or more, and not one the language takes as it is.
  const englishWords = new Set([...english].flatMap((text) => leftover(text, known).match(/(?<![\p{L}\p{M}])[A-Za-z]{4,}(?![\p{L}\p{M}])/gu) ?? []));
  const englishWord = (rest: string) =>
    latinScript
      ? rest.split(/[^\p{L}\p{M}]+/u).some((word) => /^[A-Za-z]{4,}$/.test(word) && englishWords.has(word) && !LATIN_LOANWORDS.has(word.toLowerCase()))
      : /[A-Za-z]{3,}/.test(rest);
  return translated.filter((text) => {
    const rest = leftover(text, known);
    return (english.has(text) && /\p{L}/u.test(rest)) || englishWord(rest);
  });
}
