import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { api, unwrap } from '../api/client';
import { ErrorMessage, Loading } from '../ui/components';

/**
 * Where the footer link of a message that is not transactional leads: it asks before stopping, since
 * mail scanners follow links (only the POST, also sent by one-click mail programs, stops anything).
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { t } = useTranslation('account');
  const link = useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: () => unwrap(api.GET('/unsubscribe', { params: { query: { token } } })),
    retry: false,
  });
  const stop = useMutation({
    mutationFn: () => unwrap(api.POST('/unsubscribe', { params: { query: { token } } })),
  });
  if (link.isPending) return <Loading />;
  const info = stop.data ?? link.data;
  const what = info && t(`unsubscribe.kinds.${info.kind}`, { defaultValue: t('unsubscribe.kinds.other') });
  const values = info && { what, event: info.eventName ?? '', email: info.email };
  return (
    <section className="narrow">
      <h1>{t('unsubscribe.title')}</h1>
      <ErrorMessage error={link.error ?? stop.error} />
      {info && values && info.optedOut && (
        <p className="notice" role="status">
          {t(info.eventName ? 'unsubscribe.done' : 'unsubscribe.doneNoEvent', values)}
        </p>
      )}
      {info && values && !info.optedOut && (
        <>
          <p>{t(info.eventName ? 'unsubscribe.ask' : 'unsubscribe.askNoEvent', values)}</p>
          <button type="button" onClick={() => stop.mutate()} disabled={stop.isPending}>
            {t('unsubscribe.confirm')}
          </button>
        </>
      )}
    </section>
  );
}
