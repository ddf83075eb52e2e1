import { jest } from '@jest/globals';
import { ScheduleExportCache } from './schedule-export-cache.js';

describe('ScheduleExportCache', () => {
  it('builds an export once per event, version and format', () => {
    const cache = new ScheduleExportCache();
    const build = jest.fn(() => '<schedule/>');
    expect(cache.getOrBuild('asean', 1, 'xml', build)).toBe('<schedule/>');
    expect(cache.getOrBuild('asean', 1, 'xml', build)).toBe('<schedule/>');
    expect(cache.get('asean', 1, 'xml')).toBe('<schedule/>');
    expect(build).toHaveBeenCalledTimes(1);
    cache.getOrBuild('asean', 1, 'json', () => '{}');
    cache.getOrBuild('other', 1, 'xml', () => '<other/>');
    expect(cache.builds).toBe(3);
    expect(cache.get('asean', 2, 'xml')).toBeUndefined();
  });

  it('drops older versions of the same export when a newer one is built', () => {
    const cache = new ScheduleExportCache();
    cache.getOrBuild('asean', 1, 'xml', () => 'v1');
    cache.getOrBuild('asean', 1, 'ics', () => 'v1 ics');
    cache.getOrBuild('asean-2', 1, 'xml', () => 'other event');
    cache.getOrBuild('asean', 2, 'xml', () => 'v2');
    expect(cache.get('asean', 1, 'xml')).toBeUndefined();
    expect(cache.get('asean', 1, 'ics')).toBe('v1 ics');
    expect(cache.get('asean-2', 1, 'xml')).toBe('other event');
    expect(cache.size).toBe(3);
  });

  it('keeps each language of an export apart, and drops only the same language’s older version', () => {
    const cache = new ScheduleExportCache();
    cache.getOrBuild('asean', 1, 'xml.en', () => 'v1 en');
    cache.getOrBuild('asean', 1, 'xml.vi', () => 'v1 vi');
    expect(cache.get('asean', 1, 'xml.th')).toBeUndefined();
    cache.getOrBuild('asean', 2, 'xml.vi', () => 'v2 vi');
    expect(cache.get('asean', 1, 'xml.vi')).toBeUndefined();
    expect(cache.get('asean', 1, 'xml.en')).toBe('v1 en');
    expect(cache.get('asean', 2, 'xml.vi')).toBe('v2 vi');
  });

  it('stays within its capacity, forgetting the least recently used first', () => {
    const cache = new ScheduleExportCache(2);
    cache.getOrBuild('a', 1, 'xml', () => 'a');
    cache.getOrBuild('b', 1, 'xml', () => 'b');
    cache.get('a', 1, 'xml');
    cache.getOrBuild('c', 1, 'xml', () => 'c');
    expect(cache.size).toBe(2);
    expect(cache.get('b', 1, 'xml')).toBeUndefined();
    expect(cache.get('a', 1, 'xml')).toBe('a');
    expect(cache.get('c', 1, 'xml')).toBe('c');
  });
});
