import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorMessage } from '../ui/components';

/** Whether the event's staff may send messages too; organisers always may. */
export function MessageSettings({ slug }: { slug: string }) {
  const { t } = useTranslation('compose');
  const client = useQueryClient();
  const key = ['messages', slug, 'settings'];
  const settings = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/events/{slug}/messages/settings', { params: { path: { slug } } })),
  });
  const save = useMutation({
    mutationFn: (staffMaySend: boolean) => unwrap(api.PUT('/events/{slug}/messages/settings', { params: { path: { slug } }, body: { staffMaySend } })),
    onSuccess: (saved) => client.setQueryData(key, saved),
  });
  if (!settings.data) return null;
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={save.isPending ? save.variables : settings.data.staffMaySend}
          disabled={save.isPending}
          onChange={(e) => save.mutate(e.target.checked)}
        />{' '}
        {t('staffMaySend')}
      </label>
      <ErrorMessage error={save.error} />
    </>
  );
}
