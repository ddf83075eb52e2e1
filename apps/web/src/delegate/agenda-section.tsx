import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../api/client';
import { sessionTitle, type Timetable, type TimetableSession } from '../public/timetable-data';
import { useTimetable } from '../public/timetable-query';
import { errorText } from '../api/error-text';
import { ErrorMessage, Loading } from '../ui/components';
import { formatDay, formatTime, zoneLabel } from '../ui/time';

interface Row extends TimetableSession {
  room: string | null;
  parallel: boolean;
}

type Message = { kind: 'notice' | 'error'; text: string };

export function AgendaSection({ token, registration }: { token: string; registration: Schemas['ManagedRegistrationResponse'] }) {
  const { t, i18n } = useTranslation('delegate');
  const client = useQueryClient();
  const slug = registration.event.slug;
  const zone = registration.event.timeZone;
  const language = i18n.language;
  const [messages, setMessages] = useState<Record<string, Message>>({});
  // The timetable's own query: rooms and tracks named in the page's language, one cache with the public pages.
  const programme = useTimetable(slug);
  const agenda = useQuery({
    queryKey: ['agenda', token],
    queryFn: () => unwrap(api.GET('/registrations/manage/{token}/agenda', { params: { path: { token } } })),
  });

  const titleOf = (session: TimetableSession) => sessionTitle(session, language);
  const say = (sessionId: string, message: Message) => setMessages((all) => ({ ...all, [sessionId]: message }));

  const signUp = useMutation({
    mutationFn: (session: TimetableSession) =>
      unwrap(api.POST('/registrations/manage/{token}/agenda', { params: { path: { token } }, body: { sessionId: session.id } })),
    onSuccess: (entry, session) => {
      say(session.id, {
        kind: 'notice',
        text: t(entry.state === 'signed-up' ? 'agenda.signedUpNotice' : 'agenda.waitlistedNotice', { title: titleOf(session) }),
      });
      void client.invalidateQueries({ queryKey: ['agenda', token] });
    },
    onError: (error, session) => say(session.id, { kind: 'error', text: explain(error) }),
  });
  const leave = useMutation({
    mutationFn: (session: TimetableSession) =>
      unwrap(api.DELETE('/registrations/manage/{token}/agenda/{sessionId}', { params: { path: { token, sessionId: session.id } } })),
    onSuccess: (_, session) => {
      say(session.id, { kind: 'notice', text: t('agenda.leftNotice', { title: titleOf(session) }) });
      void client.invalidateQueries({ queryKey: ['agenda', token] });
    },
    onError: (error, session) => say(session.id, { kind: 'error', text: explain(error) }),
  });

  /** A 409 for an overlap names the other session: say it in the page's language, with its time in the event's zone. */
  function explain(error: unknown): string {
    if (error instanceof ApiError && error.status === 409) {
      const other = error.details as { title?: string; startsAt?: string; endsAt?: string } | undefined;
      if (other?.title && other.startsAt && other.endsAt) {
        const time = `${formatDay(other.startsAt.slice(0, 10), language, 'short')}, ${formatTime(other.startsAt, zone, language)}–${formatTime(other.endsAt, zone, language)}`;
        return t('agenda.conflict', { title: other.title, time });
      }
    }
    return errorText(t, error);
  }

  const confirmed = registration.state === 'confirmed';
  const entries = new Map((agenda.data?.entries ?? []).map((entry) => [entry.sessionId, entry]));
  const busy = signUp.isPending || leave.isPending;

  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      <p>{t('agenda.intro')}</p>
      <p className="zone-note">{t('timeZoneNote', { ns: 'common', zone: zoneLabel(zone, `${registration.event.startDate}T12:00:00Z`) })}</p>
      {!confirmed && <p className="warning">{t('agenda.onlyConfirmed')}</p>}
      {agenda.data && confirmed && <p>{agenda.data.entries.length ? t('agenda.mine', { count: agenda.data.entries.length }) : t('agenda.none')}</p>}
      {programme.isPending || agenda.isPending ? (
        <Loading />
      ) : programme.error instanceof ApiError && programme.error.status === 404 ? (
        <p>{t('agenda.noProgramme')}</p>
      ) : programme.error || agenda.error ? (
        <ErrorMessage error={programme.error ?? agenda.error} />
      ) : (
        programme.data!.days.map((day) => (
          <div key={day.date} className="agenda-day">
            <h3>{formatDay(day.date, language)}</h3>
            <ul className="agenda-list">
              {rowsOf(day).map((session) => {
                const entry = entries.get(session.id);
                const message = messages[session.id];
                const title = titleOf(session);
                return (
                  <li key={session.id} className={`agenda-session${entry ? ' in-agenda' : ''}${session.parallel ? ' parallel' : ''}`}>
                    <div className="agenda-time">
                      <time dateTime={session.start}>{formatTime(session.start, zone, language)}</time>–
                      <time dateTime={session.end}>{formatTime(session.end, zone, language)}</time>
                    </div>
                    <div className="agenda-body">
                      <h4 id={`session-${session.id}`}>{title}</h4>
                      <p className="agenda-meta">
                        <span className="badge">{t(`sessionTypes.${session.type}`, { ns: 'common', defaultValue: session.type })}</span>
                        {session.room && <span>{t('agenda.room', { room: session.room })}</span>}
                        {session.seatLimit != null && <span>{t('agenda.seats', { count: session.seatLimit })}</span>}
                      </p>
                      {entry && (
                        <p className={`agenda-state ${entry.state}`}>
                          {entry.state === 'signed-up'
                            ? `✓ ${t('agenda.signedUp')}`
                            : entry.waitlistPosition
                              ? t('agenda.waitlisted', { position: entry.waitlistPosition })
                              : t('agenda.waitlistedNoPosition')}
                        </p>
                      )}
                      {entry && (entry.streamUrl || entry.interpretation.length > 0) && (
                        <ul className="agenda-access">
                          {entry.streamUrl && (
                            <li>
                              <a href={entry.streamUrl} target="_blank" rel="noopener noreferrer">
                                {t('agenda.watchOnline')}
                              </a>
                            </li>
                          )}
                          {entry.interpretation.map((channel) => (
                            <li key={channel.language}>
                              {t('agenda.interpretation', { language: channel.language })}{' '}
                              {channel.link ? (
                                <a href={channel.link} target="_blank" rel="noopener noreferrer">
                                  {t('agenda.listen')}
                                </a>
                              ) : (
                                channel.channel
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                      {message && (
                        <p
                          className={message.kind === 'error' ? 'field-error session-message' : 'session-message ok'}
                          role={message.kind === 'error' ? 'alert' : 'status'}
                        >
                          {message.text}
                        </p>
                      )}
                      {confirmed && session.type !== 'break' && (
                        <div className="actions">
                          {entry ? (
                            <button
                              type="button"
                              className="secondary"
                              disabled={busy}
                              aria-describedby={`session-${session.id}`}
                              onClick={() => leave.mutate(session)}
                            >
                              {leave.isPending && leave.variables?.id === session.id
                                ? t('agenda.leaving')
                                : t(entry.state === 'signed-up' ? 'agenda.leave' : 'agenda.leaveWaiting')}
                            </button>
                          ) : (
                            <button type="button" disabled={busy} aria-describedby={`session-${session.id}`} onClick={() => signUp.mutate(session)}>
                              {signUp.isPending && signUp.variables?.id === session.id ? t('agenda.signingUp') : t('agenda.signUp')}
                            </button>
                          )}
                        </div>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

/** A day's sessions in time order; sessions that share their time with another are marked parallel. */
function rowsOf(day: Timetable['days'][number]): Row[] {
  const rows = day.rooms
    .flatMap((room) => room.sessions.map((session) => ({ ...session, room: room.name, parallel: false })))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.room ?? '').localeCompare(b.room ?? ''));
  for (const row of rows) {
    row.parallel = rows.some((other) => other !== row && Date.parse(other.start) < Date.parse(row.end) && Date.parse(row.start) < Date.parse(other.end));
  }
  return rows;
}
