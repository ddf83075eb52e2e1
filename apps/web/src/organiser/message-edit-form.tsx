import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field } from '../ui/components';
import { DateTimeInput } from '../ui/date-time-input';
import { isLocalDateTime } from '../ui/local-date-time';
import { isoToZonedInput, zonedInputToIso } from '../ui/time';
import type { OrganiserEvent } from './organiser-shell';
import { languageName } from '../ui/language-name';

type Detail = Schemas['MessageDetailResponse'];

/** A held or scheduled message's words in each language, and a scheduled one's time, changed before it goes out. */
export function MessageEditForm({ slug, event, message, onDone }: { slug: string; event: OrganiserEvent; message: Detail; onDone: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation('messagePage');
  const client = useQueryClient();
  // Every event language is offered, so a language left out at first can be added now.
  const [content, setContent] = useState(() =>
    event.languages.map((language) => message.content.find((text) => text.language === language) ?? { language, subject: '', body: '' }),
  );
  const initialTime = message.sendAt ? isoToZonedInput(message.sendAt, event.timeZone) : '';
  const [sendAt, setSendAt] = useState(initialTime);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/events/{slug}/messages/{id}', {
          params: { path: { slug, id: message.id } },
          body: {
            content: content.filter((text) => text.subject.trim() || text.body.trim()),
            // What is not yet a date and time goes as typed, so the API names the field.
            ...(message.status === 'scheduled' &&
              sendAt !== initialTime && { sendAt: isLocalDateTime(sendAt) ? zonedInputToIso(sendAt, event.timeZone) : sendAt }),
          },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['messages', slug] });
      onDone(true);
    },
  });
  const write = (language: string, field: 'subject' | 'body', value: string) =>
    setContent((current) => current.map((text) => (text.language === language ? { ...text, [field]: value } : text)));
  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    save.mutate();
  };
  return (
    <form className="message-edit" onSubmit={submit} aria-labelledby="message-edit-title">
      <h2 id="message-edit-title">{t('editTitle')}</h2>
      {content.map((text) => (
        <fieldset key={text.language}>
          <legend>{t('inLanguage', { language: languageName(text.language, i18n.language) })}</legend>
          <Field label={t('subject')} required={text.language === event.languages[0]}>
            {(props) => <input {...props} maxLength={300} value={text.subject} onChange={(e) => write(text.language, 'subject', e.target.value)} />}
          </Field>
          <Field label={t('body')} required={text.language === event.languages[0]}>
            {(props) => <textarea {...props} rows={6} value={text.body} onChange={(e) => write(text.language, 'body', e.target.value)} />}
          </Field>
        </fieldset>
      ))}
      {message.status === 'scheduled' && (
        <Field label={t('time')} hint={t('timeHint')} required>
          {(props) => <DateTimeInput {...props} zone={event.timeZone} value={sendAt} onChange={setSendAt} />}
        </Field>
      )}
      <ErrorMessage error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('save')}
        </button>
        <button type="button" className="secondary" disabled={save.isPending} onClick={() => onDone(false)}>
          {t('discardChanges')}
        </button>
      </div>
    </form>
  );
}
