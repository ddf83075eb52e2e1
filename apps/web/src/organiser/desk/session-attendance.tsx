import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ErrorMessage, QueryView } from '../../ui/components';
import { formatDateTime } from '../../ui/time';
import { useDownload } from '../../ui/use-download';

/** Who came through each session's door, against its sign-ups and the room's seats; CSV and certificates for organisers. */
export function SessionAttendance({ slug, zone, organiser }: { slug: string; zone: string; organiser: boolean }) {
  const { t, i18n } = useTranslation('organiser');
  const files = useDownload();
  const language = i18n.language as 'en' | 'vi' | 'th';
  const attendance = useQuery({
    queryKey: ['organiser', slug, 'session-attendance', language],
    queryFn: () => unwrap(api.GET('/events/{slug}/check-ins/sessions', { params: { path: { slug }, query: { language } } })),
    refetchInterval: 30_000,
  });
  const base = `/events/${encodeURIComponent(slug)}`;
  return (
    <section className="card session-attendance" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.heading')}</h2>
      <QueryView query={attendance}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('attendance.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="attendance-table">
                <thead>
                  <tr>
                    <th scope="col">{t('attendance.session')}</th>
                    <th scope="col">{t('attendance.room')}</th>
                    <th scope="col" className="number">
                      {t('attendance.signedUp')}
                    </th>
                    <th scope="col" className="number">
                      {t('attendance.attended')}
                    </th>
                    <th scope="col" className="number">
                      {t('attendance.attendedSignedUp')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.sessionId}>
                      <th scope="row">
                        {item.title}
                        <br />
                        <span className="hint">{formatDateTime(item.startsAt, zone, i18n.language)}</span>
                      </th>
                      <td data-label={t('attendance.room')}>{item.room ? `${item.room}${item.roomCapacity ? ` (${item.roomCapacity})` : ''}` : '—'}</td>
                      <td className="number" data-label={t('attendance.signedUp')}>
                        {item.signedUp} / {item.seatLimit ?? t('attendance.noLimit')}
                      </td>
                      <td className="number" data-label={t('attendance.attended')}>
                        {item.attended}
                        {item.overCapacity > 0 && <span className="badge warning">{t('attendance.over', { count: item.overCapacity })}</span>}
                      </td>
                      <td className="number" data-label={t('attendance.attendedSignedUp')}>
                        {item.attendedSignedUp}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
      {organiser && (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={files.busy !== null}
            onClick={() => void files.download(`${base}/check-ins/sessions.csv?language=${language}`, 'session-attendance.csv', 'csv')}
          >
            {t('attendance.csv')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={files.busy !== null}
            onClick={() => void files.download(`${base}/certificates-of-attendance.pdf`, 'certificates-of-attendance.pdf', 'certificates')}
          >
            {t('attendance.certificates')}
          </button>
        </div>
      )}
      <ErrorMessage error={files.error} />
    </section>
  );
}
