import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorMessage, Loading } from '../ui/components';
import { formatDay } from '../ui/time';
import './delegate.css';

/** Where a consulate checks a visa letter's code: the name, the event and its dates, nothing more. */
export function VerifyPage() {
  const { code } = useParams<{ code: string }>();
  const { t, i18n } = useTranslation('protocol');
  const letter = useQuery({ queryKey: ['verify', code], queryFn: () => unwrap(api.GET('/verify/{code}', { params: { path: { code } } })), retry: false });
  return (
    <section className="delegate-page narrow verify-page">
      <h1>{t('verifyTitle')}</h1>
      <p className="hint">{t('verifyCode', { code })}</p>
      {letter.isPending ? (
        <Loading />
      ) : letter.error ? (
        letter.error instanceof ApiError && letter.error.status === 404 ? (
          <p className="warning" role="alert">
            {t('verifyUnknown')}
          </p>
        ) : (
          <ErrorMessage error={letter.error} />
        )
      ) : (
        <div className="card">
          <p className="notice" role="status">
            <strong>{t('verifyGenuine')}</strong>
          </p>
          <dl className="facts">
            <dt>{t('verifyName')}</dt>
            <dd>{letter.data.fullName}</dd>
            <dt>{t('verifyEvent')}</dt>
            <dd>{letter.data.event}</dd>
            <dt>{t('verifyDates')}</dt>
            <dd>
              {formatDay(letter.data.startDate, i18n.language)} – {formatDay(letter.data.endDate, i18n.language)}
            </dd>
          </dl>
        </div>
      )}
    </section>
  );
}
