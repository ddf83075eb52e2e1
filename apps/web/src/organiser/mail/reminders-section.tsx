import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../../ui/components';
import { useConfirm } from '../../ui/confirm-dialog';
import { formatDateTime } from '../../ui/time';
import type { OrganiserEvent } from '../organiser-shell';
import { languageName } from '../../ui/language-name';

type Reminder = Schemas['ReminderResponse'];
type Audience = Schemas['AudienceDto'];
const PLACEHOLDERS = ['{{name}}', '{{title}}', '{{delegation}}', '{{eventLink}}', '{{programmeLink}}'];
const AUDIENCES = {
  confirmed: { states: ['confirmed'] },
  checkedIn: { states: ['confirmed'], checkedIn: true },
  all: { states: ['pending', 'confirmed', 'waitlisted', 'offered'] },
} satisfies Record<string, Audience>;
type AudienceKey = keyof typeof AUDIENCES;

interface Draft {
  days: string;
  direction: 'before' | 'on' | 'after';
  anchor: 'start' | 'end';
  sendTime: string;
  audience: AudienceKey;
  content: { language: string; subject: string; body: string }[];
}

function audienceKey(audience: Audience): AudienceKey {
  if (audience.checkedIn) return 'checkedIn';
  return (audience.states?.length ?? 0) > 1 ? 'all' : 'confirmed';
}

function draftOf(event: OrganiserEvent, reminder?: Reminder): Draft {
  const offset = reminder?.offsetDays ?? -3;
  return {
    days: String(Math.abs(offset)),
    direction: offset < 0 ? 'before' : offset > 0 ? 'after' : 'on',
    anchor: reminder?.anchor ?? 'start',
    sendTime: reminder?.sendTime ?? '09:00',
    audience: reminder ? audienceKey(reminder.audience) : 'confirmed',
    content: event.languages.map((language) => {
      const text = reminder?.content.find((candidate) => candidate.language === language);
      return { language, subject: text?.subject ?? '', body: text?.body ?? '' };
    }),
  };
}

