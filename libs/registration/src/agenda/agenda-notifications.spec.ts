import { TemplateRenderer } from '@app/notifications';
import { AGENDA_PROMOTED } from './agenda-notifications.js';

describe('agenda-promoted message', () => {
  const renderer = new TemplateRenderer();
  const context = {
    recipientName: 'Lan',
    sessionTitle: 'Hội thảo A',
    startsAt: '2030-05-06T02:00:00.000Z',
    room: 'Phòng Sen',
    event: { name: 'ASEAN+3', city: 'Hà Nội', dates: '6–7 May 2030', timeZone: 'Asia/Ho_Chi_Minh' },
    links: { app: 'http://localhost:3000', event: 'http://localhost:3000/events/demo' },
  };

  it('exists in English and Vietnamese and names the session, its time in the event’s zone and its room', () => {
    for (const language of ['en', 'vi']) {
      const message = renderer.render(AGENDA_PROMOTED, [language], context);
      expect(message.language).toBe(language);
      expect(message.subject).toContain('Hội thảo A');
      // Vietnamese names the zone by city and offset, the translator's style.
      expect(message.text).toContain(language === 'vi' ? '09:00, thứ Hai, 06/05/2030 (giờ Ho Chi Minh, GMT+7)' : 'Asia/Ho_Chi_Minh');
      expect(message.text).toMatch(/09:00|9:00/);
      expect(message.html).toContain('Phòng Sen');
    }
  });
});
