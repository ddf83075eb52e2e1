import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field } from '../../ui/components';
import { formatDateTime, formatTime } from '../../ui/time';
import type { Desk } from './use-desk';

/** A session's title in the page's language when it has one. */
export const sessionTitle = (title: Record<string, string>, language: string) => title[language] ?? Object.values(title)[0] ?? '';

/** The desk's state at a glance: online or not, scans waiting to be sent, how old its list of badges is. */
export function DeskPanel({ desk, zone }: { desk: Desk; zone: string }) {
  const { t, i18n } = useTranslation('organiser');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (!desk.snapshot) {
    return (
      <section className="card desk-panel" aria-labelledby="desk-heading">
        <h2 id="desk-heading">{t('desk.heading')}</h2>
        <p>{t('desk.intro')}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void run(() => desk.start(name.trim()));
          }}
        >
          <Field label={t('desk.name')} hint={t('desk.nameHint')} required>
            {(props) => <input {...props} value={name} onChange={(event) => setName(event.target.value)} maxLength={60} />}
          </Field>
          <button type="submit" disabled={busy || !name.trim()}>
            {t('desk.start')}
          </button>
        </form>
        <ErrorMessage error={error} />
      </section>
    );
  }

  const snapshot = desk.snapshot;
  return (
    <section className="card desk-panel" aria-labelledby="desk-heading">
      <h2 id="desk-heading">{t('desk.named', { desk: snapshot.desk })}</h2>
      <p role="status" className={desk.online ? 'desk-online' : 'desk-offline'}>
        <strong>{desk.online ? t('desk.online') : t('desk.offline')}</strong> · {t('desk.waiting', { count: desk.pending.length })}
        {desk.synced > 0 && <> · {t('desk.synced', { count: desk.synced })}</>}
      </p>
      <p className="hint">{t('desk.snapshotAge', { time: formatTime(snapshot.generatedAt, zone, i18n.language), count: snapshot.badges.length })}</p>
      {snapshot.sessions.length > 0 && (
        <Field label={t('desk.door')}>
          {(props) => (
            <select {...props} value={desk.door} onChange={(event) => desk.setDoor(event.target.value)}>
              <option value="">{t('desk.entrance')}</option>
              {snapshot.sessions.map((session) => (
                <option key={session.id} value={session.id}>
                  {t(session.room ? 'desk.session' : 'desk.sessionNoRoom', {
                    time: formatDateTime(session.startsAt, zone, i18n.language),
                    title: sessionTitle(session.title, i18n.language),
                    room: session.room,
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="actions">
        <button type="button" className="secondary" disabled={busy || !desk.online} onClick={() => void run(() => desk.start(snapshot.desk))}>
          {t('desk.refresh')}
        </button>
        {desk.pending.length > 0 && (
          <button type="button" className="secondary" disabled={busy || !desk.online || desk.syncing} onClick={() => void run(desk.sync)}>
            {t('desk.syncNow')}
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
      {desk.report.length > 0 && (
        <div className="warning result-box" role="alert">
          <p className="result-title">{t('desk.reportTitle')}</p>
          <ul>
            {desk.report.map((result) => (
              <li key={result.clientId}>
                {/* A second scan at a session's door is about that session, not the day's check-in. */}
                {t(result.atDoor && result.outcome === 'already-checked-in' ? 'desk.alreadyAttended' : `desk.outcome.${result.outcome}`, {
                  name: result.fullName ?? result.badgeCode,
                  code: result.badgeCode,
                  desk: result.desk ?? '—',
                  time: result.checkedInAt ? formatTime(result.checkedInAt, zone, i18n.language) : '',
                  state: result.state ? t(`states.${result.state}`) : '',
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
