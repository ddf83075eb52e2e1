import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Loading, ZoneNote } from '../ui/components';
import { dayInZone, formatDateTime, formatDay, formatTime, zoneLabel } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { type OrganiserEvent, OrganiserPage } from './organiser-shell';
import { localName } from '../ui/translated';

type SlotStatus = Schemas['EventSlotSlideStatusResponse'];
type Status = 'uploaded' | 'missing' | 'overdue';

const localised = (text: unknown, language: string): string => {
  if (typeof text === 'string') return text;
  const byLanguage = (text ?? {}) as Record<string, string>;
  return byLanguage[language] ?? byLanguage.en ?? Object.values(byLanguage)[0] ?? '';
};

function Board({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('organiser');
  const [onlyMissing, setOnlyMissing] = useState(false);
  const zips = useDownload();
  const rooms = useQuery({
    queryKey: ['organiser', slug, 'rooms'],
    queryFn: () => unwrap(api.GET('/events/{slug}/rooms', { params: { path: { slug } } })),
  });
  const zip = (path: string, fileName: string) => void zips.download(`/events/${slug}/${path}`, fileName, path);
  const sessions = useQuery({
    queryKey: ['organiser', slug, 'sessions'],
    queryFn: () => unwrap(api.GET('/events/{slug}/sessions', { params: { path: { slug } } })),
  });
  const settings = useQuery({
    queryKey: ['organiser', slug, 'speaker-settings'],
    queryFn: () => unwrap(api.GET('/events/{slug}/speaker-settings', { params: { path: { slug } } })),
  });
  const withSlots = (sessions.data ?? []).filter((session) => session.slots.length > 0);
  // The whole event's board in one request, grouped by session below.
  const statuses = useQuery({
    queryKey: ['organiser', slug, 'slide-status'],
    queryFn: () => unwrap(api.GET('/events/{slug}/slide-status', { params: { path: { slug } } })),
  });
  if (sessions.isPending || settings.isPending || statuses.isPending) return <Loading />;
  const failed = sessions.error ?? settings.error ?? statuses.error;
  if (failed) return <ErrorMessage error={failed} />;

  const dueHours = settings.data?.slidesDueHoursBefore ?? 0;
  const now = Date.now();
  const dueAt = (start: string) => new Date(new Date(start).getTime() - dueHours * 3_600_000);
  const statusOf = (slot: SlotStatus): Status => (slot.currentVersion !== null ? 'uploaded' : dueAt(slot.start).getTime() < now ? 'overdue' : 'missing');
  const bySession = new Map<string, SlotStatus[]>();
  for (const slot of statuses.data ?? []) {
    const slots = bySession.get(slot.sessionId);
    if (slots) slots.push(slot);
    else bySession.set(slot.sessionId, [slot]);
  }
  const rows = withSlots.map((session) => ({ session, slots: bySession.get(session.id) ?? [] }));
  const all = rows.flatMap((row) => row.slots);
  const tally = { uploaded: 0, missing: 0, overdue: 0 };
  for (const slot of all) tally[statusOf(slot)]++;
  const days = [...new Set(rows.map((row) => dayInZone(row.session.start, event.timeZone)))];

  if (all.length === 0) return <p className="empty">{t('slides.empty')}</p>;
  return (
    <>
      <ul className="stat-list" aria-label={t('slides.summary')}>
        <li className="stat stat-ok">
          <span className="stat-number">{tally.uploaded}</span> {t('slides.status.uploaded')}
        </li>
        <li className="stat">
          <span className="stat-number">{tally.missing}</span> {t('slides.status.missing')}
        </li>
        <li className="stat stat-bad">
          <span className="stat-number">{tally.overdue}</span> {t('slides.status.overdue')}
        </li>
      </ul>
      <p className="hint">{t('slides.dueRule', { count: dueHours })}</p>
      <label className="checkbox">
        <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} /> {t('slides.onlyMissing')}
      </label>
      <p className="hint">{t('slides.zipHint')}</p>
      <ErrorMessage error={zips.error} />
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{formatDay(day, i18n.language)}</h2>
          <div className="actions toolbar">
            <button type="button" className="secondary" disabled={zips.busy !== null} onClick={() => zip(`slides.zip?date=${day}`, `slides-${day}.zip`)}>
              {t('slides.zipDay', { day: formatDay(day, i18n.language, 'short') })}
            </button>
            {(rooms.data ?? [])
              .filter((room) => rows.some((row) => row.session.roomId === room.id && dayInZone(row.session.start, event.timeZone) === day))
              .map((room) => (
                <button
                  key={room.id}
                  type="button"
                  className="secondary"
                  disabled={zips.busy !== null}
                  onClick={() => zip(`rooms/${room.id}/slides.zip?date=${day}`, `slides-${day}-${room.name}.zip`)}
                >
                  {t('slides.zipRoom', { room: localName(room, i18n.language) })}
                </button>
              ))}
          </div>
          {rows
            .filter((row) => dayInZone(row.session.start, event.timeZone) === day)
            .map(({ session, slots }) => {
              const shown = onlyMissing ? slots.filter((slot) => statusOf(slot) !== 'uploaded') : slots;
              if (shown.length === 0) return null;
              return (
                <div key={session.id} className="card slide-session">
                  <h3>
                    {formatTime(session.start, event.timeZone, i18n.language)}–{formatTime(session.end, event.timeZone, i18n.language)} ·{' '}
                    {localised(session.title, i18n.language)}
                  </h3>
                  <button
                    type="button"
                    className="secondary"
                    disabled={zips.busy !== null || slots.every((slot) => slot.currentVersion === null)}
                    aria-label={t('slides.zipSessionFor', { session: localised(session.title, i18n.language) })}
                    onClick={() => zip(`sessions/${session.id}/slides.zip`, `slides-${session.id}.zip`)}
                  >
                    {zips.busy === `sessions/${session.id}/slides.zip` ? t('delegates.downloading') : t('slides.zipSession')}
                  </button>
                  <div className="table-scroll">
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{t('slides.slot')}</th>
                          <th scope="col">{t('slides.speakers')}</th>
                          <th scope="col">{t('slides.statusHeading')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {shown.map((slot) => {
                          const status = statusOf(slot);
                          return (
                            <tr key={slot.slotId} className={`slide-${status}`}>
                              <th scope="row">
                                <span className="person-name">{slot.title}</span>
                                <span className="person-detail">{formatTime(slot.start, event.timeZone, i18n.language)}</span>
                              </th>
                              <td>{slot.speakers.length ? slot.speakers.join(', ') : <span className="hint">{t('slides.noSpeaker')}</span>}</td>
                              <td>
                                <span className={`badge slide-badge-${status}`}>{t(`slides.status.${status}`)}</span>{' '}
                                {status === 'uploaded' ? (
                                  <span>
                                    {t('slides.version', { version: slot.currentVersion, at: formatDateTime(slot.uploadedAt!, event.timeZone, i18n.language) })}
                                    {slot.public && ` · ${t('slides.public')}`}
                                  </span>
                                ) : (
                                  <span>
                                    {t(status === 'overdue' ? 'slides.wasDue' : 'slides.due', {
                                      at: formatDateTime(dueAt(slot.start), event.timeZone, i18n.language),
                                    })}
                                  </span>
                                )}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                </div>
              );
            })}
        </section>
      ))}
      <ZoneNote zone={zoneLabel(event.timeZone, `${event.startDate}T12:00:00Z`)} />
    </>
  );
}

export function SlidesPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('organiser');
  return (
    <OrganiserPage slug={slug} title={t('slides.title')}>
      {(event) => <Board slug={slug} event={event} />}
    </OrganiserPage>
  );
}
