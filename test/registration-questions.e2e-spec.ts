import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEventually, freshRedisUrl, type SmtpSink, startSmtpSink } from '@app/testing';
import { createEvent, delegateInput as delegate } from './support/people.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hour = 3600_000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const yesNo = { vi: 'Quý vị có cần thư mời xin thị thực?', en: 'Do you need a visa invitation?' };
const choices = (...keys: string[]) => keys.map((key) => ({ key, labels: { vi: `vi ${key}`, en: `en ${key}` } }));

describe('custom registration questions', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: string;
  const uploads = mkdtempSync(join(tmpdir(), 'plenary-answers-'));

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      RUN_WORKER: 'true',
      REDIS_URL: await freshRedisUrl(14),
      SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      UPLOADS_DIR: uploads,
      ANSWER_FILE_MAX_BYTES: '4096',
    });
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
    rmSync(uploads, { recursive: true, force: true });
  });

  async function openEvent(slug: string) {
    await createEvent(t, slug);
    const put = await t.request('PUT', `/events/${slug}/registration-settings`, {
      token: admin,
      body: {
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + 24 * hour).toISOString(),
        capacity: 100,
        privacyNoticeVersion: '2024-1',
      },
    });
    expect(put.statusCode).toBe(200);
    for (const code of ['delegate', 'speaker'])
      expect((await t.request('POST', `/events/${slug}/registration-categories`, { token: admin, body: { code, name: code } })).statusCode).toBe(201);
  }

  async function ask(slug: string, body: Record<string, unknown>): Promise<string> {
    const response = await t.request('POST', `/events/${slug}/registration-questions`, { token: admin, body });
    expect(response.statusCode).toBe(201);
    return response.body.id;
  }

  async function tokenFor(email: string): Promise<string> {
    return expectEventually(() => {
      const link = sink
        .to(email)
        .map((mail) => /\/manage\/([\w-]{43})/.exec(mail.parsed.text ?? '')?.[1])
        .find(Boolean);
      expect(link).toBeDefined();
      return link!;
    }, 30_000);
  }

  const register = (slug: string, email: string, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    t.request('POST', `/events/${slug}/registrations`, { body: delegate(email, { answers, ...extra }) });

  const uploadFile = async (token: string, questionId: string, bytes: Buffer, name = 'passport.pdf') => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(`${t.baseUrl.replace('[::1]', '127.0.0.1')}/registrations/manage/${token}/answers/${questionId}/file`, {
      method: 'PUT',
      body: form,
    });
    return { statusCode: response.status, body: (await response.json()) as any };
  };

  describe('one question of every type', () => {
    const slug = 'questions-all-types';
    const q: Record<string, string> = {};

    beforeAll(async () => {
      await openEvent(slug);
      q.text = await ask(slug, { type: 'text', required: true, labels: { vi: 'Chức danh trên thẻ', en: 'Title on the badge' } });
      q.long = await ask(slug, { type: 'long_text', labels: { vi: 'Giới thiệu', en: 'About you' } });
      q.number = await ask(slug, { type: 'number', labels: { vi: 'Số khách đi cùng', en: 'Guests' } });
      q.date = await ask(slug, { type: 'date', labels: { vi: 'Ngày đến', en: 'Arrival day' } });
      q.single = await ask(slug, {
        type: 'single_choice',
        required: true,
        labels: { vi: 'Bữa ăn', en: 'Meal' },
        choices: choices('vegetarian', 'halal', 'none'),
      });
      q.multi = await ask(slug, {
        type: 'multiple_choice',
        labels: { vi: 'Chuyến tham quan', en: 'Site visits' },
        choices: choices('museum', 'school', 'library'),
      });
      q.yesNo = await ask(slug, { type: 'yes_no', labels: yesNo });
      q.country = await ask(slug, { type: 'country', labels: { vi: 'Quốc tịch', en: 'Nationality' } });
      q.file = await ask(slug, { type: 'file', labels: { vi: 'Bản sao hộ chiếu', en: 'Passport copy' } });
    });

    const valid = () => ({
      [q.text]: '  Giám đốc Sở  ',
      [q.long]: 'Dòng một\nDòng hai',
      [q.number]: 2,
      [q.date]: '2030-05-05',
      [q.single]: 'vegetarian',
      [q.multi]: ['museum', 'library', 'museum'],
      [q.yesNo]: true,
      [q.country]: 'la',
    });

    it('stores each answer in its type, shows it on the private link and to organisers, and takes a sniffed file', async () => {
      const form = await t.request('GET', `/events/${slug}/registration-form`);
      expect(form.statusCode).toBe(200);
      expect(form.body.questions.map((question: any) => question.type)).toEqual([
        'text',
        'long_text',
        'number',
        'date',
        'single_choice',
        'multiple_choice',
        'yes_no',
        'country',
        'file',
      ]);

      const created = await register(slug, 'lan@types.test', valid());
      expect(created.statusCode).toBe(201);
      const token = await tokenFor('lan@types.test');
      const mine = await t.request('GET', `/registrations/manage/${token}/answers`);
      expect(mine.statusCode).toBe(200);
      const byQuestion = Object.fromEntries(mine.body.answers.map((answer: any) => [answer.questionId, answer.value]));
      expect(byQuestion).toEqual({
        [q.text]: 'Giám đốc Sở',
        [q.long]: 'Dòng một\nDòng hai',
        [q.number]: 2,
        [q.date]: '2030-05-05',
        [q.single]: 'vegetarian',
        [q.multi]: ['museum', 'library'],
        [q.yesNo]: true,
        [q.country]: 'LA',
      });
      expect(mine.body.editable).toBe(true);

      const uploaded = await uploadFile(token, q.file, PDF);
      expect(uploaded.statusCode).toBe(200);
      expect(uploaded.body.answers.find((answer: any) => answer.questionId === q.file).file).toEqual({
        name: 'passport.pdf',
        mediaType: 'application/pdf',
        size: PDF.length,
      });
      const download = await t.request('GET', `/registrations/manage/${token}/answers/${q.file}/file`);
      expect(download.statusCode).toBe(200);
      expect(download.text).toBe(PDF.toString());
      expect((await t.request('GET', `/events/${slug}/registrations/${created.body.id}/answers/${q.file}/file`, { token: admin })).statusCode).toBe(200);

      // Not a PDF, PNG or JPEG by content: 415; larger than the limit: 413.
      expect((await uploadFile(token, q.file, Buffer.from('plain text pretending'), 'x.pdf')).body.code).toBe('FILE_TYPE_REFUSED');
      const big = await uploadFile(token, q.file, Buffer.concat([PDF, Buffer.alloc(8192, 32)]));
      expect([big.statusCode, big.body.code]).toEqual([413, 'FILE_TOO_LARGE']);
      expect((await uploadFile(token, q.text, PDF)).body.code).toBe('ANSWER_INVALID');

      const changed = await t.request('PUT', `/registrations/manage/${token}/answers`, { body: { answers: { [q.single]: 'halal', [q.long]: null } } });
      expect(changed.statusCode).toBe(200);
      const after = Object.fromEntries(changed.body.answers.map((answer: any) => [answer.questionId, answer.value]));
      expect(after[q.single]).toBe('halal');
      expect(after[q.long]).toBeUndefined();
      expect(after[q.text]).toBe('Giám đốc Sở');

      const organiser = await t.request('GET', `/events/${slug}/registrations/${created.body.id}/answers`, { token: admin });
      expect(organiser.statusCode).toBe(200);
      expect(organiser.body.answers).toHaveLength(8);
    });

    it.each([
      ['text', () => q.text, 42],
      ['text on two lines', () => q.text, 'one\ntwo'],
      ['number', () => q.number, '2'],
      ['date', () => q.date, '2030-02-30'],
      ['date format', () => q.date, '05/05/2030'],
      ['yes/no', () => q.yesNo, 'yes'],
      ['country', () => q.country, 'XX'],
      ['multiple choice', () => q.multi, 'museum'],
      ['file given as a value', () => q.file, 'passport.pdf'],
    ])('refuses a wrong type for %s with 422 ANSWER_INVALID naming the question, registering nobody', async (_, question, value) => {
      const email = `wrong-${Math.random().toString(36).slice(2)}@types.test`;
      const refused = await register(slug, email, { ...valid(), [question()]: value });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toMatchObject({ code: 'ANSWER_INVALID', data: { questionId: question() } });
      expect((await register(slug, email, valid())).statusCode).toBe(201);
    });

    it('refuses a value outside the choices (single and multiple) with 422 ANSWER_NOT_A_CHOICE', async () => {
      const single = await register(slug, 'single@types.test', { ...valid(), [q.single]: 'kosher' });
      expect(single.statusCode).toBe(422);
      expect(single.body).toMatchObject({ code: 'ANSWER_NOT_A_CHOICE', data: { questionId: q.single, value: 'kosher' } });
      const multi = await register(slug, 'multi@types.test', { ...valid(), [q.multi]: ['museum', 'zoo'] });
      expect(multi.body).toMatchObject({ code: 'ANSWER_NOT_A_CHOICE', data: { questionId: q.multi, value: 'zoo' } });
    });

    it('refuses a missing required answer, an empty one, and an unknown question with 422 naming the question', async () => {
      const { [q.text]: _dropped, ...withoutText } = valid();
      const missing = await register(slug, 'missing@types.test', withoutText);
      expect(missing.statusCode).toBe(422);
      expect(missing.body).toMatchObject({ code: 'ANSWER_REQUIRED', data: { questionId: q.text } });
      expect((await register(slug, 'empty@types.test', { ...valid(), [q.single]: '' })).body).toMatchObject({
        code: 'ANSWER_REQUIRED',
        data: { questionId: q.single },
      });
      const stranger = '00000000-0000-4000-8000-000000000000';
      expect((await register(slug, 'unknown@types.test', { ...valid(), [stranger]: 'x' })).body).toMatchObject({
        code: 'ANSWER_UNKNOWN_QUESTION',
        data: { questionId: stranger },
      });
      // Clearing a required answer later is refused too.
      await register(slug, 'later@types.test', valid());
      const token = await tokenFor('later@types.test');
      const cleared = await t.request('PUT', `/registrations/manage/${token}/answers`, { body: { answers: { [q.text]: null } } });
      expect(cleared.body).toMatchObject({ code: 'ANSWER_REQUIRED', data: { questionId: q.text } });
    });

    it('lists answers to organisers, filters by an answer, and exports one CSV column per question', async () => {
      await register(slug, 'minh@types.test', { ...valid(), [q.single]: 'none', [q.multi]: ['school'], [q.yesNo]: false }, { fullName: 'Phạm Minh' });
      const list = await t.request('GET', `/events/${slug}/registrations?answer=${q.single}:none`, { token: admin });
      expect(list.statusCode).toBe(200);
      expect(list.body.items.map((row: any) => row.fullName)).toEqual(['Phạm Minh']);
      expect(list.body.items[0].answers[q.multi]).toEqual(['school']);
      const school = await t.request('GET', `/events/${slug}/registrations?answer=${q.multi}:school`, { token: admin });
      expect(school.body.items.map((row: any) => row.email)).toEqual(['minh@types.test']);
      const no = await t.request('GET', `/events/${slug}/registrations?answer=${q.yesNo}:false`, { token: admin });
      expect(no.body.items.map((row: any) => row.email)).toEqual(['minh@types.test']);

      const csv = await t.request('GET', `/events/${slug}/registrations.csv`, { token: admin });
      const rows: Record<string, string>[] = parse(csv.text.replace(/^\uFEFF/, ''), { columns: true });
      const header = Object.keys(rows[0]);
      expect(header.filter((column) => /^Q\d+ /.test(column))).toEqual([
        'Q1 Title on the badge',
        'Q2 About you',
        'Q3 Guests',
        'Q4 Arrival day',
        'Q5 Meal',
        'Q6 Site visits',
        'Q7 Do you need a visa invitation?',
        'Q8 Nationality',
        'Q9 Passport copy',
      ]);
      const minh = rows.find((row) => row.email === 'minh@types.test')!;
      expect([minh['Q5 Meal'], minh['Q6 Site visits'], minh['Q7 Do you need a visa invitation?'], minh['Q8 Nationality']]).toEqual([
        'none',
        'school',
        'no',
        'LA',
      ]);
      const lan = rows.find((row) => row.email === 'lan@types.test')!;
      expect(lan['Q9 Passport copy']).toBe('passport.pdf');
    });
  });

  it('asks a conditional question only when the other answer has its value, and a category’s question only of that category', async () => {
    const slug = 'questions-conditions';
    await openEvent(slug);
    const visa = await ask(slug, { type: 'yes_no', labels: yesNo });
    const embassy = await ask(slug, {
      type: 'text',
      required: true,
      labels: { vi: 'Đại sứ quán', en: 'Embassy' },
      shownWhen: { questionId: visa, value: 'yes' },
    });
    const talk = await ask(slug, { type: 'text', required: true, labels: { vi: 'Tên bài nói', en: 'Talk title' }, categories: ['speaker'] });

    expect((await register(slug, 'a@cond.test', { [visa]: true })).body).toMatchObject({ code: 'ANSWER_REQUIRED', data: { questionId: embassy } });
    expect((await register(slug, 'a@cond.test', { [visa]: true, [embassy]: 'Embassy of Viet Nam, Vientiane' })).statusCode).toBe(201);
    // Hidden: not required, and an answer sent anyway is dropped.
    expect((await register(slug, 'b@cond.test', { [visa]: false, [embassy]: 'ignored' })).statusCode).toBe(201);
    const token = await tokenFor('b@cond.test');
    const answers = (await t.request('GET', `/registrations/manage/${token}/answers`)).body;
    expect(answers.answers.map((answer: any) => answer.questionId)).toEqual([visa]);
    expect(answers.questions.map((question: any) => question.id)).toEqual([visa, embassy]);

    expect((await register(slug, 'c@cond.test', { [talk]: 'x' })).body).toMatchObject({ code: 'ANSWER_UNKNOWN_QUESTION', data: { questionId: talk } });
    expect((await register(slug, 'd@cond.test', {}, { category: 'speaker' })).body).toMatchObject({ code: 'ANSWER_REQUIRED', data: { questionId: talk } });
    expect((await register(slug, 'd@cond.test', { [talk]: 'Learning cities after 2030' }, { category: 'speaker' })).statusCode).toBe(201);
  });

  it('refuses questions that are not well formed with 422 QUESTION_INVALID, and reorders and deletes', async () => {
    const slug = 'questions-editor';
    await openEvent(slug);
    const post = (body: Record<string, unknown>) => t.request('POST', `/events/${slug}/registration-questions`, { token: admin, body });
    expect((await post({ type: 'text', labels: { en: 'English only' } })).body).toMatchObject({ code: 'QUESTION_INVALID', data: { reason: 'LABEL_MISSING' } });
    expect((await post({ type: 'text', labels: { vi: 'x', th: 'x' } })).body).toMatchObject({ code: 'QUESTION_INVALID', data: { reason: 'LABEL_LANGUAGE' } });
    expect((await post({ type: 'single_choice', labels: { vi: 'x' }, choices: choices('one') })).body.data.reason).toBe('TOO_FEW_CHOICES');
    expect((await post({ type: 'text', labels: { vi: 'x' }, categories: ['jury'] })).body.code).toBe('UNKNOWN_CATEGORY');
    const first = await ask(slug, { type: 'yes_no', labels: { vi: 'Một' } });
    const second = await ask(slug, { type: 'yes_no', labels: { vi: 'Hai' }, shownWhen: { questionId: first, value: 'yes' } });
    expect((await post({ type: 'text', labels: { vi: 'Ba' }, shownWhen: { questionId: second, value: 'yes' } })).body.data.reason).toBe('CONDITION_TOO_DEEP');
    expect((await post({ type: 'text', labels: { vi: 'Ba' }, shownWhen: { questionId: first, value: 'maybe' } })).body.data.reason).toBe('CONDITION_VALUE');
    const third = await ask(slug, { type: 'text', labels: { vi: 'Ba' } });

    const patched = await t.request('PATCH', `/events/${slug}/registration-questions/${third}`, {
      token: admin,
      body: { required: true, labels: { vi: 'Ba mới', en: 'Three' } },
    });
    expect(patched.body).toMatchObject({ required: true, labels: { vi: 'Ba mới', en: 'Three' } });
    expect((await t.request('PUT', `/events/${slug}/registration-questions/order`, { token: admin, body: { ids: [third, first] } })).body.code).toBe(
      'QUESTION_ORDER_INVALID',
    );
    const reordered = await t.request('PUT', `/events/${slug}/registration-questions/order`, { token: admin, body: { ids: [third, first, second] } });
    expect(reordered.body.map((question: any) => question.id)).toEqual([third, first, second]);
    expect((await t.request('DELETE', `/events/${slug}/registration-questions/${first}`, { token: admin })).statusCode).toBe(204);
    expect((await t.request('GET', `/events/${slug}/registration-form`)).body.questions.map((question: any) => question.id)).toEqual([third]);
    // Delegates cannot change the form.
    expect((await t.request('POST', `/events/${slug}/registration-questions`, { body: { type: 'text', labels: { vi: 'x' } } })).statusCode).toBe(401);
  });

  it('takes members’ answers with the delegation, lets the head change them, and closes answers at the deadline', async () => {
    const slug = 'questions-delegation';
    await openEvent(slug);
    const meal = await ask(slug, { type: 'single_choice', required: true, labels: { vi: 'Bữa ăn', en: 'Meal' }, choices: choices('vegetarian', 'none') });
    const body = (memberMeal: unknown) => ({
      city: 'Huế',
      country: 'VN',
      gnlcMember: true,
      head: delegate('head@hue-questions.test', { answers: { [meal]: 'none' } }),
      members: [delegate('mai@hue-questions.test', { fullName: 'Lê Thị Mai', answers: { [meal]: memberMeal } })],
    });
    const refused = await t.request('POST', `/events/${slug}/delegations`, { body: body('fish') });
    expect(refused.body).toMatchObject({ code: 'ANSWER_NOT_A_CHOICE', data: { questionId: meal } });
    const created = await t.request('POST', `/events/${slug}/delegations`, { body: body('vegetarian') });
    expect(created.statusCode).toBe(201);
    const head = await tokenFor('head@hue-questions.test');
    const delegation = await t.request('GET', `/registrations/manage/${head}/delegation`);
    const mai = delegation.body.members.find((member: any) => !member.isHead).id;
    expect((await t.request('GET', `/registrations/manage/${head}/members/${mai}/answers`)).body.answers[0].value).toBe('vegetarian');
    const changed = await t.request('PUT', `/registrations/manage/${head}/members/${mai}/answers`, { body: { answers: { [meal]: 'none' } } });
    expect(changed.body.answers[0].value).toBe('none');
    const maiToken = await tokenFor('mai@hue-questions.test');
    const headId = delegation.body.members.find((member: any) => member.isHead).id;
    expect((await t.request('PUT', `/registrations/manage/${maiToken}/members/${headId}/answers`, { body: { answers: {} } })).body.code).toBe(
      'DELEGATION_MEMBER_NOT_FOUND',
    );

    const deadline = await t.request('PUT', `/events/${slug}/registration-form`, {
      token: admin,
      body: { answersDeadline: new Date(Date.now() - 1000).toISOString() },
    });
    expect(deadline.statusCode).toBe(200);
    const closed = await t.request('PUT', `/registrations/manage/${head}/answers`, { body: { answers: { [meal]: 'vegetarian' } } });
    expect([closed.statusCode, closed.body.code]).toEqual([409, 'ANSWERS_CLOSED']);
    expect((await t.request('GET', `/registrations/manage/${head}/answers`)).body.editable).toBe(false);
  });
});
