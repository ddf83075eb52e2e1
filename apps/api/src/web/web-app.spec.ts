import { isPageNavigation, isPagePath } from './web-app.js';

describe('isPageNavigation', () => {
  const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  it('gives the page to browser navigations of page paths, including the emailed links', () => {
    for (const path of [
      '/',
      '/login',
      '/forgot-password',
      '/reset-password?token=tok',
      '/account',
      '/events/demo',
      '/events/demo/timetable',
      '/events/demo/speakers',
      '/events/demo/speakers/0b3c4a52-1f7e-4c43-9d3e-2a1b5c6d7e8f',
      '/events/demo/sessions/0b3c4a52-1f7e-4c43-9d3e-2a1b5c6d7e8f',
      '/manage/abc?x=1',
      '/events/demo/speaker-invitations/tok',
      '/events/demo/invitations/tok',
      '/organiser/events/demo/people',
      '/organiser/events/demo/programme',
      '/speaker',
      '/jury/events/demo',
    ]) {
      expect([path, isPageNavigation('GET', path, html)]).toEqual([path, true]);
    }
  });

  it('leaves the API to programs, downloads, other methods and other paths', () => {
    expect(isPageNavigation('GET', '/events/demo', 'application/json')).toBe(false);
    expect(isPageNavigation('GET', '/events/demo', undefined)).toBe(false);
    expect(isPageNavigation('POST', '/login', html)).toBe(false);
    for (const path of ['/events/demo/schedule.ics', '/events/demo/programme', '/registrations/manage/abc/badge.pdf', '/docs', '/health', '/events/%E0%A4%A']) {
      expect([path, isPageNavigation('GET', path, html)]).toEqual([path, false]);
    }
  });
});

describe('isPagePath', () => {
  it('marks every GET of a page path, page or JSON, so its answer can vary with Accept', () => {
    expect(isPagePath('GET', '/events/demo/speaker-invitations/tok')).toBe(true);
    expect(isPagePath('HEAD', '/events/demo')).toBe(true);
    expect(isPagePath('POST', '/events/demo/speaker-invitations/tok')).toBe(false);
    expect(isPagePath('GET', '/events/demo/speaker-invitations/tok/accept')).toBe(false);
    expect(isPagePath('GET', '/events/demo/invitations/tok')).toBe(true);
    expect(isPagePath('GET', '/events/demo/invitations')).toBe(false);
    expect(isPagePath('GET', '/events/demo/schedule.ics')).toBe(false);
  });
});
