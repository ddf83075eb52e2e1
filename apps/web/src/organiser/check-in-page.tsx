import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, ApiError, type ApiErrorCode, type Schemas, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { hasRole, type Me } from '../auth/session';
import { ErrorMessage, Field, fieldErrors, QueryView, ZoneNote } from '../ui/components';
import { useConfirm } from '../ui/confirm-dialog';
import { TimeInput } from '../ui/date-time-input';
import { formatDay, formatTime, zoneLabel } from '../ui/time';
import { CheckInLookup } from './check-in-lookup';
import { SessionAttendance } from './desk/session-attendance';
import { ReprintButton } from './desk/reprint-button';
import { DeskPanel, sessionTitle } from './desk/desk-panel';
import { newId, type OfflineScan, useDesk } from './desk/use-desk';
import { type OrganiserEvent, OrganiserPage } from './organiser-shell';
import { QrScanner } from './qr-scanner';
import { useRegistrationCategories } from './categories-query';

// What is printed under the QR code; anything else typed at the desk is a name to look up.
const BADGE_CODE = /^[2-9A-HJ-NP-Z]{10}$/;

type Result =
  | { kind: 'done'; checkIn: Schemas['CheckInResponse']; code: string }
  | { kind: 'offline'; scan: Exclude<OfflineScan, { kind: 'unknown' }> }
  | { kind: 'unknown'; code: string }
  | { kind: 'refused'; code: string; reason?: ApiErrorCode; message: string };

