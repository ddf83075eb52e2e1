import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { hasRole, useMe } from '../../auth/session';
import { ErrorMessage, Loading, QueryView } from '../../ui/components';
import { formatDay, zoneLabel } from '../../ui/time';
import {
  eventDays,
  type EventDetail,
  localDay,
  type ProgrammeWarning,
  type Session,
  type Speaker,
  titleOf,
  useEvent,
  useSessions,
  useSpeakers,
  useWarnings,
} from './programme-api';
import { AvailabilityPanel } from './availability-panel';
import { DayGrid, DayList, type WarningsBySession } from './day-grid';
import { MoveBar } from './move-bar';
import { PublishPanel } from './publish-panel';
import { SessionDialog } from './session-dialog';
import { useSessionMove } from './use-session-move';
import './programme.css';

type Editing = { session: Session | null } | null;

export function ProgrammePage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('programme');
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data)
    return (
      <p>
        <Link href="/login">{t('signInFirst')}</Link>
      </p>
    );
  if (!hasRole(me.data, slug, 'organiser')) return <p className="warning">{t('forbidden')}</p>;
  return <ProgrammeEditor slug={slug} />;
}

function ProgrammeEditor({ slug }: { slug: string }) {
  const event = useEvent(slug);
  const sessions = useSessions(slug);
  const speakers = useSpeakers(slug);
  return (
    <QueryView query={event}>
      {(detail) => <QueryView query={sessions}>{(list) => <Editor slug={slug} event={detail} sessions={list} speakers={speakers.data ?? []} />}</QueryView>}
    </QueryView>
  );
}

function Editor({ slug, event, sessions, speakers }: { slug: string; event: EventDetail; sessions: Session[]; speakers: Speaker[] }) {
  const { t, i18n } = useTranslation('programme');
  const language = i18n.language;
  const days = useMemo(() => eventDays(event.startDate, event.endDate), [event.startDate, event.endDate]);
  const [day, setDay] = useState(days[0] ?? '');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [view, setView] = useState<'grid' | 'list'>('grid');
  const warnings = useWarnings(slug);
  const move = useSessionMove(slug, event, setDay);
  const warningsBySession: WarningsBySession = new Map();
  for (const warning of warnings.data ?? []) for (const id of warning.sessionIds) warningsBySession.set(id, [...(warningsBySession.get(id) ?? []), warning]);
  const ofDay = sessions.filter((session) => localDay(session.start) === day).sort((a, b) => a.start.localeCompare(b.start));
  const byId = new Map(sessions.map((session) => [session.id, session]));
  const open = (session: Session | null) => {
    setNotice(null);
    setEditing({ session });
  };

  return (
    <div className={`programme-editor programme-view-${view}`}>
      <h1>{t('title')}</h1>
      <p className="programme-subtitle">{t('subtitle', { event: event.name })}</p>
      <p className="zone-note">{t('timeZoneNote', { ns: 'common', zone: zoneLabel(event.timeZone, `${day}T12:00:00Z`) })}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}

      <div className="programme-toolbar">
        <div role="group" aria-label={t('days')} className="programme-days">
          {days.map((value) => (
            <button
              key={value}
              type="button"
              data-programme-day={value}
              className={`${value === day ? '' : 'secondary'}${move.drag?.target.day === value && value !== day ? ' programme-day-target' : ''}`}
              aria-pressed={value === day}
              onClick={() => setDay(value)}
            >
              {formatDay(value, language, 'short')}
            </button>
          ))}
        </div>
        <div role="group" aria-label={t('view.label')} className="programme-days">
          {(['grid', 'list'] as const).map((value) => (
            <button key={value} type="button" className={value === view ? '' : 'secondary'} aria-pressed={value === view} onClick={() => setView(value)}>
              {t(`view.${value}`)}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => open(null)}>
          {t('newSession')}
        </button>
      </div>
      <MoveBar move={move} />

      <h2>{formatDay(day, language)}</h2>
      {ofDay.length === 0 ? (
        <p className="programme-empty">{t('emptyDay')}</p>
      ) : (
        <>
          <DayGrid day={day} days={days} event={event} sessions={ofDay} warnings={warningsBySession} move={move} onOpen={open} />
          <DayList event={event} sessions={ofDay} warnings={warningsBySession} onOpen={open} />
        </>
      )}

      <div className="programme-side">
        <WarningsPanel warnings={warnings} sessions={byId} event={event} onOpen={open} />
        <PublishPanel slug={slug} event={event} />
        <AvailabilityPanel slug={slug} event={event} speakers={speakers} />
      </div>

      {editing && (
        <SessionDialog
          key={editing.session?.id ?? 'new'}
          slug={slug}
          event={event}
          speakers={speakers}
          session={editing.session}
          defaultDay={day}
          days={days}
          onClose={() => setEditing(null)}
          onDone={(message, savedDay) => {
            setEditing(null);
            setNotice(message);
            // A session moved to another day: follow it there.
            if (savedDay && days.includes(savedDay)) setDay(savedDay);
          }}
        />
      )}
    </div>
  );
}

function WarningsPanel({
  warnings,
  sessions,
  event,
  onOpen,
}: {
  warnings: { data?: ProgrammeWarning[]; error: unknown; isPending: boolean; isFetching: boolean };
  sessions: Map<string, Session>;
  event: EventDetail;
  onOpen: (session: Session) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const headingId = useId();
  return (
    <section className="card programme-warnings" aria-labelledby={headingId} aria-busy={warnings.isFetching}>
      <h2 id={headingId}>
        {t('warnings.heading')}
        {warnings.data && warnings.data.length > 0 && <span className="badge programme-count">{warnings.data.length}</span>}
      </h2>
      {warnings.isPending ? (
        <Loading />
      ) : warnings.error ? (
        <ErrorMessage error={warnings.error} />
      ) : warnings.data!.length === 0 ? (
        <p>{t('warnings.none')}</p>
      ) : (
        <>
          <p className="hint">{t('warnings.intro')}</p>
          <ul className="programme-warning-list">
            {warnings.data!.map((warning, index) => (
              <li key={`${warning.kind}-${index}`}>
                <span className="badge">{t(`warnings.kinds.${warning.kind}`)}</span>{' '}
                {t(`warnings.details.${warning.kind}`, { ...warning.data, defaultValue: warning.message })}
                <div className="actions">
                  {warning.sessionIds
                    .map((id) => sessions.get(id))
                    .filter((session): session is Session => Boolean(session))
                    .map((session) => (
                      <button key={session.id} type="button" className="link-button" onClick={() => onOpen(session)}>
                        {t('warnings.open', { title: titleOf(session.title, i18n.language, event.languages) })}
                      </button>
                    ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
