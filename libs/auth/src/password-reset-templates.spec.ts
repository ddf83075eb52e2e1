import { TemplateRenderer } from '@app/notifications';

const renderer = new TemplateRenderer();

describe('password reset message', () => {
  it.each([
    ['en', 'Plenary: choose a new password', 'Dear Lan'],
    ['vi', 'Plenary: đặt lại mật khẩu', 'Quý vị'],
  ])('is written in %s with the single-use link and no event footer', (language, subject, words) => {
    const message = renderer.render('password-reset', [language], {
      recipientName: 'Lan',
      links: { app: 'https://plenary.test' },
      secret: 'tok_en-123',
      validMinutes: 60,
    });
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(words);
    expect(message.text).toContain('https://plenary.test/reset-password?token=tok_en-123');
    expect(message.text).toContain('60');
    expect(message.html).toContain('href="https://plenary.test/reset-password?token=tok_en-123"');
    expect(message.html).not.toContain('<hr');
  });
});
