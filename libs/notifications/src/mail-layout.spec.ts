import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { linksInLanguage, tidyText } from './mail-layout.js';
import { TEMPLATES_DIR, TemplateRenderer } from './template-renderer.js';

const renderer = new TemplateRenderer();
const KINDS = readdirSync(TEMPLATES_DIR).filter((name) => statSync(join(TEMPLATES_DIR, name)).isDirectory());
const FLAGS = ['received', 'confirmed', 'waitlisted', 'promoted', 'offered', 'cancelled', 'rejected', 'link'];

/** A context with everything a template may ask for; `on` decides the optional sections. */
function context(on: boolean, flag?: string) {
  return {
    recipientName: 'Nguyễn Thị Lan',
    roleLabel: 'speaker',
    category: 'City delegate',
    waitlistPosition: 3,
    offerExpiresAt: '2030-05-01T10:00:00Z',
    expiresAt: '2030-05-01T10:00:00Z',
    validMinutes: 60,
    timeZone: 'Asia/Bangkok',
    secret: 'abc',
    ...(flag ? { [flag]: true } : {}),
    ...(on ? { changes: [{ title: 'Opening', what: 'moved' }], sessions: [{ title: 'Opening', startsAt: '2030-05-06T02:00:00Z' }], missing: ['Opening'] } : {}),
    event: { name: 'Conference', city: 'Bangkok', dates: '6–7 May 2030', timeZone: 'Asia/Bangkok', organiser: 'UNESCO' },
    links: { app: 'http://localhost:3000', event: 'http://localhost:3000/events/demo', manage: on ? 'http://localhost:3000/manage/x' : undefined },
    frame: {
      reason: 'Why you get it.',
      organiser: 'Organised by UNESCO',
      unsubscribe: on ? { url: 'http://localhost:3000/unsubscribe?token=a.b', label: 'Stop' } : undefined,
    },
  };
}

describe('mail layout', () => {
  it.each(KINDS.flatMap((kind) => ['en', 'vi'].map((language) => [kind, language])))(
    'writes %s in %s as plain text with no run of blank lines, whatever sections are on',
    (kind, language) => {
      for (const variant of [context(false), context(true), ...FLAGS.map((flag) => context(true, flag))]) {
        const { text, html } = renderer.render(kind, [language], variant);
        expect(text).not.toMatch(/\n\s*\n\s*\n/);
        expect(text).not.toMatch(/^\s/);
        expect(text.replace(/^-- $/m, '--')).not.toMatch(/[ \t]$/m);
        expect(text).toContain('Why you get it.');
        expect(html).toContain('data-part="footer"');
      }
    },
  );

  it('collapses blank-line runs and trailing spaces, keeping the signature separator', () => {
    expect(tidyText('a  \n\n\n\nb\r\n-- \nc\n\n')).toBe('a\n\nb\n-- \nc');
  });

  it('adds the language to links into the app only, once, in HTML and text', () => {
    const base = 'https://plenary.example.org';
    expect(linksInLanguage(`see ${base}/events/x and ${base}/reset-password?token=t.`, base, 'vi', false)).toBe(
      `see ${base}/events/x?lang=vi and ${base}/reset-password?token=t.&lang=vi`,
    );
    expect(linksInLanguage(`<a href="${base}/u?token=a&amp;x=1">`, base, 'vi', true)).toBe(`<a href="${base}/u?token=a&amp;x=1&amp;lang=vi">`);
    expect(linksInLanguage(`${base}/events/x?lang=en#top https://other.org/a ${base}.evil.org/x`, base, 'vi', false)).toBe(
      `${base}/events/x?lang=en#top https://other.org/a ${base}.evil.org/x`,
    );
    expect(linksInLanguage(`${base}`, base, 'vi', false)).toBe(`${base}?lang=vi`);
  });
});
