import ICAL from 'ical.js';
import { agendaCalendar, type CalendarEntry } from './agenda-calendar.js';

const entry = (extra: Partial<CalendarEntry> = {}): CalendarEntry => ({
  sessionId: '6f1c1d0e-4a8e-4a51-9d0e-3f1f3f1f3f1f',
  title: 'Hội thảo A; học tập, suốt đời',
  room: 'Phòng Sen',
  startsAt: new Date('2030-05-06T02:00:00Z'),
  endsAt: new Date('2030-05-06T03:30:00Z'),
  state: 'signed-up',
  waitlistPosition: null,
  ...extra,
});

function parse(text: string) {
  ICAL.design.strict = true;
  return new ICAL.Component(ICAL.parse(text));
}

describe('agendaCalendar', () => {
  const processZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = processZone;
  });

  it('writes times in the event’s zone whatever the zone of the server', () => {
    for (const serverZone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = serverZone;
      const text = agendaCalendar({ eventName: 'ASEAN+3', timeZone: 'Asia/Ho_Chi_Minh', language: 'vi', entries: [entry()] });
      expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20300506T090000\r\n');
      expect(text).toContain('DTEND;TZID=Asia/Ho_Chi_Minh:20300506T103000\r\n');
      expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    }
  });

  it('is accepted by a strict parser, with the VTIMEZONE it names and text kept as typed', () => {
    const text = agendaCalendar({
      eventName: 'Learning Cities, 2030; Hà Nội',
      timeZone: 'Asia/Ho_Chi_Minh',
      language: 'vi',
      entries: [entry(), entry({ sessionId: 'b', state: 'waitlisted', waitlistPosition: 3, room: null })],
    });
    expect(text).toContain('\r\nNAME:Learning Cities\\, 2030\\; Hà Nội: lịch tham dự của tôi\r\n');
    const calendar = parse(text);
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(zone);
    const [signedUp, waitlisted] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(signedUp.summary).toBe('Hội thảo A; học tập, suốt đời');
    expect(signedUp.uid).toBe('6f1c1d0e-4a8e-4a51-9d0e-3f1f3f1f3f1f@plenary');
    expect(signedUp.startDate.toJSDate().toISOString()).toBe('2030-05-06T02:00:00.000Z');
    expect(waitlisted.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(waitlisted.description).toBe('Danh sách chờ: vị trí số 3. Quý vị chưa có chỗ.');
  });

  it('falls back to UTC times for a zone it has no VTIMEZONE for, rather than a TZID nobody can resolve', () => {
    const text = agendaCalendar({ eventName: 'Kyiv', timeZone: 'Europe/Kyiv', language: 'en', entries: [entry()] });
    expect(text).not.toContain('TZID=');
    expect(text).toContain('DTSTART:20300506T020000Z\r\n');
    const event = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-05-06T02:00:00.000Z');
  });
});
