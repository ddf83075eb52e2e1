import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, ApiError, type ApiErrorCode, type Schemas, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { hasRole, type Me } from '../auth/session';
import { ErrorMessage, Field, fieldErrors, QueryView, ZoneNote } from '../ui/components';
import { formatDay, formatTime, zoneLabel } from '../ui/time';
import { type OrganiserEvent, OrganiserPage } from './organiser-shell';
import { QrScanner } from './qr-scanner';

type Result =
  | { kind: 'done'; checkIn: Schemas['CheckInResponse']; code: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'refused'; code: string; reason?: ApiErrorCode; message: string };

function CheckIn({ slug, event, me }: { slug: string; event: OrganiserEvent; me: Me }) {
  const { t, i18n } = useTranslation('organiser');
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [day, setDay] = useState('');
  const [result, setResult] = useState<Result>();
  const organiser = hasRole(me, slug, 'organiser');
  const summary = useQuery({
    queryKey: ['organiser', slug, 'check-in-summary'],
    queryFn: () => unwrap(api.GET('/events/{slug}/check-ins/summary', { params: { path: { slug } } })),
    refetchInterval: 30_000,
  });
  const categories = useQuery({
    queryKey: ['categories', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-categories', { params: { path: { slug } } })),
  });
  const today = summary.data?.today;
  const todayIsEventDay = !!summary.data?.days.some((d) => d.day === today);
  // Outside the event's days an organiser records a past day; staff can only check in today.
  const pastDays = summary.data?.days.filter((d) => today && d.day <= today) ?? [];
  const chosenDay = day || (todayIsEventDay ? '' : organiser ? (pastDays[pastDays.length - 1]?.day ?? '') : '');

  const checkIn = useMutation({
    mutationFn: async (badgeCode: string) => {
      const body = chosenDay && chosenDay !== today ? { badgeCode, day: chosenDay } : { badgeCode };
      return unwrap(api.POST('/events/{slug}/check-ins', { params: { path: { slug } }, body }));
    },
    onMutate: () => setResult(undefined),
    onSuccess: (checkIn, badgeCode) => {
      setResult({ kind: 'done', checkIn, code: badgeCode });
      setCode('');
      void client.invalidateQueries({ queryKey: ['organiser', slug] });
      input.current?.focus();
    },
    onError: (error, badgeCode) => {
      if (error instanceof ApiError && error.status === 404) setResult({ kind: 'unknown', code: badgeCode });
      else if (error instanceof ApiError && error.status === 409)
        setResult({ kind: 'refused', code: badgeCode, reason: error.code, message: errorText(t, error) });
    },
  });

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const badgeCode = code.trim().toUpperCase();
    if (badgeCode) checkIn.mutate(badgeCode);
  };
  const scanned = (value: string) => {
    if (checkIn.isPending) return;
    setCode(value.toUpperCase());
    checkIn.mutate(value.toUpperCase());
  };
  const otherError = checkIn.error instanceof ApiError && (checkIn.error.status === 404 || checkIn.error.status === 409) ? undefined : checkIn.error;
  const errors = fieldErrors(checkIn.error);

  return (
    <div className="check-in">
      <section className="card check-in-form" aria-labelledby="scan-heading">
        <h2 id="scan-heading">{t('checkIn.scanHeading')}</h2>
        <form onSubmit={submit} noValidate>
          {organiser && summary.data && (
            <Field label={t('checkIn.day')} hint={todayIsEventDay ? undefined : t('checkIn.notEventDay')}>
              {(props) => (
                <select {...props} value={chosenDay} onChange={(e) => setDay(e.target.value)}>
                  {todayIsEventDay && <option value="">{t('checkIn.today', { day: formatDay(today!, i18n.language) })}</option>}
                  {pastDays
                    .filter((d) => d.day !== today)
                    .map((d) => (
                      <option key={d.day} value={d.day}>
                        {formatDay(d.day, i18n.language)}
                      </option>
                    ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('checkIn.code')} hint={t('checkIn.codeHint')} error={errors.badgeCode} required>
            {(props) => (
              <input
                {...props}
                ref={input}
                className="badge-code-input"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={20}
                autoFocus
              />
            )}
          </Field>
          <button type="submit" disabled={checkIn.isPending || !code.trim()}>
            {checkIn.isPending ? t('checkIn.checking') : t('checkIn.submit')}
          </button>
        </form>
        <div aria-live="assertive" className="check-in-result">
          {result?.kind === 'done' &&
            (result.checkIn.alreadyCheckedIn ? (
              <div className="warning result-box">
                <p className="result-title">{t('checkIn.already', { name: result.checkIn.fullName })}</p>
                <p>
                  {t('checkIn.alreadyAt', {
                    time: formatTime(result.checkIn.checkedInAt, event.timeZone, i18n.language),
                    day: formatDay(result.checkIn.day, i18n.language),
                  })}
                </p>
              </div>
            ) : (
              <div className="notice result-box">
                <p className="result-title">{t('checkIn.welcome', { name: result.checkIn.fullName })}</p>
                <p>
                  {t('checkIn.checkedInAt', {
                    time: formatTime(result.checkIn.checkedInAt, event.timeZone, i18n.language),
                    day: formatDay(result.checkIn.day, i18n.language),
                  })}{' '}
                  · {categories.data?.find((category) => category.code === result.checkIn.category)?.name ?? result.checkIn.category}
                </p>
              </div>
            ))}
          {result?.kind === 'unknown' && (
            <div className="error-box result-box">
              <p className="result-title">{t('checkIn.unknown', { code: result.code })}</p>
              <p>{t('checkIn.unknownHelp')}</p>
            </div>
          )}
          {result?.kind === 'refused' && (
            <div className="error-box result-box">
              <p className="result-title">{t('checkIn.refused', { code: result.code })}</p>
              {result.reason === 'CHECK_IN_NOT_CONFIRMED' ? (
                <p>{t('checkIn.notConfirmed')}</p>
              ) : result.reason === 'CHECK_IN_OUTSIDE_EVENT' || result.reason === 'CHECK_IN_DAY_NOT_COME' ? (
                <p>{t('checkIn.notADay')}</p>
              ) : (
                <p>{result.message}</p>
              )}
            </div>
          )}
          {!errors.badgeCode && <ErrorMessage error={otherError} />}
        </div>
        <QrScanner onCode={scanned} />
      </section>

      <section className="card" aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t('checkIn.countsHeading')}</h2>
        <QueryView query={summary}>
          {(data) => (
            <>
              <p>{t('checkIn.anyDay', { count: data.checkedInAnyDay, confirmed: data.confirmed })}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.day')}</th>
                    <th scope="col" className="number">
                      {t('checkIn.checkedIn')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.days.map((d) => (
                    <tr key={d.day} className={d.day === (chosenDay || data.today) ? 'current-day' : undefined}>
                      <th scope="row">
                        {formatDay(d.day, i18n.language)}
                        {d.day === data.today && <span className="badge">{t('checkIn.todayBadge')}</span>}
                      </th>
                      <td className="number">{d.checkedIn}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </QueryView>
        <ZoneNote zone={zoneLabel(event.timeZone)} />
      </section>
    </div>
  );
}

export function CheckInPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('organiser');
  return (
    <OrganiserPage slug={slug} title={t('checkIn.title')} roles={['organiser', 'staff']}>
      {(event, me) => <CheckIn slug={slug} event={event} me={me} />}
    </OrganiserPage>
  );
}
