import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/error-text';
import { ErrorMessage, Field, fieldErrors } from '../../ui/components';
import { TimeInput } from '../../ui/date-time-input';
import { formatDay, zoneLabel } from '../../ui/time';
import { type TextTranslations, TranslatedTextFields, textsToSend } from '../../ui/translated-text-fields';
import {
  addSlot,
  createSession,
  deleteSession,
  deleteSlot,
  type EventDetail,
  localDay,
  localTime,
  minutesOfDay,
  type Session,
  SESSION_TYPES,
  type SessionInput,
  type SessionType,
  type Slot,
  type SlotInput,
  type Speaker,
  titleOf,
  updateSession,
  updateSlot,
  useRefreshProgramme,
} from './programme-api';
import { AccessFields, channelsText, parseChannels } from './access-fields';
import { localName } from '../../ui/translated';
import { languageName } from '../../ui/language-name';

/** A modal dialog (native <dialog>: focus stays inside, Escape closes) that gives focus back where it came from. */
export function Dialog({ labelledBy, onClose, children }: { labelledBy: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="programme-dialog"
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/** A conflict (409) or a rule of the event (422) the API explains in one sentence: shown next to the time and room fields. */
function problemOf(t: TFunction, error: unknown): string | null {
  if (error instanceof ApiError && (error.status === 409 || error.status === 422) && Object.keys(error.fields).length === 0) return errorText(t, error);
  return null;
}

export function SessionDialog({
  slug,
  event,
  speakers,
  session,
  defaultDay,
  days,
  onClose,
  onDone,
}: {
  slug: string;
  event: EventDetail;
  speakers: Speaker[];
  session: Session | null;
  defaultDay: string;
  days: string[];
  onClose: () => void;
  onDone: (message: string, day?: string) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const headingId = useId();
  const problemId = useId();
  const refresh = useRefreshProgramme(slug);
  const languages = event.languages.length ? event.languages : ['en'];
  const [titles, setTitles] = useState<Record<string, string>>(() =>
    Object.fromEntries(languages.map((language) => [language, session?.title[language] ?? ''])),
  );
  const [type, setType] = useState<SessionType>(session?.type ?? 'parallel');
  const [trackId, setTrackId] = useState(session?.trackId ?? '');
  const [roomId, setRoomId] = useState(session?.roomId ?? '');
  const [day, setDay] = useState(session ? localDay(session.start) : defaultDay);
  const [start, setStart] = useState(session ? localTime(session.start) : '09:00');
  const [end, setEnd] = useState(session ? localTime(session.end) : '10:00');
  const [seatLimit, setSeatLimit] = useState(session?.seatLimit != null ? String(session.seatLimit) : '');
  const [chairs, setChairs] = useState((session?.chairs ?? []).join('\n'));
  const [spoken, setSpoken] = useState((session?.languages ?? []).join(', '));
  const [streamUrl, setStreamUrl] = useState(session?.streamUrl ?? '');
  const [channels, setChannels] = useState(channelsText(session?.interpretation ?? []));
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [localProblem, setLocalProblem] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (input: SessionInput) => (session ? updateSession(slug, session.id, input) : createSession(slug, input)),
    onSuccess: async (saved) => {
      await refresh();
      const title = titleOf(saved.title, i18n.language, languages);
      onDone(session ? t('form.saved', { title }) : t('form.created', { title }), localDay(saved.start));
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteSession(slug, session!.id),
    onSuccess: async () => {
      await refresh();
      onDone(t('form.deleted', { title: titleOf(session!.title, i18n.language, languages) }));
    },
  });

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    if (end <= start) {
      setLocalProblem(t('form.endBeforeStart'));
      return;
    }
    setLocalProblem(null);
    const title = Object.fromEntries(
      Object.entries(titles)
        .filter(([, text]) => text.trim())
        .map(([language, text]) => [language, text.trim()]),
    );
    save.mutate({
      type,
      title,
      trackId: trackId || null,
      roomId: roomId || null,
      start: `${day}T${start}`,
      end: `${day}T${end}`,
      ...(seatLimit.trim() ? { seatLimit: Number(seatLimit) } : {}),
      chairs: chairs
        .split('\n')
        .map((name) => name.trim())
        .filter(Boolean),
      languages: spoken
        .split(/[\s,;]+/)
        .map((code) => code.toLowerCase())
        .filter(Boolean),
      streamUrl: streamUrl.trim() || null,
      interpretation: parseChannels(channels),
    });
  };

  const errors = fieldErrors(save.error);
  const problem = localProblem ?? problemOf(t, save.error);
  const otherError = save.error && !problem && Object.keys(errors).length === 0 ? save.error : null;
  const zone = zoneLabel(event.timeZone, `${day}T12:00:00Z`);
  const describe = (props: { 'aria-describedby'?: string }) => [props['aria-describedby'], problem ? problemId : ''].filter(Boolean).join(' ') || undefined;
  const current = session ? titleOf(session.title, i18n.language, languages) : '';

  return (
    <Dialog labelledBy={headingId} onClose={onClose}>
      <div className="programme-dialog-head">
        <h2 id={headingId}>{session ? `${t('form.editTitle')}: ${current}` : t('form.createTitle')}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('form.close')}
        </button>
      </div>
      <form onSubmit={submit} noValidate>
        {languages.map((language, index) => (
          <Field key={language} label={t('form.titleIn', { language: languageName(language, i18n.language) })} required={index === 0} error={errors.title}>
            {(props) => (
              <input
                {...props}
                lang={language}
                value={titles[language] ?? ''}
                onChange={(e) => setTitles({ ...titles, [language]: e.target.value })}
                maxLength={300}
              />
            )}
          </Field>
        ))}
        <div className="programme-form-row">
          <Field label={t('form.type')} error={errors.type} required>
            {(props) => (
              <select {...props} value={type} onChange={(e) => setType(e.target.value as SessionType)}>
                {SESSION_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {t(`sessionTypes.${value}`, { ns: 'common' })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('form.track')} error={errors.trackId}>
            {(props) => (
              <select {...props} value={trackId} onChange={(e) => setTrackId(e.target.value)}>
                <option value="">{t('noTrack')}</option>
                {event.tracks.map((track) => (
                  <option key={track.id} value={track.id}>
                    {localName(track, i18n.language)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="programme-when">
          <legend>{t('form.zone', { zone })}</legend>
          <div className="programme-form-row">
            <Field label={t('form.room')} error={errors.roomId}>
              {(props) => (
                <select
                  {...props}
                  aria-describedby={describe(props)}
                  aria-invalid={props['aria-invalid'] || (problem ? true : undefined)}
                  value={roomId}
                  onChange={(e) => setRoomId(e.target.value)}
                >
                  <option value="">{t('noRoom')}</option>
                  {event.rooms.map((room) => (
                    <option key={room.id} value={room.id}>
                      {localName(room, i18n.language)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('form.day')} required>
              {(props) => (
                <select {...props} value={day} onChange={(e) => setDay(e.target.value)}>
                  {days.map((value) => (
                    <option key={value} value={value}>
                      {formatDay(value, i18n.language)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="programme-form-row">
            <Field label={t('form.start')} error={errors.start} required>
              {(props) => <TimeInput {...props} aria-describedby={describe(props)} value={start} onChange={setStart} />}
            </Field>
            <Field label={t('form.end')} error={errors.end} required>
              {(props) => <TimeInput {...props} aria-describedby={describe(props)} value={end} onChange={setEnd} />}
            </Field>
          </div>
          {problem && (
            <div className="error-box programme-conflict" id={problemId} role="alert">
              <strong>{t('form.conflict')}</strong> {problem}
            </div>
          )}
        </fieldset>
        <div className="programme-form-row">
          <Field label={t('form.seatLimit')} hint={t('form.seatLimitHint')} error={errors.seatLimit}>
            {(props) => <input {...props} type="number" inputMode="numeric" min={1} value={seatLimit} onChange={(e) => setSeatLimit(e.target.value)} />}
          </Field>
          <Field label={t('form.chairs')} hint={t('form.chairsHint')} error={errors.chairs}>
            {(props) => <textarea {...props} rows={2} value={chairs} onChange={(e) => setChairs(e.target.value)} />}
          </Field>
        </div>
        <Field label={t('form.languages')} hint={t('form.languagesHint')} error={errors.languages}>
          {(props) => <input {...props} value={spoken} autoCapitalize="none" spellCheck={false} onChange={(e) => setSpoken(e.target.value)} />}
        </Field>
        <AccessFields streamUrl={streamUrl} channels={channels} errors={errors} onStreamUrl={setStreamUrl} onChannels={setChannels} />
        {otherError && <ErrorMessage error={otherError} />}
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? t('saving', { ns: 'common' }) : session ? t('form.save') : t('form.create')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('cancel', { ns: 'common' })}
          </button>
        </div>
      </form>

      {session && (
        <>
          <SlotsEditor slug={slug} session={session} speakers={speakers} zone={zone} languages={languages.slice(1)} />
          <section className="programme-delete" aria-label={t('form.delete')}>
            {confirmingDelete ? (
              <div className="warning">
                <p>{t('form.deleteWarning', { title: current })}</p>
                <ErrorMessage error={remove.error} />
                <div className="actions">
                  <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
                    {remove.isPending ? t('saving', { ns: 'common' }) : t('form.confirmDelete')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setConfirmingDelete(false)}>
                    {t('cancel', { ns: 'common' })}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirmingDelete(true)}>
                {t('form.delete')}
              </button>
            )}
          </section>
        </>
      )}
    </Dialog>
  );
}

/** The talks inside a session: they move with it; each has its own time, length and speakers. */
function SlotsEditor({
  slug,
  session,
  speakers,
  zone,
  languages,
}: {
  slug: string;
  session: Session;
  speakers: Speaker[];
  zone: string;
  /** The event's other languages, each offered a talk title beside the first language's. */
  languages: string[];
}) {
  const { t } = useTranslation('programme');
  const [slots, setSlots] = useState(session.slots);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useRefreshProgramme(slug);
  const remove = useMutation({
    mutationFn: (slot: Slot) => deleteSlot(slug, session.id, slot.id),
    onSuccess: async (updated) => {
      setSlots(updated.slots);
      setMessage(t('slots.deleted'));
      await refresh();
    },
  });
  const done = async (updated: Session, text: string) => {
    setSlots(updated.slots);
    setEditing(null);
    setMessage(text);
    await refresh();
  };

  return (
    <section className="programme-slots" aria-labelledby={`slots-${session.id}`}>
      <h3 id={`slots-${session.id}`}>{t('slots.heading')}</h3>
      <p className="zone-note">{t('timeZoneNote', { ns: 'common', zone })}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorMessage error={remove.error} />
      {slots.length === 0 && <p>{t('slots.empty')}</p>}
      <ul className="programme-slot-list">
        {slots.map((slot) =>
          editing === slot.id ? (
            <li key={slot.id}>
              <SlotForm
                slug={slug}
                session={session}
                speakers={speakers}
                languages={languages}
                slot={slot}
                onCancel={() => setEditing(null)}
                onDone={(updated) => done(updated, t('slots.saved'))}
              />
            </li>
          ) : (
            <li key={slot.id} className="programme-slot">
              <div>
                <strong>
                  {localTime(slot.start)}–{localTime(slot.end)}
                </strong>{' '}
                {slot.title}
                <div className="hint">{slot.speakers.length ? slot.speakers.map((speaker) => speaker.name).join(', ') : t('slots.noSpeaker')}</div>
              </div>
              <div className="actions">
                <button type="button" className="secondary" aria-label={t('slots.editLabel', { title: slot.title })} onClick={() => setEditing(slot.id)}>
                  {t('slots.edit')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('slots.deleteLabel', { title: slot.title })}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(slot)}
                >
                  {t('slots.delete')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <SlotForm
          slug={slug}
          session={{ ...session, slots }}
          speakers={speakers}
          languages={languages}
          slot={null}
          onCancel={() => setEditing(null)}
          onDone={(updated) => done(updated, t('slots.added'))}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setEditing('new')}>
          {t('slots.add')}
        </button>
      )}
    </section>
  );
}

function SlotForm({
  slug,
  session,
  speakers,
  languages,
  slot,
  onCancel,
  onDone,
}: {
  slug: string;
  session: Session;
  speakers: Speaker[];
  languages: string[];
  slot: Slot | null;
  onCancel: () => void;
  onDone: (session: Session) => void;
}) {
  const { t } = useTranslation('programme');
  const headingId = useId();
  const problemId = useId();
  const day = localDay(session.start);
  const lastEnd = session.slots.length ? session.slots[session.slots.length - 1].end : session.start;
  const [title, setTitle] = useState(slot?.title ?? '');
  const [titles, setTitles] = useState<TextTranslations>(slot?.translations ?? {});
  const [start, setStart] = useState(localTime(slot?.start ?? lastEnd));
  const [duration, setDuration] = useState(String(slot ? minutesOfDay(slot.end) - minutesOfDay(slot.start) : 20));
  const [speakerIds, setSpeakerIds] = useState<string[]>(slot?.speakers.map((speaker) => speaker.userId) ?? []);
  const save = useMutation({
    mutationFn: (input: SlotInput) => (slot ? updateSlot(slug, session.id, slot.id, input) : addSlot(slug, session.id, input)),
    onSuccess: onDone,
  });
  const errors = fieldErrors(save.error);
  const problem = problemOf(t, save.error);
  const otherError = save.error && !problem && Object.keys(errors).length === 0 ? save.error : null;
  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    save.mutate({
      title: title.trim(),
      translations: textsToSend(titles, languages, ['title']),
      start: `${day}T${start}`,
      durationMinutes: Number(duration),
      speakerIds,
    });
  };
  const known = new Map(speakers.map((speaker) => [speaker.userId, speaker]));
  for (const speaker of slot?.speakers ?? []) if (!known.has(speaker.userId)) known.set(speaker.userId, speaker);

  return (
    <form className="card programme-slot-form" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h4 id={headingId}>{slot ? t('slots.editTitle', { title: slot.title }) : t('slots.addTitle')}</h4>
      <Field label={t('slots.title')} error={errors.title} required>
        {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />}
      </Field>
      <TranslatedTextFields field="title" label={t('slots.title')} languages={languages} value={titles} onChange={setTitles} maxLength={500} />
      <div className="programme-form-row">
        <Field label={t('slots.start')} error={errors.start} required>
          {(props) => (
            <TimeInput
              {...props}
              aria-describedby={[props['aria-describedby'], problem ? problemId : ''].filter(Boolean).join(' ') || undefined}
              value={start}
              onChange={setStart}
            />
          )}
        </Field>
        <Field label={t('slots.duration')} error={errors.durationMinutes} required>
          {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={1440} value={duration} onChange={(e) => setDuration(e.target.value)} />}
        </Field>
      </div>
      <fieldset className="programme-speakers">
        <legend>{t('slots.speakers')}</legend>
        {known.size === 0 && (
          <p className="hint">
            {t('slots.noSpeakers')} <Link href={`/organiser/events/${slug}/people`}>{t('slots.inviteSpeakers')}</Link>
          </p>
        )}
        {[...known.values()].map((speaker) => (
          <label key={speaker.userId} className="programme-check">
            <input
              type="checkbox"
              checked={speakerIds.includes(speaker.userId)}
              onChange={(e) => setSpeakerIds(e.target.checked ? [...speakerIds, speaker.userId] : speakerIds.filter((id) => id !== speaker.userId))}
            />
            {speaker.name}
          </label>
        ))}
        {errors.speakerIds && (
          <p className="field-error" role="alert">
            {errors.speakerIds.join(' ')}
          </p>
        )}
      </fieldset>
      {problem && (
        <div className="error-box programme-conflict" id={problemId} role="alert">
          <strong>{t('form.conflict')}</strong> {problem}
        </div>
      )}
      {otherError && <ErrorMessage error={otherError} />}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving', { ns: 'common' }) : slot ? t('slots.save') : t('slots.create')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('slots.cancel')}
        </button>
      </div>
    </form>
  );
}
