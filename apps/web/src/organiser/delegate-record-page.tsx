import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { type DetailsValues, DetailsFields, detailsBody, useFieldErrors } from '../delegate/delegate-fields';
import { protocolValues } from '../delegate/protocol-fields';
import { ErrorMessage, Loading, QueryView, ZoneNote } from '../ui/components';
import { useRefusals } from './settings/refusals';
import { useConfirm } from '../ui/confirm-dialog';
import { countryName } from '../ui/countries';
import { formatDateTime, zoneLabel } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { DelegateHistory } from './delegate-history';
import { DelegateAnswers } from './questions/delegate-answers';
import { type OrganiserEvent, OrganiserPage, REGISTRATION_ACTIONS, type RegistrationAction as Action, StateBadge } from './organiser-shell';
import { useRegistrationCategories } from './categories-query';

type Registration = Schemas['RegistrationResponse'];

const recordKey = (slug: string, id: string) => ['organiser', slug, 'registration', id];

function Summary({ slug, event, registration }: { slug: string; event: OrganiserEvent; registration: Registration }) {
  const { t, i18n } = useTranslation('organiser');
  const client = useQueryClient();
  const confirm = useConfirm();
  const files = useDownload();
  const act = useMutation({
    mutationFn: (action: Action) => {
      const options = { params: { path: { slug, id: registration.id } } };
      if (action === 'approve') return unwrap(api.POST('/events/{slug}/registrations/{id}/approve', options));
      if (action === 'reject') return unwrap(api.POST('/events/{slug}/registrations/{id}/reject', options));
      return unwrap(api.POST('/events/{slug}/registrations/{id}/cancel', options));
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['organiser', slug] }),
  });
  const run = async (action: Action) => {
    const yes =
      action === 'approve' ||
      (await confirm({
        title: t(`delegates.confirmTitle.${action}`),
        message: t(`delegates.confirm.${action}`, { name: registration.fullName }),
        confirmLabel: t(`delegates.action.${action}`),
        danger: true,
      }));
    if (yes) act.mutate(action);
  };
  const visaLetter = registration.visaLetterNeeded && registration.state === 'confirmed';

  return (
    <section className="card" aria-labelledby="record-summary">
      <h2 id="record-summary">
        {registration.fullName} <StateBadge state={registration.state} />
      </h2>
      <dl className="record-facts">
        <dt>{t('record.email')}</dt>
        <dd>{registration.email}</dd>
        <dt>{t('filters.country')}</dt>
        <dd>{countryName(registration.country, i18n.language)}</dd>
        <dt>{t('delegates.registeredAt')}</dt>
        <dd>{formatDateTime(registration.createdAt, event.timeZone, i18n.language)}</dd>
        {registration.waitlistPosition !== null && (
          <>
            <dt>{t('record.waitlistPosition')}</dt>
            <dd>{registration.waitlistPosition}</dd>
          </>
        )}
        {registration.badgeCode && (
          <>
            <dt>{t('record.badgeCode')}</dt>
            <dd>
              <code>{registration.badgeCode}</code>
            </dd>
          </>
        )}
      </dl>
      <div className="actions">
        {(REGISTRATION_ACTIONS[registration.state] ?? []).map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'approve' ? undefined : action === 'reject' ? 'danger' : 'secondary'}
            disabled={act.isPending}
            onClick={() => void run(action)}
          >
            {t(`delegates.action.${action}`)}
          </button>
        ))}
        {visaLetter && (
          <button
            type="button"
            className="secondary"
            disabled={files.busy !== null}
            onClick={() => void files.download(`/events/${slug}/registrations/${registration.id}/visa-letter.pdf`, `visa-letter-${registration.id}.pdf`)}
          >
            {files.busy ? t('delegates.downloading') : t('record.visaLetter')}
          </button>
        )}
      </div>
      <ErrorMessage error={act.error} />
      <ErrorMessage error={files.error} />
    </section>
  );
}

