import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../../api/client';
import { labelOf, type Question } from '../../delegate/questions/question-logic';
import { ErrorMessage, Field, QueryView } from '../../ui/components';
import { useConfirm } from '../../ui/confirm-dialog';
import { DateTimeInput } from '../../ui/date-time-input';
import { isLocalDateTime } from '../../ui/local-date-time';
import { isoToZonedInput, zonedInputToIso } from '../../ui/time';
import { OrganiserPage, type OrganiserEvent } from '../organiser-shell';
import { QuestionEditor } from './question-editor';
import './registration-form.css';
import { useRegistrationCategories } from '../categories-query';

/** The organiser's own questions on the registration form, in order, and until when answers may change. */
export function RegistrationFormPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('questions');
  return (
    <OrganiserPage slug={slug} title={t('title')}>
      {(event) => <FormEditor slug={slug} event={event} />}
    </OrganiserPage>
  );
}

function FormEditor({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t } = useTranslation('questions');
  const form = useQuery({
    queryKey: ['registration-form', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-form', { params: { path: { slug } } })),
  });
  return (
    <div className="question-page">
      <p>{t('intro')}</p>
      <QueryView query={form}>
        {(data) => (
          <>
            <Questions slug={slug} event={event} form={data} />
            <Deadline slug={slug} zone={event.timeZone} deadline={data.answersDeadline} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function Questions({ slug, event, form }: { slug: string; event: OrganiserEvent; form: Schemas['RegistrationFormResponse'] }) {
  const { t, i18n } = useTranslation('questions');
  const client = useQueryClient();
  const confirm = useConfirm();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const categories = useRegistrationCategories(slug);
  const refresh = () => client.invalidateQueries({ queryKey: ['registration-form', slug] });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => unwrap(api.PUT('/events/{slug}/registration-questions/order', { params: { path: { slug } }, body: { ids } })),
    onSuccess: () => void refresh(),
  });
  const remove = useMutation({
    mutationFn: (questionId: string) => unwrap(api.DELETE('/events/{slug}/registration-questions/{questionId}', { params: { path: { slug, questionId } } })),
    onSuccess: () => void refresh(),
  });
  const questions = form.questions;
  const label = (question: Question) => labelOf(question.labels, i18n.language);
  const move = (index: number, by: -1 | 1) => {
    const ids = questions.map((question) => question.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    reorder.mutate(ids);
  };
  const valueText = (question: Question) => {
    const target = questions.find((candidate) => candidate.id === question.shownWhen?.questionId);
    if (!target || !question.shownWhen) return '';
    const value = question.shownWhen.value;
    const shown =
      target.type === 'yes_no'
        ? t(value === 'yes' ? 'yes' : 'no')
        : labelOf(target.choices.find((choice) => choice.key === value)?.labels ?? { en: value }, i18n.language);
    return t('shownWhen', { question: label(target), value: shown });
  };
  return (
    <section className="card" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('questions')}</h2>
      {questions.length === 0 && <p>{t('noneYet')}</p>}
      <ol className="question-list">
        {questions.map((question, index) => (
          <li key={question.id}>
            {editing === question.id ? (
              <QuestionEditor
                slug={slug}
                languages={event.languages}
                categories={categories.data ?? []}
                questions={questions}
                question={question}
                onDone={() => {
                  setEditing(null);
                  void refresh();
                }}
              />
            ) : (
              <div className="question-row">
                <div>
                  <strong>{label(question)}</strong>
                  <span className="hint">
                    {' '}
                    · {t(`types.${question.type}`)}
                    {question.required && ` · ${t('requiredBadge')}`}
                  </span>
                  {question.choices.length > 0 && <p className="hint">{question.choices.map((choice) => labelOf(choice.labels, i18n.language)).join(' · ')}</p>}
                  {question.shownWhen && <p className="hint">{valueText(question)}</p>}
                  {question.categories.length > 0 && <p className="hint">{t('onlyFor', { categories: question.categories.join(', ') })}</p>}
                </div>
                <div className="question-actions">
                  <button
                    type="button"
                    className="secondary"
                    disabled={index === 0 || reorder.isPending}
                    onClick={() => move(index, -1)}
                    aria-label={`${t('up')}: ${label(question)}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={index === questions.length - 1 || reorder.isPending}
                    onClick={() => move(index, 1)}
                    aria-label={`${t('down')}: ${label(question)}`}
                  >
                    ↓
                  </button>
                  <button type="button" className="secondary" onClick={() => setEditing(question.id)}>
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={async () => {
                      if (
                        await confirm({
                          title: t('remove'),
                          message: t('removeConfirm', { question: label(question) }),
                          confirmLabel: t('remove'),
                          danger: true,
                        })
                      )
                        remove.mutate(question.id);
                    }}
                  >
                    {t('remove')}
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
      <ErrorMessage error={reorder.error ?? remove.error} />
      {editing === 'new' ? (
        <QuestionEditor
          slug={slug}
          languages={event.languages}
          categories={categories.data ?? []}
          questions={questions}
          onDone={() => {
            setEditing(null);
            void refresh();
          }}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {t('newQuestion')}
        </button>
      )}
    </section>
  );
}

function Deadline({ slug, zone, deadline }: { slug: string; zone: string; deadline: string | null }) {
  const { t } = useTranslation('questions');
  const client = useQueryClient();
  const [value, setValue] = useState(deadline ? isoToZonedInput(deadline, zone) : '');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/events/{slug}/registration-form', {
          params: { path: { slug } },
          body: { answersDeadline: value.trim() ? zonedInputToIso(value, zone) : null },
        }),
      ),
    onSuccess: (form) => {
      client.setQueryData(['registration-form', slug], form);
      setSaved(true);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() && !isLocalDateTime(value)) return;
    save.mutate();
  };
  return (
    <section className="card" aria-labelledby="deadline-title">
      <h2 id="deadline-title">{t('deadlineTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <Field label={t('deadline')} hint={t('deadlineHint')}>
          {(props) => (
            <DateTimeInput
              {...props}
              zone={zone}
              value={value}
              onChange={(next) => {
                setSaved(false);
                setValue(next);
              }}
            />
          )}
        </Field>
        <ErrorMessage error={save.error} />
        {saved && <p role="status">{t('deadlineSaved')}</p>}
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {t('saveDeadline')}
          </button>
        </div>
      </form>
    </section>
  );
}
