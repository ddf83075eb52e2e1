import { checkContent, renderContent } from './message-content.js';

const fields = {
  name: 'Trần <b>An</b>',
  title: 'Dr',
  delegation: 'Huế',
  eventLink: 'https://plenary.test/events/x',
  programmeLink: 'https://plenary.test/events/x/timetable',
};

describe('message content', () => {
  it('renders Markdown with raw HTML shown as text and names escaped, links filled inside link targets', () => {
    const rendered = renderContent(
      { subject: 'Hello\n{{name}}', body: '**Dear** {{name}} <img src=x onerror=alert(1)>\n\n[Programme]({{programmeLink}})' },
      fields,
    );
    expect(rendered.html).toContain('<strong>Dear</strong> Trần &#60;b&#62;An&#60;/b&#62;');
    expect(rendered.html).not.toContain('<img');
    expect(rendered.html).toContain('<a href="https://plenary.test/events/x/timetable">Programme</a>');
    expect(rendered.subject).toBe('Hello Trần <b>An</b>');
    expect(rendered.text).toContain('**Dear** Trần <b>An</b>');
  });

  it('names the first placeholder that does not exist, and refuses a body over the limit', () => {
    expect(() => checkContent({ vi: { subject: 'x', body: 'Kính gửi {{ten}}' } })).toThrow(
      expect.objectContaining({ code: 'MESSAGE_PLACEHOLDER_UNKNOWN', data: expect.objectContaining({ placeholder: 'ten' }) }),
    );
    expect(() => checkContent({ en: { subject: 'x', body: 'y'.repeat(20_001) } })).toThrow(expect.objectContaining({ code: 'MESSAGE_TOO_LARGE' }));
    expect(() => checkContent({ en: { subject: '{{ name }}', body: '{{delegation}} {{eventLink}}' } })).not.toThrow();
  });
});
