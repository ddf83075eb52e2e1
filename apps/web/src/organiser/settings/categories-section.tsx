import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field, QueryView } from '../../ui/components';
import { addCategory, type Category, updateCategory, useCategories, useEventChange } from './settings-api';
import { useRefusals } from './refusals';
import { namesToSend, TranslatedNameFields } from './translated-name-fields';

function CategoryForm({ slug, category, languages }: { slug: string; category?: Category; languages: string[] }) {
  const { t } = useTranslation('settings');
  const [code, setCode] = useState(category?.code ?? '');
  const [name, setName] = useState(category?.name ?? '');
  const [names, setNames] = useState(category?.translations ?? {});
  const [quota, setQuota] = useState(category?.quota ? String(category.quota) : '');
  const save = useEventChange([['registration-categories', slug]], () => {
    // An empty quota means none: null removes one, and a new category simply has none.
    const limit = quota.trim() === '' ? null : Number(quota);
    const translations = namesToSend(names, languages);
    return category
      ? updateCategory(slug, category.id, { name, quota: limit, translations })
      : addCategory(slug, { code, name, translations, ...(limit === null ? {} : { quota: limit }) });
  });
  const { fields: errors, general } = useRefusals(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="row-form" aria-label={category?.name ?? t('categories.add')}>
      <ErrorMessage error={general} />
      {category ? (
        <p className="row-label">
          <code>{category.code}</code> · {t('categories.confirmed')}: {category.confirmedCount}
        </p>
      ) : (
        <Field label={t('categories.code')} error={errors.code} hint={t('categories.codeHint')} required>
          {(props) => <input {...props} value={code} maxLength={60} onChange={(e) => setCode(e.target.value)} />}
        </Field>
      )}
      <Field label={t('categories.name')} error={errors.name} required>
        {(props) => <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <TranslatedNameFields label={t('categories.name')} languages={languages} value={names} onChange={setNames} />
      <Field label={t('categories.quota')} error={errors.quota} hint={category ? undefined : t('categories.quotaHint')}>
        {(props) => <input {...props} type="number" inputMode="numeric" min={1} value={quota} onChange={(e) => setQuota(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {category ? t('categories.save') : t('categories.add')}
        </button>
      </div>
    </form>
  );
}

export function CategoriesSection({ slug, languages }: { slug: string; languages: string[] }) {
  const { t } = useTranslation('settings');
  const categories = useCategories(slug);
  return (
    <section aria-labelledby="categories-heading" className="settings-section">
      <h2 id="categories-heading">{t('categories.title')}</h2>
      <QueryView query={categories}>
        {(list) => (
          <>
            {list.length === 0 && <p>{t('categories.empty')}</p>}
            {list.map((category) => (
              <CategoryForm key={category.id} slug={slug} category={category} languages={languages} />
            ))}
            <CategoryForm key={`new-${list.length}`} slug={slug} languages={languages} />
          </>
        )}
      </QueryView>
    </section>
  );
}
