import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, ApiError, type Schemas, unwrap } from '../api/client';
import { adoptSavedLanguage } from '../i18n';
import { ErrorMessage, fieldErrors, Loading } from '../ui/components';
import { formatDateTime, zoneLabel } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { rememberDelegate } from '../public/delegate-device';
import { AgendaSection } from './agenda-section';
import { type DetailsValues, DetailsFields, detailsBody, useFieldErrors } from './delegate-fields';
import { DelegationSection } from './delegation-section';
import { StateBadge } from './state-badge';
import { StaySection } from './stay-section';
import { DataProtectionCard } from './data-protection-card';
import { protocolValues } from './protocol-fields';
import { AnswersSection } from './questions/answers-section';
import './delegate.css';

type Registration = Schemas['ManagedRegistrationResponse'];

export function ManagePage() {
  const { token } = useParams<{ token: string }>();
  const { t } = useTranslation('delegate');
  const registration = useQuery({
    queryKey: ['manage', token],
    queryFn: () => unwrap(api.GET('/registrations/manage/{token}', { params: { path: { token } } })),
  });
  // A delegate following their private link reads it in the language they registered in, unless they chose one here.
  useEffect(() => adoptSavedLanguage(registration.data?.language), [registration.data?.language]);
  // The timetable and session pages on this device then show this delegate's agenda and sign them up.
  const eventSlug = registration.data?.event.slug;
  useEffect(() => {
    if (eventSlug) rememberDelegate(eventSlug, token);
  }, [eventSlug, token]);
  if (registration.isPending) return <Loading />;
  if (registration.error) {
    return (
      <section className="delegate-page narrow">
        <h1>{t('manage.title')}</h1>
        {registration.error instanceof ApiError && registration.error.status === 404 ? (
          <p className="warning">{t('manage.notFound')}</p>
        ) : (
          <ErrorMessage error={registration.error} />
        )}
      </section>
    );
  }
  const data = registration.data;
  const active = data.state !== 'cancelled' && data.state !== 'rejected';
  return (
    <section className="delegate-page manage-page">
      <h1>{t('manage.title')}</h1>
      <p className="manage-event">{t('manage.for', { event: data.event.name })}</p>
      <StatusCard token={token} registration={data} />
      {active && <AgendaSection token={token} registration={data} />}
      {active && <DocumentsCard token={token} registration={data} />}
      {active && <DetailsCard token={token} registration={data} />}
      {active && <AnswersSection token={token} registration={data} />}
      {active && data.isDelegationHead && <DelegationSection token={token} registration={data} />}
      {active && <StaySection token={token} registration={data} />}
      <DataProtectionCard token={token} />
      {active && <CancelCard token={token} />}
    </section>
  );
}

function StatusCard({ token, registration }: { token: string; registration: Registration }) {
  const { t, i18n } = useTranslation('delegate');
  const client = useQueryClient();
  const zone = registration.event.timeZone;
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/registrations/manage/{token}/accept-offer', { params: { path: { token } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['manage', token] }),
  });
  const text = {
    confirmed: t('manage.stateConfirmed'),
    waitlisted: t('manage.stateWaitlisted', { position: registration.waitlistPosition ?? '–' }),
    pending: t('manage.statePending'),
    offered: t('manage.stateOffered', {
      date: registration.offerExpiresAt
        ? `${formatDateTime(registration.offerExpiresAt, zone, i18n.language)}, ${zoneLabel(zone, registration.offerExpiresAt)}`
        : '',
    }),
    cancelled: t('manage.stateCancelled'),
    rejected: t('manage.stateRejected'),
  }[registration.state];
  return (
    <section className="card status-card" aria-labelledby="status-title">
      <h2 id="status-title">
        {t('manage.state')}: <StateBadge state={registration.state} />
      </h2>
      <p role="status">{text}</p>
      {registration.state === 'offered' && (
        <>
          <ErrorMessage error={accept.error} />
          <button type="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
            {accept.isPending ? t('manage.accepting') : t('manage.acceptOffer')}
          </button>
        </>
      )}
    </section>
  );
}