/** Reminders relative to the event's days: listed with the time each goes out, added, changed or deleted until sent. */
export function RemindersSection({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('mail');
  const confirm = useConfirm();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Reminder | 'new'>();
  const reminders = useQuery({
    queryKey: ['reminders', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/reminders', { params: { path: { slug } } })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/events/{slug}/reminders/{id}', { params: { path: { slug, id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reminders', slug] }),
  });
  const describe = (reminder: Reminder) => {
    const anchor = t(`reminders.anchors.${reminder.anchor}`);
    const direction = reminder.offsetDays < 0 ? 'before' : reminder.offsetDays > 0 ? 'after' : 'on';
    return t(`reminders.when_${direction}`, { count: Math.abs(reminder.offsetDays), anchor, time: reminder.sendTime });
  };
  const at = (iso: string) => formatDateTime(iso, event.timeZone, i18n.language);

  return (
    <section className="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <p>{t('reminders.intro')}</p>
      <QueryView query={reminders}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="hint">{t('reminders.none')}</p>
          ) : (
            <ul className="reminder-list">
              {items.map((reminder) => {
                const text = reminder.content.find((candidate) => candidate.language === i18n.language) ?? reminder.content[0];
                return (
                  <li key={reminder.id}>
                    <strong>{text?.subject}</strong>
                    <br />
                    {describe(reminder)} · {t(`reminders.audiences.${audienceKey(reminder.audience)}`)}
                    <br />
                    <span className="hint">
                      {reminder.sentAt ? t('reminders.sent', { when: at(reminder.sentAt) }) : t('reminders.due', { when: at(reminder.dueAt) })}
                    </span>
                    {!reminder.sentAt && new Date(reminder.dueAt) < new Date() && <p className="hint">{t('reminders.late')}</p>}
                    {!reminder.sentAt && (
                      <div className="actions">
                        <button type="button" className="secondary" onClick={() => setEditing(reminder)}>
                          {t('reminders.edit')}
                        </button>
                        <button
                          type="button"
                          className="secondary"
                          onClick={async () => {
                            if (
                              await confirm({
                                title: t('reminders.deleteTitle'),
                                message: t('reminders.deleteMessage'),
                                confirmLabel: t('reminders.delete'),
                                danger: true,
                              })
                            )
                              remove.mutate(reminder.id);
                          }}
                        >
                          {t('reminders.delete')}
                        </button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryView>
      <ErrorMessage error={remove.error} />
      {editing ? (
        <ReminderForm
          key={editing === 'new' ? 'new' : editing.id}
          slug={slug}
          event={event}
          reminder={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(undefined)}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setEditing('new')}>
            {t('reminders.add')}
          </button>
        </div>
      )}
    </section>
  );
}

function ReminderForm({ slug, event, reminder, onDone }: { slug: string; event: OrganiserEvent; reminder?: Reminder; onDone: () => void }) {
  const { t, i18n } = useTranslation('mail');
  const client = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(event, reminder));
  const save = useMutation({
    mutationFn: () => {
      const days = Number(draft.days) || 0;
      const body = {
        anchor: draft.anchor,
        offsetDays: draft.direction === 'before' ? -days : draft.direction === 'after' ? days : 0,
        sendTime: draft.sendTime,
        audience: AUDIENCES[draft.audience],
        // A language left blank is not sent: its readers get the event's first language.
        content: draft.content.filter((text) => text.subject.trim() || text.body.trim()),
      };
      return reminder
        ? unwrap(api.PATCH('/events/{slug}/reminders/{id}', { params: { path: { slug, id: reminder.id } }, body }))
        : unwrap(api.POST('/events/{slug}/reminders', { params: { path: { slug } }, body }));
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['reminders', slug] });
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const write = (language: string, field: 'subject' | 'body', value: string) =>
    set({ content: draft.content.map((text) => (text.language === language ? { ...text, [field]: value } : text)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit} className="reminder-form" noValidate>
      <div className="field-row">
        <Field label={t('reminders.direction')}>
          {(props) => (
            <select {...props} value={draft.direction} onChange={(e) => set({ direction: e.target.value as Draft['direction'] })}>
              <option value="before">{t('reminders.before')}</option>
              <option value="on">{t('reminders.onTheDay')}</option>
              <option value="after">{t('reminders.after')}</option>
            </select>
          )}
        </Field>
        {draft.direction !== 'on' && (
          <Field label={t('reminders.days')} hint={t('reminders.daysHint')} error={errors.offsetDays}>
            {(props) => <input {...props} type="number" min={1} max={365} value={draft.days} onChange={(e) => set({ days: e.target.value })} />}
          </Field>
        )}
        <Field label={t('reminders.anchor')}>
          {(props) => (
            <select {...props} value={draft.anchor} onChange={(e) => set({ anchor: e.target.value as Draft['anchor'] })}>
              <option value="start">{t('reminders.anchors.start')}</option>
              <option value="end">{t('reminders.anchors.end')}</option>
            </select>
          )}
        </Field>
        <Field label={t('reminders.sendTime')} error={errors.sendTime}>
          {(props) => <input {...props} type="time" value={draft.sendTime} onChange={(e) => set({ sendTime: e.target.value })} />}
        </Field>
        <Field label={t('reminders.who')}>
          {(props) => (
            <select {...props} value={draft.audience} onChange={(e) => set({ audience: e.target.value as AudienceKey })}>
              {(Object.keys(AUDIENCES) as AudienceKey[]).map((key) => (
                <option key={key} value={key}>
                  {t(`reminders.audiences.${key}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {draft.content.map((text) => (
        <fieldset key={text.language} lang={text.language}>
          <legend>{t('reminders.inLanguage', { language: languageName(text.language, i18n.language) })}</legend>
          <Field label={t('reminders.subject')}>
            {(props) => <input {...props} maxLength={300} value={text.subject} onChange={(e) => write(text.language, 'subject', e.target.value)} />}
          </Field>
          <Field label={t('reminders.body')} hint={t('reminders.bodyHint', { placeholders: PLACEHOLDERS.join(' '), interpolation: { escapeValue: false } })}>
            {(props) => <textarea {...props} rows={5} value={text.body} onChange={(e) => write(text.language, 'body', e.target.value)} />}
          </Field>
        </fieldset>
      ))}
      <ErrorMessage error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('reminders.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('reminders.cancel')}
        </button>
      </div>
    </form>
  );
}
