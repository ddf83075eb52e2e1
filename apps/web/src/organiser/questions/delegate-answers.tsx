import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { answerText } from '../../delegate/questions/answers-section';
import { labelOf } from '../../delegate/questions/question-logic';
import { ErrorMessage, QueryView } from '../../ui/components';
import { useDownload } from '../../ui/use-download';

/** One delegate's answers to the organisers' questions, on their record page. */
export function DelegateAnswers({ slug, id }: { slug: string; id: string }) {
  const { t, i18n } = useTranslation('questions');
  const { download, busy, error } = useDownload();
  const answers = useQuery({
    queryKey: ['organiser', slug, 'answers', id],
    queryFn: () => unwrap(api.GET('/events/{slug}/registrations/{registrationId}/answers', { params: { path: { slug, registrationId: id } } })),
  });
  if (answers.data && answers.data.questions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="record-answers">
      <h2 id="record-answers">{t('answers')}</h2>
      <QueryView query={answers}>
        {(view) => {
          const byId = new Map(view.answers.map((answer) => [answer.questionId, answer]));
          return (
            <dl className="answers-list">
              {view.questions.map((question) => {
                const answer = byId.get(question.id);
                return (
                  <div key={question.id}>
                    <dt>{labelOf(question.labels, i18n.language)}</dt>
                    <dd>
                      {answerText(question, answer, t, i18n.language)}{' '}
                      {answer?.file && (
                        <button
                          type="button"
                          className="link"
                          disabled={busy !== null}
                          onClick={() => void download(`/events/${slug}/registrations/${id}/answers/${question.id}/file`, answer.file!.name)}
                        >
                          {t('download')}
                        </button>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          );
        }}
      </QueryView>
      <ErrorMessage error={error} />
    </section>
  );
}
