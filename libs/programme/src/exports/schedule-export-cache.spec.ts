import { ScheduleExportCache } from './schedule-export-cache.js';

describe('ScheduleExportCache', () => {
  it('keeps an export per event, version and format, counting what was stored', () => {
    const cache = new ScheduleExportCache();
    expect(cache.get('asean', 1, 'xml')).toBeUndefined();
    expect(cache.set('asean', 1, 'xml', '<schedule/>')).toBe('<schedule/>');
    expect(cache.get('asean', 1, 'xml')).toBe('<schedule/>');
    cache.set('asean', 1, 'json', '{}');
    cache.set('other', 1, 'xml', '<other/>');
    expect(cache.builds).toBe(3);
    expect(cache.get('asean', 2, 'xml')).toBeUndefined();
    expect(cache.get('asean', 1, 'json')).toBe('{}');
  });

  it('drops older versions of the same export when a newer one is built', () => {
    const cache = new ScheduleExportCache();
    cache.set('asean', 1, 'xml', 'v1');
    cache.set('asean', 1, 'ics', 'v1 ics');
    cache.set('asean-2', 1, 'xml', 'other event');
    cache.set('asean', 2, 'xml', 'v2');
    expect(cache.get('asean', 1, 'xml')).toBeUndefined();
    expect(cache.get('asean', 1, 'ics')).toBe('v1 ics');
    expect(cache.get('asean-2', 1, 'xml')).toBe('other event');
    expect(cache.size).toBe(3);
  });

  it('keeps each language of an export apart, and drops only the same language’s older version', () => {
    const cache = new ScheduleExportCache();
    cache.set('asean', 1, 'xml.en', 'v1 en');
    cache.set('asean', 1, 'xml.vi', 'v1 vi');
    expect(cache.get('asean', 1, 'xml.th')).toBeUndefined();
    cache.set('asean', 2, 'xml.vi', 'v2 vi');
    expect(cache.get('asean', 1, 'xml.vi')).toBeUndefined();
    expect(cache.get('asean', 1, 'xml.en')).toBe('v1 en');
    expect(cache.get('asean', 2, 'xml.vi')).toBe('v2 vi');
  });

  it('stays within its capacity, forgetting the least recently used first', () => {
    const cache = new ScheduleExportCache(2);
    cache.set('a', 1, 'xml', 'a');
    cache.set('b', 1, 'xml', 'b');
    cache.get('a', 1, 'xml');
    cache.set('c', 1, 'xml', 'c');
    expect(cache.size).toBe(2);
    expect(cache.get('b', 1, 'xml')).toBeUndefined();
    expect(cache.get('a', 1, 'xml')).toBe('a');
    expect(cache.get('c', 1, 'xml')).toBe('c');
  });
});
