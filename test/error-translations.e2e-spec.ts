import { describe, expect, it } from '@jest/globals';
import { API_ERROR_CODES } from '../apps/api/src/http/error-codes.js';
import errors from '../apps/web/src/i18n/errors.js';

/** The web app shows a failed request by its code; a code the server can send must be said in every language the app offers. */
describe('error codes and their translations', () => {
  for (const language of ['en', 'vi', 'th'] as const) {
    it(`has a ${language} sentence for every code in the api's table, and none for codes that no longer exist`, () => {
      const translated = Object.keys(errors[language]).sort();
      expect(API_ERROR_CODES.filter((code) => !translated.includes(code))).toEqual([]);
      expect(translated.filter((code) => !(API_ERROR_CODES as string[]).includes(code))).toEqual([]);
    });

    it(`keeps the placeholders of English in ${language}`, () => {
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
      const differing = Object.entries(errors.en).filter(
        ([code, text]) => placeholders(text).join() !== placeholders(errors[language][code as keyof typeof errors.en]).join(),
      );
      expect(differing.map(([code]) => code)).toEqual([]);
    });
  }
});
