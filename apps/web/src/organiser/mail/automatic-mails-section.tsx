import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client';
import { ErrorMessage, Field, QueryView } from '../../ui/components';
import { useConfirm } from '../../ui/confirm-dialog';
import { formatDateTime } from '../../ui/time';
import type { OrganiserEvent } from '../organiser-shell';
import { languageName } from '../../ui/language-name';

type Kind = Schemas['MailWordingKindResponse'];

/** Choose an automatic mail and a language, put it in the organisers' words, preview it, or go back to the standard words. */
export function AutomaticMailsSection({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('mail');
  const kinds = useQuery({
    queryKey: ['mail-wordings', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/mail-wordings', { params: { path: { slug } } })),
  });
  const [kind, setKind] = useState('registration-confirmed');
  const [language, setLanguage] = useState(event.languages[0]);
  const nameOf = (code: string) => languageName(code, i18n.language);

  return (
    <section className="card" aria-labelledby="automatic-title">
      <h2 id="automatic-title">{t('automatic.title')}</h2>
      <p>{t('automatic.intro')}</p>
      <QueryView query={kinds}>
        {(data) => {
          const chosen = data.kinds.find((candidate) => candidate.kind === kind) ?? data.kinds[0];
          return (
            <>
              <div className="field-row">
                <Field label={t('automatic.kind')}>
                  {(props) => (
                    <select {...props} value={chosen.kind} onChange={(e) => setKind(e.target.value)}>
                      {data.kinds.map((candidate) => (
                        <option key={candidate.kind} value={candidate.kind}>
                          {t(`automatic.kinds.${candidate.kind}`, { defaultValue: candidate.kind })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('automatic.language')}>
                  {(props) => (
                    <select {...props} value={language} onChange={(e) => setLanguage(e.target.value)}>
                      {event.languages.map((code) => (
                        <option key={code} value={code}>
                          {nameOf(code)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              {/* A fresh editor for each mail and language: it starts from what is sent today. */}
              <WordsEditor key={`${chosen.kind}/${language}`} slug={slug} event={event} kind={chosen} language={language} languageName={nameOf(language)} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function WordsEditor({
  slug,
  event,
  kind,
  language,
  languageName,
}: {
  slug: string;
  event: OrganiserEvent;
  kind: Kind;
  language: string;
  languageName: string;
}) {
  const { t, i18n } = useTranslation('mail');
  const confirm = useConfirm();
  const client = useQueryClient();
  const current = kind.languages.find((entry) => entry.language === language) ?? kind.languages[0];
  const [words, setWords] = useState(() => current.override ?? current.default);
  const [notice, setNotice] = useState<string>();
  const path = { slug, kind: kind.kind, language };
  const refresh = () => client.invalidateQueries({ queryKey: ['mail-wordings', slug] });
  const preview = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/events/{slug}/mail-wordings/{kind}/{language}/preview', { params: { path }, body: { subject: words.subject, body: words.body } })),
  });
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/events/{slug}/mail-wordings/{kind}/{language}', { params: { path }, body: { subject: words.subject, body: words.body } })),
    onSuccess: () => {
      setNotice(t('automatic.saved'));
      void refresh();
    },
  });
  const reset = useMutation({
    mutationFn: () => unwrap(api.DELETE('/events/{slug}/mail-wordings/{kind}/{language}', { params: { path } })),
    onSuccess: () => {
      setWords(current.default);
      preview.reset();
      setNotice(t('automatic.resetDone'));
      void refresh();
    },
  });
  const edit = (field: 'subject' | 'body', value: string) => {
    setWords((before) => ({ ...before, [field]: value }));
    preview.reset();
    setNotice(undefined);
  };
  const placeholders = kind.placeholders.map((name) => `{{${name}}}`).join(' ');

  return (
    <div lang={language}>
      <p className="hint">
        {current.override ? t('automatic.own', { when: formatDateTime(current.override.updatedAt, event.timeZone, i18n.language) }) : t('automatic.standard')}
      </p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <Field label={t('automatic.subject')} required>
        {(props) => <input {...props} maxLength={300} value={words.subject} onChange={(e) => edit('subject', e.target.value)} />}
      </Field>
      <Field label={t('automatic.body')} required hint={t('automatic.bodyHint', { placeholders, interpolation: { escapeValue: false } })}>
        {(props) => <textarea {...props} rows={10} value={words.body} onChange={(e) => edit('body', e.target.value)} />}
      </Field>
      <ErrorMessage error={preview.error ?? save.error ?? reset.error} />
      <div className="actions">
        <button type="button" className="secondary" disabled={preview.isPending} onClick={() => preview.mutate()}>
          {t('automatic.preview')}
        </button>
        <button type="button" disabled={save.isPending} onClick={() => save.mutate()}>
          {t('automatic.save')}
        </button>
        {current.override && (
          <button
            type="button"
            className="secondary"
            disabled={reset.isPending}
            onClick={async () => {
              if (
                await confirm({
                  title: t('automatic.resetTitle'),
                  message: t('automatic.resetMessage', { language: languageName }),
                  confirmLabel: t('automatic.reset'),
                })
              )
                reset.mutate();
            }}
          >
            {t('automatic.reset')}
          </button>
        )}
      </div>
      {preview.data && (
        <div className="compose-preview" aria-live="polite">
          <h3>{t('automatic.previewTitle')}</h3>
          <article className="compose-rendered">
            <h4>{preview.data.subject}</h4>
            {/* The API renders Markdown with raw HTML turned off: this is its own safe HTML. */}
            <div dangerouslySetInnerHTML={{ __html: preview.data.html }} />
          </article>
        </div>
      )}
    </div>
  );
}
