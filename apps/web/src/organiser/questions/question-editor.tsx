import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client';
import { labelOf, type Question } from '../../delegate/questions/question-logic';
import { ErrorMessage, Field } from '../../ui/components';

type QuestionType = Question['type'];
const TYPES: QuestionType[] = ['text', 'long_text', 'number', 'date', 'single_choice', 'multiple_choice', 'yes_no', 'country', 'file'];
const hasChoices = (type: QuestionType) => type === 'single_choice' || type === 'multiple_choice';

interface Draft {
  type: QuestionType;
  required: boolean;
  labels: Record<string, string>;
  choices: { key: string; labels: Record<string, string> }[];
  categories: string[];
  shownWhen: { questionId: string; value: string } | null;
}

const draftOf = (question?: Question): Draft =>
  question
    ? {
        type: question.type,
        required: question.required,
        labels: { ...question.labels },
        choices: question.choices.map((choice) => ({ key: choice.key, labels: { ...choice.labels } })),
        categories: [...question.categories],
        shownWhen: question.shownWhen ? { ...question.shownWhen } : null,
      }
    : { type: 'text', required: false, labels: {}, choices: [], categories: [], shownWhen: null };

/** A key for the CSV from the choice's words, so most organisers never type one. */
const keyFrom = (text: string, taken: string[]) => {
  const base =
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'choice';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
};

/** Adds or changes one question: its words in each event language, its choices, who is asked, when it shows. */
export function QuestionEditor({
  slug,
  languages,
  categories,
  questions,
  question,
  onDone,
}: {
  slug: string;
  languages: string[];
  categories: Schemas['CategoryResponse'][];
  questions: Question[];
  question?: Question;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('questions');
  const [draft, setDraft] = useState<Draft>(() => draftOf(question));
  const languageName = (code: string) => new Intl.DisplayNames([i18n.language === 'vi' ? 'vi' : 'en'], { type: 'language' }).of(code) ?? code;
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  // One level: a question may depend on one that is always shown and that others do not depend on.
  const dependedOn = question && questions.some((other) => other.shownWhen?.questionId === question.id);
  const targets = questions.filter((other) => other.id !== question?.id && !other.shownWhen && (other.type === 'yes_no' || hasChoices(other.type)));
  const target = targets.find((other) => other.id === draft.shownWhen?.questionId);
  const targetValues = target
    ? target.type === 'yes_no'
      ? [
          { key: 'yes', label: t('yes') },
          { key: 'no', label: t('no') },
        ]
      : target.choices.map((choice) => ({ key: choice.key, label: labelOf(choice.labels, i18n.language) }))
    : [];
  const save = useMutation({
    mutationFn: () => {
      const body = {
        required: draft.required,
        labels: draft.labels,
        choices: hasChoices(draft.type) ? draft.choices : [],
        categories: draft.categories,
        shownWhen: draft.shownWhen,
      };
      return question
        ? unwrap(api.PATCH('/events/{slug}/registration-questions/{questionId}', { params: { path: { slug, questionId: question.id } }, body }))
        : unwrap(api.POST('/events/{slug}/registration-questions', { params: { path: { slug } }, body: { ...body, type: draft.type } }));
    },
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const setChoice = (index: number, change: { key?: string; language?: string; text?: string }) =>
    set({
      choices: draft.choices.map((choice, i) => {
        if (i !== index) return choice;
        const labels = change.language ? { ...choice.labels, [change.language]: change.text ?? '' } : choice.labels;
        // The key follows the first language's words until someone edits it.
        const derived = change.language === languages[0] && choice.key === keyFrom(choice.labels[languages[0]] ?? '', []);
        const others = draft.choices.filter((_, j) => j !== index).map((other) => other.key);
        return { key: change.key ?? (derived ? keyFrom(change.text ?? '', others) : choice.key), labels };
      }),
    });

  return (
    <form className="question-editor" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{question ? t('editQuestion') : t('newQuestion')}</legend>
        <Field label={t('type')}>
          {(props) => (
            <select {...props} value={draft.type} disabled={!!question} onChange={(event) => set({ type: event.target.value as QuestionType })}>
              {TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {languages.map((language, index) => (
          <Field key={language} label={t('labelIn', { language: languageName(language) })} required={index === 0}>
            {(props) => (
              <input
                {...props}
                value={draft.labels[language] ?? ''}
                onChange={(event) => set({ labels: { ...draft.labels, [language]: event.target.value } })}
              />
            )}
          </Field>
        ))}
        <div className="checkbox-field">
          <label>
            <input type="checkbox" checked={draft.required} onChange={(event) => set({ required: event.target.checked })} /> {t('required')}
          </label>
        </div>
        {hasChoices(draft.type) && (
          <fieldset className="question-choices-editor">
            <legend>{t('choices')}</legend>
            {draft.choices.map((choice, index) => (
              <div key={index} className="choice-row">
                {languages.map((language) => (
                  <Field key={language} label={t('choiceLabelIn', { language: languageName(language) })}>
                    {(props) => (
                      <input {...props} value={choice.labels[language] ?? ''} onChange={(event) => setChoice(index, { language, text: event.target.value })} />
                    )}
                  </Field>
                ))}
                <Field label={t('choiceKey')}>
                  {(props) => <input {...props} value={choice.key} onChange={(event) => setChoice(index, { key: event.target.value })} />}
                </Field>
                <button type="button" className="secondary" onClick={() => set({ choices: draft.choices.filter((_, i) => i !== index) })}>
                  {t('removeChoice')}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="secondary"
              onClick={() =>
                set({
                  choices: [
                    ...draft.choices,
                    {
                      key: keyFrom(
                        '',
                        draft.choices.map((choice) => choice.key),
                      ),
                      labels: {},
                    },
                  ],
                })
              }
            >
              {t('addChoice')}
            </button>
          </fieldset>
        )}
        {categories.length > 1 && (
          <fieldset>
            <legend>{t('categories')}</legend>
            <p className="hint">{t('categoriesHint')}</p>
            {categories.map((category) => (
              <div key={category.code} className="checkbox-field">
                <label>
                  <input
                    type="checkbox"
                    checked={draft.categories.includes(category.code)}
                    onChange={(event) =>
                      set({
                        categories: event.target.checked ? [...draft.categories, category.code] : draft.categories.filter((code) => code !== category.code),
                      })
                    }
                  />{' '}
                  {category.name}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        {!dependedOn && targets.length > 0 && (
          <>
            <Field label={t('condition')}>
              {(props) => (
                <select
                  {...props}
                  value={draft.shownWhen?.questionId ?? ''}
                  onChange={(event) => {
                    const next = targets.find((other) => other.id === event.target.value);
                    set({ shownWhen: next ? { questionId: next.id, value: next.type === 'yes_no' ? 'yes' : (next.choices[0]?.key ?? '') } : null });
                  }}
                >
                  <option value="">{t('always')}</option>
                  {targets.map((other) => (
                    <option key={other.id} value={other.id}>
                      {t('whenAnswer', { question: labelOf(other.labels, i18n.language) })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {draft.shownWhen && (
              <Field label={t('conditionValue')}>
                {(props) => (
                  <select
                    {...props}
                    value={draft.shownWhen!.value}
                    onChange={(event) => set({ shownWhen: { ...draft.shownWhen!, value: event.target.value } })}
                  >
                    {targetValues.map((value) => (
                      <option key={value.key} value={value.key}>
                        {value.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </>
        )}
        <ErrorMessage error={save.error} />
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {question ? t('saveQuestion') : t('add')}
          </button>
          <button type="button" className="secondary" onClick={onDone}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
