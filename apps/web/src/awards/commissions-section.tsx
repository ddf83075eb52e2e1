import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { type TextTranslations, TranslatedTextFields, textsToSend } from '../ui/translated-text-fields';
import { awardKeys, useCommissions } from './award-data';

/** The National Commissions that nominate cities, one per country, on the awards set-up page. */
export function CommissionsSection({ slug }: { slug: string }) {
  const { t } = useTranslation('awards');
  const client = useQueryClient();
  const commissions = useCommissions(slug);
  // Each Commission's name in the event's other languages too: cities and officers read it in theirs.
  const languages = useEventDetails(slug, { asEntered: true }).data?.languages.slice(1) ?? [];
  const empty = { name: '', country: '', translations: {} as TextTranslations };
  const [draft, setDraft] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: awardKeys.commissions(slug) });
  const add = useMutation({
    mutationFn: (body: { name: string; country: string; translations: Record<string, { name?: string }> }) =>
      unwrap(api.POST('/events/{slug}/awards/commissions', { params: { path: { slug } }, body })),
    onSuccess: async (commission) => {
      setAdded(commission.name);
      setDraft(empty);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (commissionId: string) => unwrap(api.DELETE('/events/{slug}/awards/commissions/{commissionId}', { params: { path: { slug, commissionId } } })),
    onSuccess: refresh,
  });
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    add.mutate({
      name: draft.name.trim(),
      country: draft.country.trim().toUpperCase(),
      translations: textsToSend(draft.translations, languages, ['name'] as const),
    });
  };

  return (
    <section aria-labelledby="commissions" className="awards-commissions">
      <h2 id="commissions">{t('commissions.title')}</h2>
      <p>{t('commissions.intro')}</p>
      <ErrorMessage error={remove.error} />
      <QueryView query={commissions}>
        {(list) =>
          list.length === 0 ? (
            <p className="awards-empty">{t('commissions.empty')}</p>
          ) : (
            <ul className="awards-commission-list">
              {list.map((commission) => (
                <li key={commission.id}>
                  <span>
                    <strong>{commission.country}</strong> {commission.name} · {t('commissions.contacts', { count: commission.contacts.length })}
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('commissions.remove', { name: commission.name })}
                    onClick={() => remove.mutate(commission.id)}
                    disabled={remove.isPending}
                  >
                    {t('commissions.removeShort')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <form onSubmit={submit} noValidate>
        {added && (
          <p className="notice" role="status">
            {t('commissions.added', { name: added })}
          </p>
        )}
        <ErrorMessage error={add.error} />
        <Field label={t('commissions.name')} required error={errors.name}>
          {(props) => <input {...props} value={draft.name} maxLength={200} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />}
        </Field>
        <TranslatedTextFields
          field="name"
          label={t('commissions.name')}
          languages={languages}
          value={draft.translations}
          onChange={(translations) => setDraft({ ...draft, translations })}
          maxLength={200}
        />
        <Field label={t('commissions.country')} required error={errors.country}>
          {(props) => <input {...props} maxLength={2} value={draft.country} onChange={(event) => setDraft({ ...draft, country: event.target.value })} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={add.isPending}>
            {t('commissions.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
