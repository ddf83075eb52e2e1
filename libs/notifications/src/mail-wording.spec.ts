import { checkWording, renderWording, wordableKind, WORDABLE_KINDS } from './mail-wording.js';

describe('automatic mails in the organisers’ words', () => {
  const confirmed = wordableKind('registration-confirmed')!;

  it('starts every mail from words that use only its own placeholders, in English and Vietnamese', () => {
    for (const kind of WORDABLE_KINDS) {
      for (const language of ['en', 'vi']) expect(() => checkWording(kind, language, kind.starter[language])).not.toThrow();
    }
  });

  it('names a placeholder the mail does not have, and refuses words over the limit', () => {
    expect(() => checkWording(confirmed, 'vi', { subject: 'x', body: 'Kính gửi {{slotTitle}}' })).toThrow(
      expect.objectContaining({ code: 'MAIL_PLACEHOLDER_UNKNOWN', data: expect.objectContaining({ placeholder: 'slotTitle' }) }),
    );
    expect(() => checkWording(confirmed, 'en', { subject: 'x', body: 'y'.repeat(20_001) })).toThrow(
      expect.objectContaining({ code: 'MAIL_WORDING_TOO_LARGE' }),
    );
  });

  it('renders Markdown with raw HTML as text, names escaped, links inside link targets and lists as lists', () => {
    const rendered = renderWording(
      { subject: 'Hi\n{{name}}', body: '**Dear** {{name}} <img src=x onerror=alert(1)>\n\n[Page]({{manageLink}})\n\n{{talks}}' },
      { name: 'An <b>', manageLink: 'https://plenary.test/manage/abc', talks: ['One *two*', 'Three'] },
    );
    expect(rendered.subject).toBe('Hi An <b>');
    expect(rendered.html).toContain('<strong>Dear</strong> An &#60;b&#62;');
    expect(rendered.html).not.toContain('<img');
    expect(rendered.html).toContain('<a href="https://plenary.test/manage/abc">Page</a>');
    expect(rendered.html).toContain('<li>One *two*</li>');
    expect(rendered.text).toContain('- One *two*\n- Three');
  });
});
