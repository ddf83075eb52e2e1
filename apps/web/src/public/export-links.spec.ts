import { describe, expect, it } from '@jest/globals';
import { exportPath } from './export-links';

describe('exportPath', () => {
  it('asks for the reader’s language when the event is held in it', () => {
    expect(exportPath('asean', 'schedule.xml', 'vi', ['en', 'vi', 'th'])).toBe('/events/asean/schedule.xml?lang=vi');
    expect(exportPath('asean', 'schedule.ics', 'th', ['en', 'vi', 'th'])).toBe('/events/asean/schedule.ics?lang=th');
  });

  it('keeps the plain link for the event’s first language and for a language the event is not held in', () => {
    expect(exportPath('asean', 'schedule.json', 'en', ['en', 'vi'])).toBe('/events/asean/schedule.json');
    expect(exportPath('asean', 'schedule.json', 'th', ['en', 'vi'])).toBe('/events/asean/schedule.json');
  });
});
