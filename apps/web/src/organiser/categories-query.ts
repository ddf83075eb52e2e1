import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { translated } from '../ui/translated';

/** The event's registration categories, named in the reader's language (the settings page edits the names as entered). */
export function useRegistrationCategories(slug: string) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['registration-categories', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-categories', { params: { path: { slug } } })),
    select: (list) => list.map((category) => ({ ...category, name: translated(category.name, category.translations, 'name', i18n.language) })),
  });
}
