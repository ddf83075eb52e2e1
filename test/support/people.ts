import type { TestApp } from './test-app.js';

export const eventInput = (slug: string, startDate = '2030-05-06', endDate = '2030-05-07') => ({
  slug,
  name: 'Hội nghị Thành phố học tập ASEAN+3',
  city: 'Hà Nội',
  country: 'VN',
  timeZone: 'Asia/Ho_Chi_Minh',
  startDate,
  endDate,
  languages: ['vi', 'en'],
});

/** Creates an account through the API and returns its id. */
export async function createUser(t: TestApp, email: string, displayName: string, language = 'en', password?: string): Promise<string> {
  const response = await t.request('POST', '/users', {
    token: await t.adminToken(),
    body: { email, displayName, language, ...(password ? { password } : {}) },
  });
  if (response.statusCode !== 201) throw new Error(`create user: ${response.statusCode} ${response.text}`);
  return response.body.id;
}

export async function createEvent(t: TestApp, slug: string, startDate?: string, endDate?: string): Promise<void> {
  const response = await t.request('POST', '/events', { token: await t.adminToken(), body: eventInput(slug, startDate, endDate) });
  if (response.statusCode !== 201) throw new Error(`create event: ${response.statusCode} ${response.text}`);
}

export async function grantRole(t: TestApp, slug: string, userId: string, role: string) {
  return t.request('POST', `/events/${slug}/roles`, { token: await t.adminToken(), body: { userId, role } });
}

export async function notificationLog(t: TestApp, slug: string, query = '') {
  const response = await t.request('GET', `/events/${slug}/notifications${query}`, { token: await t.adminToken() });
  if (response.statusCode !== 200) throw new Error(`log: ${response.statusCode} ${response.text}`);
  return response.body as { items: any[]; total: number; counts: Record<string, number> };
}

/** A registration body for a Vietnamese delegate; `extra` overrides any field. */
export const delegateInput = (email: string, extra: Record<string, unknown> = {}) => ({
  fullName: 'Nguyễn Thị Lan',
  title: 'Phó Giám đốc',
  organisation: 'Sở Giáo dục và Đào tạo Hà Nội',
  city: 'Hà Nội',
  country: 'VN',
  email,
  language: 'vi',
  category: 'delegate',
  consent: { privacyNoticeVersion: '2024-1', accepted: true },
  ...extra,
});
