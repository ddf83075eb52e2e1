import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { manageTokenMailedTo, startWithOpenRegistration } from './support/demo-registration.js';
import { DEMO, openContext, screenshot, type WebApp } from './support/web-app.js';

/**
 * An organiser writes questions (one only shown after a "yes"); a head of delegation answers them for
 * themself and three members; the head changes a member's answer from the private page; the organiser
 * finds members by an answer.
 */
describe('custom registration questions in the browser', () => {
  let web: WebApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    ({ web, browser, admin } = await startWithOpenRegistration(8));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function addQuestion(
    page: Page,
    question: { type: string; en: string; vi: string; required?: boolean; choices?: [string, string][]; when?: [string, string] },
  ) {
    await page.getByRole('button', { name: 'Add a question' }).click();
    const editor = page.getByRole('group', { name: 'Add a question' });
    await editor.getByLabel('Kind of answer').selectOption({ label: question.type });
    await editor.getByLabel(/^Question in English/).fill(question.en);
    await editor.getByLabel(/^Question in Vietnamese/).fill(question.vi);
    if (question.required) await editor.getByLabel('An answer is required').check();
    for (const [index, [en, vi]] of (question.choices ?? []).entries()) {
      await editor.getByRole('button', { name: 'Add a choice' }).click();
      const row = editor.locator('.choice-row').nth(index);
      await row.getByLabel('Choice in English').fill(en);
      await row.getByLabel('Choice in Vietnamese').fill(vi);
    }
    if (question.when) {
      await editor.getByLabel('Shown').selectOption({ label: `Only when “${question.when[0]}” is answered` });
      await editor.getByLabel('with').selectOption({ label: question.when[1] });
    }
    await editor.getByRole('button', { name: 'Add the question' }).click();
    await page.getByRole('listitem').filter({ hasText: question.en }).waitFor();
  }

  it('takes the organiser’s questions to a head registering three members, the private page and the delegates list', async () => {
    const organiser = await (await openContext(browser, web, { token: admin })).newPage();
    await organiser.goto(`/organiser/events/${DEMO}`);
    await organiser.getByRole('link', { name: 'Registration form' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Registration form' }).waitFor();
    await addQuestion(organiser, {
      type: 'One choice',
      en: 'Meal',
      vi: 'Bữa ăn',
      required: true,
      choices: [
        ['Vegetarian', 'Chay'],
        ['Halal', 'Halal'],
      ],
    });
    await addQuestion(organiser, { type: 'Yes or no', en: 'Do you need a visa invitation?', vi: 'Quý vị có cần thư mời xin thị thực không?' });
    await addQuestion(organiser, {
      type: 'Short text',
      en: 'Embassy or consulate',
      vi: 'Đại sứ quán hoặc lãnh sự quán',
      required: true,
      when: ['Do you need a visa invitation?', 'Yes'],
    });
    await organiser.getByText('Shown when “Do you need a visa invitation?” is “Yes”').waitFor();
    await screenshot(organiser, 'questions-organiser-form');
    const form = (await web.request('GET', `/events/${DEMO}/registration-form`)).body;
    const [meal, visa, embassy] = form.questions.map((question: { id: string }) => question.id);
    expect(form.questions.map((question: { type: string }) => question.type)).toEqual(['single_choice', 'yes_no', 'text']);

    const page = await (await openContext(browser, web)).newPage();
    await page.goto(`/events/${DEMO}/register`);
    await page.getByLabel(/A city delegation/).check();
    const delegation = page.getByRole('group', { name: 'The delegation', exact: true });
    await delegation.getByLabel('City the delegation represents').fill('Đà Nẵng');
    await delegation.getByLabel('Country').selectOption('VN');
    const head = page.getByRole('group', { name: 'You, the head of the delegation' });
    await head.getByLabel('Full name').fill('Trần Văn Hùng');
    await head.getByLabel(/^Email/).fill('hung@danang-questions.test');
    await head.getByLabel('Country').selectOption('VN');
    await head.getByLabel(/^Meal/).selectOption({ label: 'Vegetarian' });
    // The embassy is asked only after a "yes".
    expect(await head.getByLabel(/^Embassy or consulate/).count()).toBe(0);
    const members = [
      { name: 'Lê Thị Mai', email: 'mai@danang-questions.test', meal: 'Halal', embassy: 'Embassy of Viet Nam in Vientiane' },
      { name: 'Phạm Quốc Bảo', email: 'bao@danang-questions.test', meal: 'Vegetarian' },
      { name: 'Võ Minh Châu', email: 'chau@danang-questions.test', meal: '' },
    ];
    for (const [index, person] of members.entries()) {
      await page.getByRole('button', { name: 'Add a member' }).click();
      const member = page.getByRole('group', { name: `Member ${index + 1}`, exact: true });
      await member.getByLabel('Full name').fill(person.name);
      await member.getByLabel(/^Email/).fill(person.email);
      if (person.meal) await member.getByLabel(/^Meal/).selectOption({ label: person.meal });
      if (person.embassy) {
        await member.getByRole('group', { name: 'Do you need a visa invitation?' }).getByLabel('Yes').check();
        await member.getByLabel(/^Embassy or consulate/).fill(person.embassy);
      } else {
        await member.getByRole('group', { name: 'Do you need a visa invitation?' }).getByLabel('No').check();
      }
    }
    await page.getByLabel(/every member agreed/).check();
    await page.getByRole('button', { name: 'Register the delegation' }).click();
    // The third member's missing meal is refused by the API and shown by that member's field.
    const third = page.getByRole('group', { name: 'Member 3', exact: true });
    await third.getByText('Please answer this question.').waitFor();
    await screenshot(page, 'questions-register-delegation-missing-answer');
    await third.getByLabel(/^Meal/).selectOption({ label: 'Vegetarian' });
    await page.getByRole('button', { name: 'Register the delegation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thank you for registering' }).waitFor();

    const list = await web.request('GET', `/events/${DEMO}/registrations?limit=1000`, { token: admin });
    const answersOf = (email: string) => list.body.items.find((row: { email: string }) => row.email === email).answers;
    expect(answersOf('hung@danang-questions.test')).toEqual({ [meal]: expect.any(String) });
    expect(answersOf('mai@danang-questions.test')).toEqual({ [meal]: expect.any(String), [visa]: true, [embassy]: 'Embassy of Viet Nam in Vientiane' });
    expect(answersOf('bao@danang-questions.test')).toEqual({ [meal]: expect.any(String), [visa]: false });
    expect(answersOf('chau@danang-questions.test')[visa]).toBe(false);

    const token = await manageTokenMailedTo(web, 'hung@danang-questions.test');
    const headPage = await (await openContext(browser, web, { language: 'vi', phone: true })).newPage();
    await headPage.goto(`/manage/${token}`);
    const answers = headPage.getByRole('region', { name: 'Câu hỏi của Ban Tổ chức' });
    await answers.getByLabel(/^Bữa ăn/).waitFor();
    await answers.getByLabel('Câu trả lời của').selectOption({ label: 'Phạm Quốc Bảo' });
    await answers.getByRole('group', { name: 'Quý vị có cần thư mời xin thị thực không?' }).getByLabel('Có').check();
    await answers.getByLabel(/^Đại sứ quán hoặc lãnh sự quán/).fill('Tổng Lãnh sự quán Việt Nam tại Khon Kaen');
    await answers.getByRole('button', { name: 'Lưu câu trả lời' }).click();
    await answers.getByText('Đã lưu câu trả lời.').waitFor();
    await screenshot(headPage, 'questions-head-edits-member-vi-phone');

    await organiser.goto(`/organiser/events/${DEMO}/delegates?answer=${visa}:true`);
    await organiser.getByRole('link', { name: 'Phạm Quốc Bảo' }).waitFor();
    await organiser.getByRole('link', { name: 'Lê Thị Mai' }).waitFor();
    expect(await organiser.getByRole('link', { name: 'Võ Minh Châu' }).count()).toBe(0);
    await organiser.getByText('Do you need a visa invitation? — Yes').first().waitFor();
    await screenshot(organiser, 'questions-organiser-delegates-filtered');
    await organiser.getByRole('link', { name: 'Phạm Quốc Bảo' }).click();
    await organiser.getByRole('region', { name: 'Answers to the organisers’ questions' }).getByText('Tổng Lãnh sự quán Việt Nam tại Khon Kaen').waitFor();
    await screenshot(organiser, 'questions-organiser-delegate-record');

    // The same pages in the other language and width, to look at.
    const viOrganiser = await (await openContext(browser, web, { token: admin, language: 'vi', phone: true })).newPage();
    await viOrganiser.goto(`/organiser/events/${DEMO}/registration-form`);
    await viOrganiser.getByRole('heading', { level: 1, name: 'Mẫu đăng ký' }).waitFor();
    await screenshot(viOrganiser, 'questions-organiser-form-vi-phone');
    const viRegister = await (await openContext(browser, web, { language: 'vi', phone: true })).newPage();
    await viRegister.goto(`/events/${DEMO}/register`);
    await viRegister.getByLabel(/^Bữa ăn/).waitFor();
    await screenshot(viRegister, 'questions-register-vi-phone');
    const enManage = await (await openContext(browser, web)).newPage();
    await enManage.goto(`/manage/${token}`);
    await enManage.getByRole('region', { name: 'Questions from the organisers' }).waitFor();
    await screenshot(enManage, 'questions-manage-en');
    for (const open of [organiser, page, headPage, viOrganiser, viRegister, enManage]) await open.context().close();
  });
});
