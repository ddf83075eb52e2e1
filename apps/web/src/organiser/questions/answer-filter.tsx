import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerText } from '../../delegate/questions/answers-section';
import { labelOf, type Question } from '../../delegate/questions/question-logic';
import { Field } from '../../ui/components';
import { countryOptions } from '../../ui/countries';

/**
 * Filters the delegates list by one answer ("<questionId>:<value>" in the URL, as the API takes it):
 * choices, yes/no and countries from a list, other answers as typed (applied on Enter or leaving the field).
 */
export function AnswerFilter({ questions, value, onChange }: { questions: Question[]; value: string; onChange: (answer: string) => void }) {
  const { t, i18n } = useTranslation('questions');
  const split = value.indexOf(':');
  const [questionId, setQuestionId] = useState(split > 0 ? value.slice(0, split) : '');
  const [text, setText] = useState(split > 0 ? value.slice(split + 1) : '');
  useEffect(() => {
    if (!value) {
      setQuestionId('');
      setText('');
    }
  }, [value]);
  const question = questions.find((candidate) => candidate.id === questionId);
  if (questions.length === 0) return null;
  const apply = (next: string) => onChange(question && next ? `${question.id}:${next}` : '');
  const options: [string, string][] | null = !question
    ? null
    : question.type === 'yes_no'
      ? [
          ['true', t('yes')],
          ['false', t('no')],
        ]
      : question.type === 'single_choice' || question.type === 'multiple_choice'
        ? question.choices.map((choice) => [choice.key, labelOf(choice.labels, i18n.language)])
        : question.type === 'country'
          ? countryOptions(i18n.language)
          : null;
  return (
    <>
      <Field label={t('answerFilter')}>
        {(props) => (
          <select
            {...props}
            value={questionId}
            onChange={(event) => {
              setQuestionId(event.target.value);
              setText('');
              if (value) onChange('');
            }}
          >
            <option value="">{t('anyQuestion')}</option>
            {questions
              .filter((candidate) => candidate.type !== 'file')
              .map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {labelOf(candidate.labels, i18n.language)}
                </option>
              ))}
          </select>
        )}
      </Field>
      {question && (
        <Field label={t('answerValue')}>
          {(props) =>
            options ? (
              <select
                {...props}
                value={text}
                onChange={(event) => {
                  setText(event.target.value);
                  apply(event.target.value);
                }}
              >
                <option value="">{t('choose')}</option>
                {options.map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...props}
                value={text}
                onChange={(event) => setText(event.target.value)}
                onBlur={() => apply(text.trim())}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    apply(text.trim());
                  }
                }}
              />
            )
          }
        </Field>
      )}
    </>
  );
}

/** The answer the list is filtered by, under each delegate's name. */
export function FilteredAnswer({ question, value }: { question: Question; value: unknown }) {
  const { t, i18n } = useTranslation('questions');
  const answer = value === undefined ? undefined : { questionId: question.id, value: value as never, file: null };
  return (
    <span className="person-detail">
      {labelOf(question.labels, i18n.language)} — {answerText(question, answer, t, i18n.language)}
    </span>
  );
}
