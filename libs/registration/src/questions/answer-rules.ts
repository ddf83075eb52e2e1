import { isKnownCountry } from '@app/countries';
import { RegistrationError } from '../registration.error.js';
import type { AnswerValue } from './dto/answer.dto.js';
import type { QuestionResponse } from './dto/question.dto.js';

const TEXT_MAX = { text: 500, long_text: 5000 } as const;

/** The condition's value as the other answer would hold it: yes/no answers are booleans. */
function matches(answer: unknown, expected: string): boolean {
  if (typeof answer === 'boolean') return (answer ? 'yes' : 'no') === expected;
  if (Array.isArray(answer)) return answer.includes(expected);
  return answer === expected;
}

export function isShown(question: QuestionResponse, answers: ReadonlyMap<string, unknown>): boolean {
  if (!question.shownWhen) return true;
  return matches(answers.get(question.shownWhen.questionId), question.shownWhen.value);
}

const invalid = (question: QuestionResponse, expected: string) =>
  new RegistrationError('ANSWER_INVALID', `The answer to question ${question.id} must be ${expected}`, { questionId: question.id, type: question.type });

/** One answer in its stored form, or a 422 naming the question. */
export function checkAnswer(question: QuestionResponse, value: unknown): AnswerValue {
  switch (question.type) {
    case 'text':
    case 'long_text': {
      if (typeof value !== 'string') throw invalid(question, 'text');
      const text = value.trim();
      if (text.length > TEXT_MAX[question.type] || text.includes('\u0000') || (question.type === 'text' && /[\r\n]/.test(text)))
        throw invalid(question, `one ${question.type === 'text' ? 'line' : 'text'} of at most ${TEXT_MAX[question.type]} characters`);
      return text;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1e12) throw invalid(question, 'a number');
      return value;
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalid(question, 'a date written YYYY-MM-DD');
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw invalid(question, 'a date that exists');
      return value;
    }
    case 'yes_no':
      if (typeof value !== 'boolean') throw invalid(question, 'true or false');
      return value;
    case 'country':
      if (typeof value !== 'string' || !isKnownCountry(value.toUpperCase())) throw invalid(question, 'an ISO 3166-1 alpha-2 country code');
      return value.toUpperCase();
    case 'single_choice':
      if (typeof value !== 'string') throw invalid(question, 'one choice key');
      requireChoice(question, value);
      return value;
    case 'multiple_choice': {
      if (!Array.isArray(value) || value.some((key) => typeof key !== 'string')) throw invalid(question, 'a list of choice keys');
      const keys = [...new Set(value as string[])];
      keys.forEach((key) => requireChoice(question, key));
      return keys;
    }
    case 'file':
      throw invalid(question, 'a file uploaded from the private link, not a value');
  }
}

function requireChoice(question: QuestionResponse, key: string): void {
  if (!question.choices.some((choice) => choice.key === key))
    throw new RegistrationError('ANSWER_NOT_A_CHOICE', `"${key}" is not a choice of question ${question.id}`, { questionId: question.id, value: key });
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The answers a registration ends up with: `given` (by question id) laid over `existing`, each checked
 * against its question. An answer to a question that is not shown is dropped, and a shown required
 * question without an answer is refused. Files are answered apart, so they only count as present.
 */
export function settleAnswers(
  questions: QuestionResponse[],
  existing: ReadonlyMap<string, AnswerValue>,
  given: Record<string, unknown>,
  filesPresent: ReadonlySet<string>,
  { requireFiles }: { requireFiles: boolean },
): Map<string, AnswerValue | null> {
  const byId = new Map(questions.map((question) => [question.id, question]));
  for (const id of Object.keys(given)) {
    if (!byId.has(id)) throw new RegistrationError('ANSWER_UNKNOWN_QUESTION', `No question ${id} on this registration's form`, { questionId: id });
  }
  const merged = new Map<string, AnswerValue | null>(existing);
  for (const [id, value] of Object.entries(given)) merged.set(id, isEmpty(value) ? null : checkAnswer(byId.get(id)!, value));
  for (const question of questions) {
    const shown = isShown(question, merged);
    if (!shown) {
      if (merged.get(question.id) != null) merged.set(question.id, null);
      continue;
    }
    const present = question.type === 'file' ? filesPresent.has(question.id) || !requireFiles : merged.get(question.id) != null;
    if (question.required && !present) throw new RegistrationError('ANSWER_REQUIRED', `Question ${question.id} needs an answer`, { questionId: question.id });
  }
  return merged;
}
