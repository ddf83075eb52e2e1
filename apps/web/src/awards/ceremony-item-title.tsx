import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, fieldErrors } from '../ui/components';
import { type TextTranslations, TranslatedTextFields, textsToSend } from '../ui/translated-text-fields';

type RunOfShow = Schemas['RunOfShowResponse'];

export const runOfShowKey = (slug: string, sessionId: string) => ['awards', slug, 'ceremony', sessionId] as const;

/** The run of show as the API takes it back: every item as entered, so a PUT changes only what the caller changes. */
export function itemsAsSent(runOfShow: RunOfShow) {
  return runOfShow.items.map((item) => ({
    kind: item.kind as 'award' | 'recognition' | 'membership',
    ...(item.kind === 'award' ? { nominationId: item.nominationId ?? undefined } : { cityIds: item.cities.map((city) => city.id) }),
    // As entered: an untitled item stays named from what it presents, in each reader's language.
    title: item.ownTitle,
    translations: item.translations,
    presenter: item.presenter,
    recipient: item.recipient,
    onStage: item.onStage,
    avCue: item.avCue,
    notes: item.notes,
    durationMinutes: item.durationMinutes,
  }));
}

/**
 * An item's own title in the event's first language and, beside it, in its `languages` (the others); left empty, the
 * item is named from what it presents.
 */
export function ItemTitle({ slug, runOfShow, index, languages }: { slug: string; runOfShow: RunOfShow; index: number; languages: string[] }) {
  const { t } = useTranslation('awards');
  const client = useQueryClient();
  const item = runOfShow.items[index];
  const [title, setTitle] = useState(item.ownTitle);
  const [translations, setTranslations] = useState<TextTranslations>(item.translations);
  const save = useMutation({
    mutationFn: () => {
      const items = itemsAsSent(runOfShow);
      items[index] = { ...items[index], title: title.trim(), translations: textsToSend(translations, languages, ['title'] as const) };
      return unwrap(
        api.PUT('/events/{slug}/ceremonies/{sessionId}/run-of-show', { params: { path: { slug, sessionId: runOfShow.sessionId } }, body: { items } }),
      );
    },
    onSuccess: (data) => client.setQueryData(runOfShowKey(slug, runOfShow.sessionId), data),
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <details className="awards-assign">
      <summary>{t('ceremony.editTitle', { number: index + 1 })}</summary>
      <ErrorMessage error={save.error} />
      <form onSubmit={submit} noValidate>
        <Field label={t('ceremony.itemTitle')} hint={t('ceremony.itemTitleHint')} error={errors['items.title']}>
          {(props) => <input {...props} value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />}
        </Field>
        <TranslatedTextFields
          field="title"
          label={t('ceremony.itemTitle')}
          languages={languages}
          value={translations}
          onChange={setTranslations}
          maxLength={300}
        />
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('ceremony.saveTitle')}
        </button>
      </form>
    </details>
  );
}
