import { redactUrl } from './redact-url.js';

const token = 'q3X9vB0kLm7TzP4wYc2NfR8sHd1GjE6aUo5iKx-_Qe0';

describe('redactUrl', () => {
  it.each([
    [`/registrations/manage/${token}`, '/registrations/manage/[redacted]'],
    [`/registrations/manage/${token}/badge.pdf`, '/registrations/manage/[redacted]/badge.pdf'],
    [`/registrations/manage/${token}/agenda.ics`, '/registrations/manage/[redacted]/agenda.ics'],
    [`/manage/${token}`, '/manage/[redacted]'],
    ['/registrations/manage/short', '/registrations/manage/[redacted]'],
    [`/events/hanoi-2025/speaker-invitations/${token}/accept`, '/events/hanoi-2025/speaker-invitations/[redacted]/accept'],
    [`/events/hanoi-2025/invitations/${token}/accept`, '/events/hanoi-2025/invitations/[redacted]/accept'],
    ['/events/hanoi-2025/invitations/short', '/events/hanoi-2025/invitations/[redacted]'],
    [`/somewhere/${token}`, '/somewhere/[redacted]'],
    [`/events/x/registrations.csv?token=abc&state=confirmed`, '/events/x/registrations.csv?token=[redacted]&state=confirmed'],
    [`/feed?x=${token}`, '/feed?x=[redacted]'],
  ])('redacts %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('leaves slugs, ids and ordinary queries readable', () => {
    const url = '/events/asean-plus-three-learning-cities-2025/rooms/5b0c7f2e-8d3a-4e1b-9c6f-2a7d4e8b1c90?state=confirmed&page=2';
    expect(redactUrl(url)).toBe(url);
    expect(redactUrl('/events/hanoi-2025/speaker-invitations')).toBe('/events/hanoi-2025/speaker-invitations');
    const resend = '/events/hanoi-2025/invitations/5b0c7f2e-8d3a-4e1b-9c6f-2a7d4e8b1c90/resend';
    expect(redactUrl(resend)).toBe(resend);
  });
});
