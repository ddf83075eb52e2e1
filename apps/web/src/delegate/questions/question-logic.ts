import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';

export type Question = Schemas['QuestionResponse'];
export type Answers = Record<string, unknown>;

/** The organiser's words in the reader's language, else English, else whichever the organiser wrote. */
export function labelOf(labels: Record<string, string>, language: string): string {
  return labels[language.split('-')[0]] ?? labels.en ?? Object.values(labels)[0] ?? '';
}

export function useRegistrationForm(slug: string) {
  return useQuery({
    queryKey: ['registration-form', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-form', { params: { path: { slug } } })),
  });
}

export const askedOf = (questions: Question[], category: string) =>
  questions.filter((question) => question.categories.length === 0 || question.categories.includes(category));

/** As the API decides it: a yes/no answer matches "yes"/"no", a multiple choice when it holds the key. */
export function isShown(question: Question, answers: Answers): boolean {
  if (!question.shownWhen) return true;
  const answer = answers[question.shownWhen.questionId];
  const expected = question.shownWhen.value;
  if (typeof answer === 'boolean') return (answer ? 'yes' : 'no') === expected;
  if (Array.isArray(answer)) return answer.includes(expected);
  return answer === expected;
}

export const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** What goes to the API with a registration: shown, answered, not files (those are sent from the private page). */
export function answersBody(questions: Question[], answers: Answers, category: string): Answers {
  const asked = askedOf(questions, category);
  return Object.fromEntries(
    asked
      .filter((question) => question.type !== 'file' && isShown(question, answers) && !isEmpty(answers[question.id]))
      .map((question) => [question.id, answers[question.id]]),
  );
}