function DocumentsCard({ token, registration }: { token: string; registration: Registration }) {
  const { t } = useTranslation('delegate');
  const [copied, setCopied] = useState(false);
  const files = useDownload();
  const base = `${window.location.origin}/registrations/manage/${encodeURIComponent(token)}`;
  const calendar = `${base}/agenda.ics`;
  const download = (file: 'badge.pdf' | 'visa-letter.pdf' | 'certificate.pdf') => files.download(`${base}/${file}`, file, file);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(calendar);
    } catch {
      // Without clipboard access (plain http, old browsers) the address is selected for the person to copy.
      document.querySelector<HTMLInputElement>('#calendar-address')?.select();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 4000);
  };
  const confirmed = registration.state === 'confirmed';
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('manage.documents')}</h2>
      {confirmed ? (
        <>
          {registration.badgeCode && <p>{t('manage.badgeCode', { code: registration.badgeCode })}</p>}
          <div className="actions">
            <button type="button" className="secondary" disabled={files.busy !== null} onClick={() => void download('badge.pdf')}>
              {files.busy === 'badge.pdf' ? t('manage.downloading') : t('manage.badge')}
            </button>
            {registration.visaLetterNeeded && (
              <button type="button" className="secondary" disabled={files.busy !== null} onClick={() => void download('visa-letter.pdf')}>
                {files.busy === 'visa-letter.pdf' ? t('manage.downloading') : t('manage.visaLetter')}
              </button>
            )}
            <button type="button" className="secondary" disabled={files.busy !== null} onClick={() => void download('certificate.pdf')}>
              {files.busy === 'certificate.pdf' ? t('manage.downloading') : t('manage.certificate')}
            </button>
          </div>
          <ErrorMessage error={files.error} />
        </>
      ) : (
        <p>{t('manage.badgeLater')}</p>
      )}
      <h3>{t('manage.calendar')}</h3>
      <p className="hint" id="calendar-hint">
        {t('manage.calendarHint')}
      </p>
      <div className="copy-field">
        <label htmlFor="calendar-address" className="visually-hidden">
          {t('manage.calendarAddress')}
        </label>
        <input id="calendar-address" readOnly value={calendar} aria-describedby="calendar-hint" onFocus={(event) => event.target.select()} />
        <button type="button" className="secondary" onClick={() => void copy()}>
          {copied ? t('manage.copied') : t('manage.copy')}
        </button>
      </div>
      <p>
        <a href={calendar.replace(/^https?:/, 'webcal:')}>{t('manage.openCalendar')}</a>
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {copied ? t('manage.copied') : ''}
      </p>
    </section>
  );
}

function DetailsCard({ token, registration }: { token: string; registration: Registration }) {
  const protocol = useQuery({
    queryKey: ['manage', token, 'protocol'],
    queryFn: () => unwrap(api.GET('/registrations/manage/{token}/protocol', { params: { path: { token } } })),
  });
  if (protocol.isPending) return <Loading />;
  if (protocol.error) return <ErrorMessage error={protocol.error} />;
  return <DetailsForm token={token} registration={registration} protocol={protocol.data} />;
}

function DetailsForm({ token, registration, protocol }: { token: string; registration: Registration; protocol: Schemas['ProtocolDetailsResponse'] }) {
  const { t } = useTranslation('delegate');
  const client = useQueryClient();
  const [values, setValues] = useState<DetailsValues>(() => ({
    fullName: registration.fullName,
    title: registration.title,
    organisation: registration.organisation,
    city: registration.city,
    country: registration.country,
    email: registration.email,
    language: registration.language,
    category: registration.category,
    dietaryNeeds: registration.dietaryNeeds,
    dietaryChoices: registration.dietaryChoices,
    accessibilityNeeds: registration.accessibilityNeeds,
    accessibilityChoices: registration.accessibilityChoices,
    visaLetterNeeded: registration.visaLetterNeeded,
    protocol: protocolValues(protocol),
  }));
  const save = useMutation({
    mutationFn: () => {
      const body = detailsBody(values);
      // Clearing a text is a change too: send empty strings rather than leaving the field out.
      return unwrap(
        api.PATCH('/registrations/manage/{token}', {
          params: { path: { token } },
          body: {
            ...body,
            title: values.title,
            organisation: values.organisation,
            city: values.city,
            dietaryNeeds: values.dietaryNeeds,
            accessibilityNeeds: values.accessibilityNeeds,
          },
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['manage', token] }),
  });
  const errors = useFieldErrors(fieldErrors(save.error));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('manage.details')}</h2>
      <p>{t('manage.email', { email: registration.email })}</p>
      <form onSubmit={onSubmit} noValidate>
        <DetailsFields
          values={values}
          onChange={(next) => {
            setValues(next);
            if (save.isSuccess) save.reset();
          }}
          errors={errors}
          show={{ email: false }}
          erasedAt={protocol.erasedAt}
        />
        {save.isSuccess && (
          <p className="notice" role="status">
            {t('manage.saved')}
          </p>
        )}
        {Object.keys(fieldErrors(save.error)).length === 0 && <ErrorMessage error={save.error} />}
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('saving', { ns: 'common' }) : t('manage.saveDetails')}
        </button>
      </form>
    </section>
  );
}

function CancelCard({ token }: { token: string }) {
  const { t } = useTranslation('delegate');
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST('/registrations/manage/{token}/cancel', { params: { path: { token } } })),
    onSuccess: (registration) => {
      client.setQueryData(['manage', token], (old: Registration | undefined) => (old ? { ...old, ...registration } : old));
      window.scrollTo({ top: 0 });
    },
  });
  return (
    <section className="card danger-zone" aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('manage.cancelTitle')}</h2>
      <p>{t('manage.cancelHint')}</p>
      {asking ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby="cancel-confirm">
          <p id="cancel-confirm">
            <strong>{t('manage.cancelConfirm')}</strong>
          </p>
          <ErrorMessage error={cancel.error} />
          <div className="actions">
            <button type="button" className="danger" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
              {cancel.isPending ? t('manage.cancelling') : t('manage.cancelYes')}
            </button>
            <button type="button" className="secondary" disabled={cancel.isPending} onClick={() => setAsking(false)} autoFocus>
              {t('manage.cancelNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {t('manage.cancelButton')}
        </button>
      )}
    </section>
  );
}
