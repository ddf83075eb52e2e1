import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, QueryView } from '../ui/components';
import { useConfirm } from '../ui/confirm-dialog';
import { countryOptions } from '../ui/countries';
import { DateTimeInput } from '../ui/date-time-input';
import { isLocalDateTime } from '../ui/local-date-time';
import { zonedInputToIso } from '../ui/time';
import { MessageSettings } from './message-settings';
import type { OrganiserEvent } from './organiser-shell';
import { useRegistrationCategories } from './categories-query';
import { languageName } from '../ui/language-name';

type Audience = Schemas['AudienceDto'];
type Role = NonNullable<Audience['roles']>[number];
const ROLES: Role[] = ['speakers', 'speakers-without-slides', 'jurors', 'representatives'];
const PLACEHOLDERS = ['{{name}}', '{{title}}', '{{delegation}}', '{{eventLink}}', '{{programmeLink}}', '{{managementLink}}', '{{badgeLink}}'];

/** An organiser's own message: who receives it, its words in each event language, a preview, then one send. */
export function ComposeSection({ slug, event }: { slug: string; event: OrganiserEvent }) {
  const { t, i18n } = useTranslation('compose');
  const confirm = useConfirm();
  const client = useQueryClient();
  const [audience, setAudience] = useState<Audience>({ states: ['confirmed'] });
  const [content, setContent] = useState(() => event.languages.map((language) => ({ language, subject: '', body: '' })));
  // One key per message composed: a repeated click or a retried request sends nothing twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState<{ status: string; count: number }>();
  const [when, setWhen] = useState<'now' | 'later' | 'hold'>('now');
  const [sendAt, setSendAt] = useState('');
  const categories = useRegistrationCategories(slug);
  const history = useQuery({
    queryKey: ['messages', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/messages', { params: { path: { slug } } })),
  });
  const preview = useMutation({
    mutationFn: () => unwrap(api.POST('/events/{slug}/messages/preview', { params: { path: { slug } }, body: { audience, content: written() } })),
  });
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/events/{slug}/messages', {
          params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } },
          body: {
            audience,
            content: written(),
            ...(when === 'hold' && { hold: true }),
            // What is not yet a date and time goes as typed, so the API names the field.
            ...(when === 'later' && { sendAt: isLocalDateTime(sendAt) ? zonedInputToIso(sendAt, event.timeZone) : sendAt }),
          },
        }),
      ),
    onSuccess: (message) => {
      setDone({ status: message.status, count: message.recipientCount });
      setContent(event.languages.map((language) => ({ language, subject: '', body: '' })));
      setIdempotencyKey(crypto.randomUUID());
      preview.reset();
      void client.invalidateQueries({ queryKey: ['messages', slug] });
      void client.invalidateQueries({ queryKey: ['organiser', slug, 'notifications'] });
    },
  });
  const change = (next: Partial<Audience>) => {
    setAudience((current) => {
      const merged: Audience = { ...current, ...next };
      // Empty choices mean "any": the API wants them left out.
      for (const [key, value] of Object.entries(merged))
        if (value === undefined || (Array.isArray(value) && value.length === 0)) delete merged[key as keyof Audience];
      return merged;
    });
    preview.reset();
  };
  const write = (language: string, field: 'subject' | 'body', value: string) => {
    setContent((current) => current.map((text) => (text.language === language ? { ...text, [field]: value } : text)));
    preview.reset();
  };
  // A language left blank is not sent: its readers get the event's first language.
  const written = () => content.filter((text) => text.subject.trim() || text.body.trim());
  const roles = audience.roles ?? [];
  const count = preview.data?.count;

  return (
    <section className="card" aria-labelledby="compose-title">
      <h2 id="compose-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {done && (
        <p role="status" className="notice">
          {t(done.status === 'sent' ? 'sent' : done.status === 'scheduled' ? 'scheduled' : 'held', { count: done.count })}
        </p>
      )}
      <fieldset>
        <legend>{t('audience')}</legend>
        <div className="field-row">
          <Field label={t('state')}>
            {(props) => (
              <select
                {...props}
                value={audience.states?.[0] ?? ''}
                onChange={(e) => change({ states: e.target.value ? [e.target.value as NonNullable<Audience['states']>[number]] : undefined })}
              >
                <option value="">{t('anyState')}</option>
                {(['confirmed', 'pending', 'waitlisted'] as const).map((state) => (
                  <option key={state} value={state}>
                    {t(`states.${state}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('category')}>
            {(props) => (
              <select {...props} value={audience.categories?.[0] ?? ''} onChange={(e) => change({ categories: e.target.value ? [e.target.value] : undefined })}>
                <option value="">{t('anyCategory')}</option>
                {(categories.data ?? []).map((category) => (
                  <option key={category.code} value={category.code}>
                    {category.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('country')}>
            {(props) => (
              <select {...props} value={audience.countries?.[0] ?? ''} onChange={(e) => change({ countries: e.target.value ? [e.target.value] : undefined })}>
                <option value="">{t('anyCountry')}</option>
                {countryOptions(i18n.language).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('head')}>
            {(props) => (
              <select
                {...props}
                value={audience.delegationHead === undefined ? '' : String(audience.delegationHead)}
                onChange={(e) => change({ delegationHead: e.target.value === '' ? undefined : e.target.value === 'true' })}
              >
                <option value="">{t('anyone')}</option>
                <option value="true">{t('headsOnly')}</option>
                <option value="false">{t('notHeads')}</option>
              </select>
            )}
          </Field>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={audience.visaLetterNeeded === true} onChange={(e) => change({ visaLetterNeeded: e.target.checked || undefined })} />{' '}
          {t('visa')}
        </label>
        <p className="hint">{t('roles')}</p>
        {ROLES.map((role) => (
          <label className="checkbox" key={role}>
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(e) => change({ roles: e.target.checked ? [...roles, role] : roles.filter((other) => other !== role) })}
            />{' '}
            {t(`roleNames.${role}`)}
          </label>
        ))}
      </fieldset>
      {content.map((text) => (
        <fieldset key={text.language}>
          <legend>{t('language', { language: languageName(text.language, i18n.language) })}</legend>
          <Field label={t('subject')} required>
            {(props) => <input {...props} maxLength={300} value={text.subject} onChange={(e) => write(text.language, 'subject', e.target.value)} />}
          </Field>
          <Field label={t('body')} required hint={t('bodyHint', { placeholders: PLACEHOLDERS.join(' '), interpolation: { escapeValue: false } })}>
            {(props) => <textarea {...props} rows={6} value={text.body} onChange={(e) => write(text.language, 'body', e.target.value)} />}
          </Field>
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('when')}</legend>
        {(['now', 'later', 'hold'] as const).map((option) => (
          <label className="checkbox" key={option}>
            <input type="radio" name="compose-when" checked={when === option} onChange={() => setWhen(option)} /> {t(`whenOptions.${option}`)}
          </label>
        ))}
        {when === 'later' && (
          <Field label={t('sendAt')} required>
            {(props) => <DateTimeInput {...props} zone={event.timeZone} value={sendAt} onChange={setSendAt} />}
          </Field>
        )}
      </fieldset>
      <ErrorMessage error={preview.error ?? send.error} />
      <div className="actions">
        <button type="button" className="secondary" disabled={preview.isPending} onClick={() => preview.mutate()}>
          {t('preview')}
        </button>
        <button
          type="button"
          disabled={count === undefined || send.isPending || (when === 'later' && !sendAt)}
          onClick={async () => {
            if (when !== 'now' || (await confirm({ title: t('sendConfirmTitle'), message: t('sendConfirm', { count }), confirmLabel: t('send') })))
              send.mutate();
          }}
        >
          {t(`submit.${when}`)}
        </button>
      </div>
      {preview.data && (
        <div className="compose-preview" aria-live="polite">
          <p>
            <strong>{t('count', { count: preview.data.count })}</strong> {t('sample')} {preview.data.sample.map((person) => person.name).join(', ')}
          </p>
          {preview.data.rendered.map((rendered) => (
            <article key={rendered.language} lang={rendered.language} className="compose-rendered">
              <h3>{rendered.subject}</h3>
              {/* The API renders Markdown with raw HTML turned off: this is its own safe HTML. */}
              <div dangerouslySetInnerHTML={{ __html: rendered.html }} />
            </article>
          ))}
        </div>
      )}
      <h3>{t('history')}</h3>
      <MessageSettings slug={slug} />
      <QueryView query={history}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="hint">{t('none')}</p>
          ) : (
            <ul>
              {items.map((message) => (
                <li key={message.id}>
                  <Link href={`/organiser/events/${slug}/messages/${message.id}`}>
                    {t('historyLine', {
                      subject: (message.content.find((text) => text.language === i18n.language) ?? message.content[0])?.subject ?? '',
                      count: message.recipientCount,
                      status: t(`statuses.${message.status}`),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
