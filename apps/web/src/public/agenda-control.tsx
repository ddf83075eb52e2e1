import { useTranslation } from 'react-i18next';
import type { MyAgenda } from './my-agenda';
import type { TimetableSession } from './timetable-data';

/** For a delegate on their own device: where the session stands in their agenda, a clash, and add/withdraw. */
export function AgendaControl({ agenda, session, title }: { agenda: MyAgenda; session: TimetableSession; title: string }) {
  const { t } = useTranslation('public');
  if (!agenda.active || session.type === 'break') return null;
  const entry = agenda.entries.get(session.id);
  const clash = agenda.clashOf(session);
  const message = agenda.messages[session.id];
  const label = `${entry ? t(entry.state === 'signed-up' ? 'agenda.leave' : 'agenda.leaveWaiting') : t('agenda.add')}: ${title}`;
  return (
    <div className="tt-agenda">
      {entry && (
        <p className={`tt-agenda-state ${entry.state}`}>
          {entry.state === 'signed-up'
            ? `✓ ${t('agenda.inAgenda')}`
            : entry.waitlistPosition
              ? t('agenda.waitlisted', { position: entry.waitlistPosition })
              : t('agenda.waitlistedNoPosition')}
        </p>
      )}
      {clash && <p className="tt-agenda-clash">{t('agenda.clashesWith', { title: clash })}</p>}
      {message && (
        <p className={message.kind === 'error' ? 'field-error' : 'tt-agenda-notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <button
        type="button"
        className={entry ? 'secondary' : undefined}
        disabled={agenda.busy}
        aria-label={label}
        onClick={() => (entry ? agenda.leave(session.id) : agenda.signUp(session.id))}
      >
        {entry ? t(entry.state === 'signed-up' ? 'agenda.leave' : 'agenda.leaveWaiting') : t('agenda.add')}
      </button>
    </div>
  );
}
