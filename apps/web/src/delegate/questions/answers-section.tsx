import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap, uploadWithProgress } from '../../api/client';
import { ErrorMessage, Field, QueryView } from '../../ui/components';
import { countryName } from '../../ui/countries';
import { formatSize } from '../../ui/format-size';
import { formatDateTime } from '../../ui/time';
import { useDownload } from '../../ui/use-download';
import { QuestionFields } from './question-fields';
import { type Answers, labelOf, type Question } from './question-logic';

type Registration = Schemas['ManagedRegistrationResponse'];
type AnswersView = Schemas['RegistrationAnswersResponse'];

/** The delegate's answers to the organisers' questions; a head of delegation also each member's. */
export function AnswersSection({ token, registration }: { token: string; registration: Registration }) {
  const { t } = useTranslation('questions');
  const [memberId, setMemberId] = useState('');
  const delegation = useQuery({
    queryKey: ['delegation', token],
    enabled: registration.isDelegationHead,
    queryFn: () => unwrap(api.GET('/registrations/manage/{token}/delegation', { params: { path: { token } } })),
  });
  const members = (delegation.data?.members ?? []).filter((member) => !member.isHead && member.state !== 'cancelled' && member.state !== 'rejected');
  const answers = useQuery({
    queryKey: ['answers', token, memberId || 'me'],
    queryFn: () =>
      memberId
        ? unwrap(api.GET('/registrations/manage/{token}/members/{memberId}/answers', { params: { path: { token, memberId } } }))
        : unwrap(api.GET('/registrations/manage/{token}/answers', { params: { path: { token } } })),
  });
  // Nothing to show a delegate whose category is asked nothing (and who heads no one asked something).
  if (answers.data && answers.data.questions.length === 0 && members.length === 0) return null;
  return (
    <section className="card" aria-labelledby="answers-title">
      <h2 id="answers-title">{t('sectionTitle')}</h2>
      {members.length > 0 && (
        <Field label={t('forWhom')}>
          {(props) => (
            <select {...props} value={memberId} onChange={(event) => setMemberId(event.target.value)}>
              <option value="">{t('me', { name: registration.fullName })}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.fullName}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <QueryView query={answers}>
        {(view) => (
          <AnswersForm
            key={`${memberId}-${view.registrationId}`}
            token={token}
            memberId={memberId || undefined}
            view={view}
            zone={registration.event.timeZone}
          />
        )}
      </QueryView>
    </section>
  );
}

function AnswersForm({ token, memberId, view, zone }: { token: string; memberId?: string; view: AnswersView; zone: string }) {
  const { t, i18n } = useTranslation('questions');
  const client = useQueryClient();
  const initial = () => Object.fromEntries(view.answers.filter((answer) => answer.value !== null).map((answer) => [answer.questionId, answer.value]));
  const [answers, setAnswers] = useState<Answers>(initial);
  const [saved, setSaved] = useState('');
  const files = Object.fromEntries(view.answers.filter((answer) => answer.file).map((answer) => [answer.questionId, answer.file!]));
  const key = ['answers', token, memberId ?? 'me'];
  const save = useMutation({
    mutationFn: () => {
      // Every question is sent: an answer emptied here is cleared, and one hidden by its condition too.
      const body = {
        answers: Object.fromEntries(
          view.questions.filter((question) => question.type !== 'file').map((question) => [question.id, answers[question.id] ?? null]),
        ),
      };
      return memberId
        ? unwrap(api.PUT('/registrations/manage/{token}/members/{memberId}/answers', { params: { path: { token, memberId } }, body }))
        : unwrap(api.PUT('/registrations/manage/{token}/answers', { params: { path: { token } }, body }));
    },
    onSuccess: (updated) => {
      client.setQueryData(key, updated);
      setSaved(t('saved'));
    },
    onError: () => setSaved(''),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const deadline = view.answersDeadline ? formatDateTime(view.answersDeadline, zone, i18n.language) : null;
  if (view.questions.length === 0) return <p className="hint">{t('noQuestions')}</p>;
  if (!view.editable) {
    return (
      <>
        {deadline && <p className="notice">{t('closed', { date: deadline })}</p>}
        <AnswersList questions={view.questions} view={view} />
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="hint">{deadline ? t('openUntil', { date: deadline }) : t('openAlways')}</p>
      <QuestionFields
        questions={view.questions}
        answers={answers}
        onChange={(next) => {
          setSaved('');
          setAnswers(next);
        }}
        error={save.error}
        renderFile={(question) => (
          <FileAnswer token={token} memberId={memberId} question={question} file={files[question.id]} onSent={(updated) => client.setQueryData(key, updated)} />
        )}
      />
      {saved && <p role="status">{saved}</p>}
      <ErrorMessage error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

function FileAnswer({
  token,
  memberId,
  question,
  file,
  onSent,
}: {
  token: string;
  memberId?: string;
  question: Question;
  file?: Schemas['AnswerFileResponse'];
  onSent: (view: AnswersView) => void;
}) {
  const { t, i18n } = useTranslation('questions');
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState(false);
  const { download, error: downloadError } = useDownload();
  const base = memberId ? `/registrations/manage/${token}/members/${memberId}` : `/registrations/manage/${token}`;
  useEffect(() => setSent(false), [chosen]);
  const send = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    try {
      const form = new FormData();
      form.append('file', chosen);
      onSent(await uploadWithProgress<AnswersView>(`${base}/answers/${question.id}/file`, form, () => undefined, 'PUT'));
      setChosen(null);
      if (input.current) input.current.value = '';
      setSent(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="file-answer">
      {file ? (
        <p>
          {t('fileCurrent', { name: file.name, size: formatSize(file.size, t, i18n.language) })}{' '}
          {!memberId && (
            <button type="button" className="link" onClick={() => void download(`${base}/answers/${question.id}/file`, file.name)}>
              {t('download')}
            </button>
          )}
        </p>
      ) : (
        <p className="hint">{t('fileNone')}</p>
      )}
      <input ref={input} type="file" accept="application/pdf,image/png,image/jpeg" onChange={(event) => setChosen(event.target.files?.[0] ?? null)} />
      <p className="hint">{t('fileHint')}</p>
      <button type="button" className="secondary" disabled={!chosen || busy} onClick={() => void send()}>
        {t('fileSend')}
      </button>
      {sent && <p role="status">{t('fileSent')}</p>}
      <ErrorMessage error={error ?? downloadError} />
    </div>
  );
}

/** Answers as read-only lines, once they can no longer change (also the organiser's view). */
export function AnswersList({ questions, view }: { questions: Question[]; view: Pick<AnswersView, 'answers'> }) {
  const { t, i18n } = useTranslation('questions');
  const byId = new Map(view.answers.map((answer) => [answer.questionId, answer]));
  return (
    <dl className="answers-list">
      {questions.map((question) => (
        <div key={question.id}>
          <dt>{labelOf(question.labels, i18n.language)}</dt>
          <dd>{answerText(question, byId.get(question.id), t, i18n.language)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function answerText(question: Question, answer: Schemas['AnswerResponse'] | undefined, t: (key: string) => string, language: string): string {
  if (!answer) return t('none');
  if (answer.file) return answer.file.name;
  const value = answer.value;
  if (value === null || value === undefined) return t('none');
  const choice = (key: string) => labelOf(question.choices.find((candidate) => candidate.key === key)?.labels ?? { en: key }, language);
  switch (question.type) {
    case 'yes_no':
      return value ? t('yes') : t('no');
    case 'single_choice':
      return choice(String(value));
    case 'multiple_choice':
      return (value as string[]).map(choice).join(', ');
    case 'country':
      return countryName(String(value), language);
    default:
      return String(value);
  }
}
