import { useId } from 'react';
import './questions.css';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Field } from '../../ui/components';
import { CountrySelect } from '../../ui/country-select';
import { type Answers, isEmpty, isShown, labelOf, type Question } from './question-logic';

const ANSWER_CODES = ['ANSWER_REQUIRED', 'ANSWER_INVALID', 'ANSWER_NOT_A_CHOICE'] as const;

/**
 * The organiser's questions as form fields, each shown only while its condition holds. `error` is the
 * API's refusal: it names the question, so the message sits by that field (by an empty one when an
 * answer was missing, since in a delegation any person may be the one).
 */
export function QuestionFields({
  questions,
  answers,
  onChange,
  error,
  renderFile,
}: {
  questions: Question[];
  answers: Answers;
  onChange: (answers: Answers) => void;
  error?: unknown;
  renderFile?: (question: Question) => React.ReactNode;
}) {
  const { t, i18n } = useTranslation('questions');
  // Radio groups are per person: a delegation's form holds the same question several times.
  const group = useId();
  const set = (id: string, value: unknown) => onChange({ ...answers, [id]: value });
  const problem = (question: Question): string | undefined => {
    if (!(error instanceof ApiError) || error.data.questionId !== question.id) return undefined;
    const code = ANSWER_CODES.find((candidate) => candidate === error.code);
    if (!code || (code === 'ANSWER_REQUIRED' && !isEmpty(answers[question.id]))) return undefined;
    return t(`problems.${code}`);
  };
  return (
    <div className="question-fields">
      {questions
        .filter((question) => isShown(question, answers))
        .map((question) => {
          const label = labelOf(question.labels, i18n.language);
          const value = answers[question.id];
          const choices = question.choices.map((choice) => ({ key: choice.key, label: labelOf(choice.labels, i18n.language) }));
          if (question.type === 'multiple_choice' || question.type === 'yes_no') {
            const options =
              question.type === 'yes_no'
                ? [
                    { key: 'yes', label: t('yes') },
                    { key: 'no', label: t('no') },
                  ]
                : choices;
            const message = problem(question);
            return (
              <fieldset key={question.id} className="question-choices" aria-invalid={message ? true : undefined}>
                <legend>
                  {label}
                  {question.required && <span className="required"> ({t('common:required')})</span>}
                </legend>
                {options.map((option) => {
                  const checked =
                    question.type === 'yes_no' ? value === (option.key === 'yes') : Array.isArray(value) && (value as string[]).includes(option.key);
                  return (
                    <label key={option.key} className={question.type === 'yes_no' ? 'radio' : 'checkbox'}>
                      <input
                        type={question.type === 'yes_no' ? 'radio' : 'checkbox'}
                        name={question.type === 'yes_no' ? `${group}-${question.id}` : undefined}
                        checked={checked}
                        onChange={(event) => {
                          if (question.type === 'yes_no') return set(question.id, option.key === 'yes');
                          const keys = Array.isArray(value) ? (value as string[]) : [];
                          set(question.id, event.target.checked ? [...keys, option.key] : keys.filter((key) => key !== option.key));
                        }}
                      />{' '}
                      {option.label}
                    </label>
                  );
                })}
                {message && (
                  <p className="field-error" role="alert">
                    {message}
                  </p>
                )}
              </fieldset>
            );
          }
          return (
            <Field key={question.id} label={label} required={question.required} error={problem(question)}>
              {(props) => {
                switch (question.type) {
                  case 'long_text':
                    return <textarea {...props} rows={4} value={String(value ?? '')} onChange={(event) => set(question.id, event.target.value)} />;
                  case 'number':
                    return (
                      <input
                        {...props}
                        type="number"
                        inputMode="decimal"
                        value={typeof value === 'number' ? value : ''}
                        onChange={(event) => set(question.id, event.target.value === '' ? null : Number(event.target.value))}
                      />
                    );
                  case 'date':
                    return <input {...props} type="date" value={String(value ?? '')} onChange={(event) => set(question.id, event.target.value)} />;
                  case 'single_choice':
                    return (
                      <select {...props} value={String(value ?? '')} onChange={(event) => set(question.id, event.target.value)}>
                        <option value="">{t('choose')}</option>
                        {choices.map((choice) => (
                          <option key={choice.key} value={choice.key}>
                            {choice.label}
                          </option>
                        ))}
                      </select>
                    );
                  case 'country':
                    return <CountrySelect {...props} nonMembers value={String(value ?? '')} onChange={(code) => set(question.id, code)} />;
                  case 'file':
                    return renderFile ? renderFile(question) : <p className="hint">{t('fileLater')}</p>;
                  default:
                    return <input {...props} value={String(value ?? '')} onChange={(event) => set(question.id, event.target.value)} />;
                }
              }}
            </Field>
          );
        })}
    </div>
  );
}
