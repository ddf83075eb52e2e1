import { TemplateRenderer } from '@app/notifications';

const renderer = new TemplateRenderer();
const base = {
  recipientName: 'Lan',
  event: { name: 'Learning Cities', city: 'Hà Nội', dates: '6–7 May 2030', timeZone: 'Asia/Ho_Chi_Minh' },
  links: { app: 'http://plenary.test', event: 'http://plenary.test/events/lc-2030' },
};
const slot = { title: 'Sơn La', session: 'Opening', room: 'Hall A', start: '2030-05-06T02:00:00.000Z' };

describe('speaker message templates', () => {
  it.each(['en', 'vi'])('writes the invitation in %s with its private link and the slot time in the event zone', (language) => {
    const message = renderer.render('speaker-invitation', [language], {
      ...base,
      language,
      secret: 'tok_en-123',
      slots: [slot],
      expiresAt: '2030-04-01T00:00:00.000Z',
    });
    expect(message.language).toBe(language);
    expect(message.text).toContain('http://plenary.test/events/lc-2030/speaker-invitations/tok_en-123');
    expect(message.text).toMatch(/\b0?9:00\b/);
    expect(message.html).toContain('href="http://plenary.test/events/lc-2030/speaker-invitations/tok_en-123"');
  });

  it.each(['en', 'vi'])('tells the organiser in %s which slots a decline freed', (language) => {
    const message = renderer.render('speaker-invitation-declined', [language], {
      ...base,
      invitee: 'Kim',
      inviteeEmail: 'kim@example.org',
      slotTitles: ['Green Suwon'],
    });
    expect(message.text).toContain('Green Suwon');
    expect(message.subject).toContain('Kim');
  });

  it.each(['en', 'vi'])('reminds in %s, with a last call', (language) => {
    const due = renderer.render('slides-reminder', [language], { ...base, slot, lastCall: false });
    const last = renderer.render('slides-reminder', [language], { ...base, slot, lastCall: true });
    expect(due.subject).not.toBe(last.subject);
    expect(due.text).toContain('Sơn La');
  });
});