/** The organisers' form shows passport details too: loading them is recorded in the passport audit trail. */
function EditForm({ slug, registration }: { slug: string; registration: Registration }) {
  const protocol = useQuery({
    queryKey: ['organiser', slug, 'protocol', registration.id],
    queryFn: () => unwrap(api.GET('/events/{slug}/registrations/{id}/protocol', { params: { path: { slug, id: registration.id } } })),
  });
  if (protocol.isPending) return <Loading />;
  if (protocol.error) return <ErrorMessage error={protocol.error} />;
  return <EditDetailsForm slug={slug} registration={registration} protocol={protocol.data} />;
}

function EditDetailsForm({ slug, registration, protocol }: { slug: string; registration: Registration; protocol: Schemas['ProtocolDetailsResponse'] }) {
  const { t } = useTranslation('organiser');
  const client = useQueryClient();
  const categories = useRegistrationCategories(slug);
  const [values, setValues] = useState<DetailsValues>(() => ({ ...registration, protocol: protocolValues(protocol) }));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    // Cleared texts are sent as empty strings: clearing is a correction too.
    mutationFn: () =>
      unwrap(
        api.PATCH('/events/{slug}/registrations/{id}', {
          params: { path: { slug, id: registration.id } },
          body: {
            ...detailsBody(values),
            title: values.title,
            organisation: values.organisation,
            city: values.city,
            dietaryNeeds: values.dietaryNeeds,
            accessibilityNeeds: values.accessibilityNeeds,
            category: values.category,
          },
        }),
      ),
    onSuccess: () => {
      setSaved(true);
      void client.invalidateQueries({ queryKey: ['organiser', slug] });
    },
  });
  const refusals = useRefusals(save.error);
  const errors = useFieldErrors(refusals.fields);
  const ended = registration.state === 'cancelled' || registration.state === 'rejected';
  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setSaved(false);
    save.mutate();
  };

  return (
    <section className="card" aria-labelledby="record-edit">
      <h2 id="record-edit">{t('record.edit')}</h2>
      {ended ? (
        <p>{t('record.ended')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <DetailsFields
            values={values}
            onChange={(next) => {
              setSaved(false);
              setValues(next);
            }}
            errors={errors}
            erasedAt={protocol.erasedAt}
            categories={categories.data}
            show={{ email: false }}
          />
          {Object.keys(refusals.fields).length === 0 && <ErrorMessage error={refusals.general} />}
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              {t('record.save')}
            </button>
          </div>
          <div aria-live="polite">{saved && <p className="notice">{t('record.saved')}</p>}</div>
        </form>
      )}
    </section>
  );
}

function Record({ slug, id, event }: { slug: string; id: string; event: OrganiserEvent }) {
  const { t } = useTranslation('organiser');
  const registration = useQuery({
    queryKey: recordKey(slug, id),
    queryFn: () => unwrap(api.GET('/events/{slug}/registrations/{id}', { params: { path: { slug, id } } })),
  });
  return (
    <>
      <p>
        <Link href={`/organiser/events/${slug}/delegates`}>{t('record.back')}</Link>
      </p>
      <QueryView query={registration}>
        {(data) => (
          <div className="record">
            <Summary slug={slug} event={event} registration={data} />
            <EditForm key={`${data.id}-${data.state}`} slug={slug} registration={data} />
            <DelegateAnswers slug={slug} id={id} />
            <DelegateHistory slug={slug} id={id} event={event} />
          </div>
        )}
      </QueryView>
      <ZoneNote zone={zoneLabel(event.timeZone)} />
    </>
  );
}

export function DelegateRecordPage() {
  const { slug, id } = useParams<{ slug: string; id: string }>();
  const { t } = useTranslation('organiser');
  return (
    <OrganiserPage slug={slug} title={t('record.title')}>
      {(event) => <Record slug={slug} id={id} event={event} />}
    </OrganiserPage>
  );
}
