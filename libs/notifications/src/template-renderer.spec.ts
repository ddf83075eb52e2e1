import { TemplateRenderer } from './template-renderer.js';

const renderer = new TemplateRenderer();
const context = {
  recipientName: '<script>alert(1)</script> Lan',
  roleLabel: 'speaker',
  event: { name: 'Conference\r\nBcc: x@y.z', city: 'Bangkok', dates: '29–30 October 2024', timeZone: 'Asia/Bangkok' },
  links: { app: 'http://localhost:3000', event: 'http://localhost:3000/events/demo' },
};

describe('TemplateRenderer', () => {
  it('renders in the first language that has templates, falling back in order', () => {
    expect(renderer.render('role-granted', ['vi', 'en'], context).language).toBe('vi');
    expect(renderer.render('role-granted', ['th', 'en'], context).language).toBe('th');
    expect(renderer.render('role-granted', ['ko', 'en'], context).language).toBe('en');
  });

  it('escapes what users typed in HTML, and keeps it as typed in plain text', () => {
    const message = renderer.render('role-granted', ['en'], context);
    expect(message.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Lan');
    expect(message.html).not.toContain('<script>');
    expect(message.text).toContain('Dear <script>alert(1)</script> Lan');
  });

  it('keeps a subject on one line whatever a name contains', () => {
    expect(renderer.render('role-granted', ['en'], context).subject).toBe('Conference Bcc: x@y.z: you are now speaker');
  });

  it('has every kind in English and Vietnamese', () => {
    for (const kind of ['role-granted', 'event-reminder']) {
      expect(renderer.has(kind, 'en')).toBe(true);
      expect(renderer.has(kind, 'vi')).toBe(true);
    }
  });

  it('refuses a kind it has no template for', () => {
    expect(() => renderer.render('no-such-kind', ['en'], context)).toThrow('No template');
  });
});

describe('Vietnamese mail register', () => {
  const templates = new TemplateRenderer();
  const kinds = [
    'role-granted',
    'event-reminder',
    'registration',
    'agenda-promoted',
    'slides-reminder',
    'speaker-invitation',
    'speaker-invitation-declined',
    'award-outcome',
    'programme-changed',
    'password-reset',
    'role-invitation',
  ];
  const data = {
    ...context,
    event: { ...context.event, name: 'Hội nghị', organiser: 'UNESCO Bangkok' },
    confirmed: true,
    winner: false,
    slots: [],
    slotTitles: [],
    changes: [],
  };

  it('addresses officials as Ông/Bà and Quý vị, never "bạn", and signs off for the organisers', () => {
    for (const kind of kinds) {
      const message = templates.render(kind, ['vi'], data);
      expect(message.text).toContain('Kính gửi Ông/Bà');
      expect(`${message.subject} ${message.text}`).not.toMatch(/(^|[^\p{L}])bạn([^\p{L}]|$)/iu);
      expect(message.text).toMatch(/Trân trọng,\nBan Tổ chức Hội nghị\nUNESCO Bangkok$/);
      expect(message.html).toContain('<p>Trân trọng,<br>Ban Tổ chức Hội nghị<br>UNESCO Bangkok</p>');
    }
  });

  it('thanks the nominating body and hopes the city will be nominated again, not the reverse', () => {
    const text = templates.render('award-outcome', ['vi'], { ...data, city: 'Sa Đéc', award: 'UNESCO Learning City Award 2024', year: 2024 }).text;
    expect(text).toContain('Trân trọng cảm ơn Quý vị đã đề cử Sa Đéc');
    expect(text).toContain('Chúng tôi mong Sa Đéc sẽ tiếp tục được đề cử trong các kỳ tới.');
    expect(text).toContain('Ban giám khảo');
  });
});
