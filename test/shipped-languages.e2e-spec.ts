import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mailLanguages, SHIPPED_LANGUAGES } from '@app/notifications';
import { LANGUAGES } from '../apps/web/src/i18n/languages.js';
import { NAMESPACE_LOADERS } from '../apps/web/src/i18n/namespaces.js';
import common from '../apps/web/src/i18n/common.js';
import errors from '../apps/web/src/i18n/errors.js';

const TEMPLATES = join(import.meta.dirname, '../libs/notifications/src/templates');

/** Every key path of a message tree ("fields.country", "languageNames.vi"). */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

/** What a template reads from its data ({{event.name}}, {{#if offer}}): a translation must not drop one. */
/** Facts a translation may give in its own words: Vietnamese names the zone ("giờ Bangkok, GMT+7") instead of its IANA id. */
const SAID_AS: Record<string, string> = { timeZone: 'event.zoneName', 'event.timeZone': 'event.zoneName' };

function fieldsRead(source: string): string[] {
  const names = [...source.matchAll(/\{\{\{?~?[#/^]?(?:if |unless |each |with )?([a-zA-Z][\w.]*)/g)].map((match) => match[1]);
  return [...new Set(names.filter((name) => !['else', 'this', 'dateTime', 'if', 'unless', 'each', 'with'].includes(name)))].sort();
}

/**
 * A language is offered whole or not at all: the web app's pages and the mail templates are shipped in
 * the same languages, and a key missing in any of them fails here rather than showing English to a reader.
 */
describe('languages shipped whole', () => {
  it('ships the web app and the mail in one list of languages, English first', () => {
    expect([...LANGUAGES]).toEqual([...SHIPPED_LANGUAGES]);
    expect(SHIPPED_LANGUAGES[0]).toBe('en');
    expect(SHIPPED_LANGUAGES).toContain('vi');
  });

  for (const language of SHIPPED_LANGUAGES) {
    it(`has every web message key of English in ${language}, and no other`, async () => {
      const missing: string[] = [];
      const extra: string[] = [];
      const namespaces: [string, Record<string, unknown>][] = [['common', common]];
      for (const [namespace, load] of Object.entries(NAMESPACE_LOADERS)) namespaces.push([namespace, (await load()).default]);
      for (const [namespace, messages] of namespaces) {
        const english = keys(messages.en);
        const translated = keys(messages[language]);
        missing.push(...english.filter((key) => !translated.includes(key)).map((key) => `${namespace}:${key}`));
        extra.push(...translated.filter((key) => !english.includes(key)).map((key) => `${namespace}:${key}`));
      }
      const errorKeys = Object.keys((errors as Record<string, object>)[language] ?? {});
      missing.push(
        ...Object.keys(errors.en)
          .filter((code) => !errorKeys.includes(code))
          .map((code) => `errors:${code}`),
      );
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`has every mail template in ${language}, reading the same data as English`, () => {
      const differing: string[] = [];
      for (const kind of readdirSync(TEMPLATES).filter((entry) => statSync(join(TEMPLATES, entry)).isDirectory())) {
        for (const part of ['subject', 'text', 'html']) {
          const file = (lang: string) => readFileSync(join(TEMPLATES, kind, `${lang}.${part}.hbs`), 'utf8');
          const english = fieldsRead(file('en'));
          const translated = fieldsRead(file(language));
          const dropped = english.filter((field) => !translated.includes(field) && !translated.includes(SAID_AS[field]));
          if (dropped.length) differing.push(`${kind}/${language}.${part}.hbs lacks ${dropped.join(', ')}`);
        }
      }
      expect(differing).toEqual([]);
    });
  }

  it('does not ship a language that lacks one mail template', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plenary-templates-'));
    for (const kind of ['registration', 'password-reset']) {
      mkdirSync(join(folder, kind));
      for (const language of ['en', 'vi', 'th'])
        for (const part of ['subject', 'text', 'html'])
          if (!(language === 'th' && kind === 'password-reset' && part === 'html')) writeFileSync(join(folder, kind, `${language}.${part}.hbs`), 'x');
    }
    expect(mailLanguages(folder)).toEqual(['en', 'vi']);
  });
});
