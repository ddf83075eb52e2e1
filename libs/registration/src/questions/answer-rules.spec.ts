import { RegistrationError } from '../registration.error.js';
import { checkAnswer, settleAnswers } from './answer-rules.js';
import type { QuestionResponse } from './dto/question.dto.js';

const question = (id: string, type: QuestionResponse['type'], extra: Partial<QuestionResponse> = {}): QuestionResponse => ({
  id,
  position: 0,
  type,
  required: false,
  labels: { en: id },
  choices: [],
  categories: [],
  shownWhen: null,
  ...extra,
});

const codeOf = (work: () => unknown): unknown[] => {
  try {
    work();
  } catch (error) {
    return error instanceof RegistrationError ? [error.code, error.data] : [error];
  }
  return ['no error'];
};

describe('answer rules', () => {
  const visa = question('visa', 'yes_no');
  const embassy = question('embassy', 'text', { required: true, shownWhen: { questionId: 'visa', value: 'yes' } });
  const meal = question('meal', 'multiple_choice', {
    choices: [
      { key: 'halal', labels: { en: 'Halal' } },
      { key: 'vegan', labels: { en: 'Vegan' } },
    ],
  });

  it('requires a conditional question only while its condition holds, and drops its answer otherwise', () => {
    expect(codeOf(() => settleAnswers([visa, embassy], new Map(), { visa: true }, new Set(), { requireFiles: false }))).toEqual([
      'ANSWER_REQUIRED',
      { questionId: 'embassy' },
    ]);
    const settled = settleAnswers([visa, embassy], new Map([['embassy', 'Vientiane']]), { visa: false }, new Set(), { requireFiles: false });
    expect(Object.fromEntries(settled)).toEqual({ visa: false, embassy: null });
  });

  it('matches a condition on a multiple choice when the answer holds the key', () => {
    const note = question('note', 'text', { required: true, shownWhen: { questionId: 'meal', value: 'vegan' } });
    expect(codeOf(() => settleAnswers([meal, note], new Map(), { meal: ['halal', 'vegan'] }, new Set(), { requireFiles: false }))[0]).toBe('ANSWER_REQUIRED');
    expect(settleAnswers([meal, note], new Map(), { meal: ['halal'] }, new Set(), { requireFiles: false }).get('note')).toBeUndefined();
  });

  it('keeps dates that exist and refuses those that do not', () => {
    const day = question('day', 'date');
    expect(checkAnswer(day, '2028-02-29')).toBe('2028-02-29');
    expect(codeOf(() => checkAnswer(day, '2027-02-29'))).toEqual(['ANSWER_INVALID', { questionId: 'day', type: 'date' }]);
  });

  it('counts a required file as present only when files are required and one was given', () => {
    const passport = question('passport', 'file', { required: true });
    expect(codeOf(() => settleAnswers([passport], new Map(), {}, new Set(), { requireFiles: true }))[0]).toBe('ANSWER_REQUIRED');
    expect(settleAnswers([passport], new Map(), {}, new Set(['passport']), { requireFiles: true }).size).toBe(0);
  });
});