function CheckIn({ slug, event, me }: { slug: string; event: OrganiserEvent; me: Me }) {
  const { t, i18n } = useTranslation('organiser');
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [lookup, setLookup] = useState('');
  const [result, setResult] = useState<Result>();
  const confirm = useConfirm();
  const desk = useDesk(slug, event.timeZone);
  const organiser = hasRole(me, slug, 'organiser');
  const summary = useQuery({
    queryKey: ['organiser', slug, 'check-in-summary'],
    queryFn: () => unwrap(api.GET('/events/{slug}/check-ins/summary', { params: { path: { slug } } })),
    refetchInterval: 30_000,
  });
  const categories = useRegistrationCategories(slug);
  const today = summary.data?.today;
  const todayIsEventDay = !!summary.data?.days.some((d) => d.day === today);
  // Before the event the desk practises; after it only an organiser records an earlier day, at the time given.
  const rehearsal = !!summary.data?.rehearsal.open;
  const over = !!summary.data && !rehearsal && !todayIsEventDay;
  const pastDays = summary.data?.days.filter((d) => today && d.day <= today) ?? [];
  const chosenDay = day || (todayIsEventDay ? '' : organiser && over ? (pastDays[pastDays.length - 1]?.day ?? '') : '');
  const backDated = !!chosenDay && chosenDay !== today;
  const categoryName = (code: string) => categories.data?.find((category) => category.code === code)?.name ?? code;

  const checkIn = useMutation({
    mutationFn: async (badgeCode: string) => {
      const atDesk = desk.snapshot ? { desk: desk.snapshot.desk, clientId: newId() } : {};
      const body = rehearsal ? { badgeCode, rehearsal: true } : backDated ? { badgeCode, day: chosenDay, time } : { badgeCode, ...atDesk };
      return unwrap(api.POST('/events/{slug}/check-ins', { params: { path: { slug } }, body }));
    },
    onMutate: () => setResult(undefined),
    onSuccess: (checkIn, badgeCode) => {
      setResult({ kind: 'done', checkIn, code: badgeCode });
      setCode('');
      setLookup('');
      void client.invalidateQueries({ queryKey: ['organiser', slug] });
      input.current?.focus();
    },
    onError: (error, badgeCode) => {
      // The network failed under the request: a prepared desk goes on offline.
      if (!(error instanceof ApiError) && offlineReady) void offline(badgeCode);
      else if (error instanceof ApiError && error.status === 404) setResult({ kind: 'unknown', code: badgeCode });
      else if (error instanceof ApiError && error.status === 409)
        setResult({ kind: 'refused', code: badgeCode, reason: error.code, message: errorText(t, error) });
    },
  });

  // Offline scans are for the event's days, at a desk that holds the badges.
  const offlineReady = !!desk.snapshot && (todayIsEventDay || !!desk.door) && !backDated;
  const offline = async (badgeCode: string) => {
    checkIn.reset();
    const outcome = await desk.scanOffline(badgeCode);
    setResult(outcome.kind === 'unknown' ? { kind: 'unknown', code: badgeCode } : { kind: 'offline', scan: outcome });
    setCode('');
    setLookup('');
    input.current?.focus();
  };
  // At a session's door every scan takes the desk's queue, online or not: one path, each scan with its own id.
  const record = (badgeCode: string) => ((offlineReady && !desk.online) || (desk.door && !rehearsal) ? void offline(badgeCode) : checkIn.mutate(badgeCode));

  const clear = useMutation({
    mutationFn: () => unwrap(api.DELETE('/events/{slug}/check-ins/rehearsal', { params: { path: { slug } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['organiser', slug, 'check-in-summary'] }),
  });
  const clearRehearsal = async () => {
    const count = summary.data?.rehearsal.checkedIn ?? 0;
    if (await confirm({ title: t('checkIn.clearTitle'), message: t('checkIn.clearMessage', { count }), confirmLabel: t('checkIn.clear'), danger: true }))
      clear.mutate();
  };

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const typed = code.trim();
    if (BADGE_CODE.test(typed.toUpperCase())) {
      setLookup('');
      record(typed.toUpperCase());
    } else if (typed.length >= 2) {
      setResult(undefined);
      setLookup(typed);
    }
  };
  const scanned = (value: string) => {
    if (checkIn.isPending) return;
    setCode(value.toUpperCase());
    record(value.toUpperCase());
  };
  const otherError = checkIn.error instanceof ApiError && (checkIn.error.status === 404 || checkIn.error.status === 409) ? undefined : checkIn.error;
  const errors = fieldErrors(checkIn.error);

  return (
    <div className="check-in">
      <section className="card check-in-form" aria-labelledby="scan-heading">
        <h2 id="scan-heading">{t('checkIn.scanHeading')}</h2>
        {rehearsal && (
          <div className="notice rehearsal-note" role="status">
            <p className="result-title">{t('checkIn.rehearsalTitle')}</p>
            <p>{t('checkIn.rehearsalText', { day: formatDay(summary.data!.days[0].day, i18n.language), count: summary.data!.rehearsal.checkedIn })}</p>
            {organiser && summary.data!.rehearsal.checkedIn > 0 && (
              <button type="button" className="secondary" onClick={() => void clearRehearsal()} disabled={clear.isPending}>
                {t('checkIn.clear')}
              </button>
            )}
          </div>
        )}
        {over && !organiser ? (
          <p className="notice">{t('checkIn.overForStaff')}</p>
        ) : (
          <form onSubmit={submit} noValidate>
            {organiser && summary.data && !rehearsal && (
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
            {backDated && (
              <Field label={t('checkIn.time')} hint={t('checkIn.timeHint')} error={errors.time} required>
                {(props) => <TimeInput {...props} value={time} onChange={setTime} />}
              </Field>
            )}
            <Field label={t('checkIn.code')} hint={t('checkIn.codeHint')} error={errors.badgeCode} required>
              {(props) => (
                <input
                  {...props}
                  ref={input}
                  // Spaced capitals suit a code; a name is shown as typed.
                  className={/^[0-9a-z]{0,10}$/i.test(code.trim()) ? 'badge-code-input' : undefined}
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  autoComplete="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  maxLength={100}
                  autoFocus
                />
              )}
            </Field>
            <button type="submit" disabled={checkIn.isPending || !code.trim() || (backDated && !/^\d\d:\d\d$/.test(time))}>
              {checkIn.isPending ? t('checkIn.checking') : BADGE_CODE.test(code.trim().toUpperCase()) || !code.trim() ? t('checkIn.submit') : t('checkIn.find')}
            </button>
          </form>
        )}
        {lookup && (
          <CheckInLookup
            slug={slug}
            q={lookup}
            categoryName={categoryName}
            onChoose={record}
            busy={checkIn.isPending}
            offline={offlineReady && !desk.online ? desk.snapshot!.badges : undefined}
          />
        )}
        <div aria-live="assertive" className="check-in-result">
          {result?.kind === 'done' &&
            (result.checkIn.alreadyCheckedIn ? (
              <div className="warning result-box">
                <p className="result-title">{t('checkIn.already', { name: result.checkIn.fullName })}</p>
                <p>
                  {t(result.checkIn.desk ? 'checkIn.alreadyAtDesk' : 'checkIn.alreadyAt', {
                    time: formatTime(result.checkIn.checkedInAt, event.timeZone, i18n.language),
                    day: formatDay(result.checkIn.day, i18n.language),
                    desk: result.checkIn.desk,
                  })}
                </p>
              </div>
            ) : (
              <div className="notice result-box">
                <p className="result-title">{t(result.checkIn.rehearsal ? 'checkIn.practised' : 'checkIn.welcome', { name: result.checkIn.fullName })}</p>
                <p>
                  {t('checkIn.checkedInAt', {
                    time: formatTime(result.checkIn.checkedInAt, event.timeZone, i18n.language),
                    day: formatDay(result.checkIn.day, i18n.language),
                  })}{' '}
                  · {categoryName(result.checkIn.category)}
                </p>
                {!result.checkIn.rehearsal && <ReprintButton slug={slug} badgeCode={result.code} desk={desk.snapshot?.desk} />}
              </div>
            ))}
          {result?.kind === 'offline' &&
            (result.scan.kind === 'already' ? (
              <div className="warning result-box">
                <p className="result-title">{t('checkIn.already', { name: result.scan.scan.fullName })}</p>
                <p>
                  {t(result.scan.scan.sessionId ? 'desk.alreadyAtDoor' : 'desk.alreadyHere', {
                    time: formatTime(result.scan.scan.at, event.timeZone, i18n.language),
                  })}
                </p>
              </div>
            ) : (
              <div className="notice result-box">
                <p className="result-title">{t('checkIn.welcome', { name: result.scan.badge.fullName })}</p>
                <p>
                  {result.scan.scan.sessionId && desk.session
                    ? t('desk.recordedAtDoor', {
                        time: formatTime(result.scan.scan.at, event.timeZone, i18n.language),
                        title: sessionTitle(desk.session.title, i18n.language),
                      })
                    : t('desk.recordedOffline', { time: formatTime(result.scan.scan.at, event.timeZone, i18n.language) })}{' '}
                  · {[result.scan.badge.delegation, categoryName(result.scan.badge.category)].filter(Boolean).join(' · ')}
                </p>
                {desk.online && <ReprintButton slug={slug} badgeCode={result.scan.badge.badgeCode} desk={desk.snapshot?.desk} />}
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
        {!(over && !organiser) && <QrScanner onCode={scanned} />}
      </section>

      {!over && <DeskPanel desk={desk} zone={event.timeZone} />}
      <SessionAttendance slug={slug} zone={event.timeZone} organiser={organiser} />
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
