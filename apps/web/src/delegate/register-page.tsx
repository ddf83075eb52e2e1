import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { api, ApiError, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, fieldErrors, Loading } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { translated } from '../ui/translated';
import { formatDateTime, zoneLabel } from '../ui/time';
import { ConsentField, type DetailsValues, DetailsFields, detailsBody, emptyDetails, useFieldErrors } from './delegate-fields';
import { CountrySelect } from '../ui/country-select';
import { shippedLanguage } from '../i18n';
import { saveRegistered } from './registered-store';
import { QuestionFields } from './questions/question-fields';
import { answersBody, askedOf, type Question, useRegistrationForm } from './questions/question-logic';
import './delegate.css';

type Mode = 'alone' | 'delegation';

export function RegisterPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t, i18n } = useTranslation('delegate');
  const event = useEventDetails(slug);
  const settings = useQuery({
    queryKey: ['registration-settings', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-settings', { params: { path: { slug } } })),
  });
  const categories = useQuery({
    queryKey: ['registration-categories', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-categories', { params: { path: { slug } } })),
    select: (list) => list.map((category) => ({ ...category, name: translated(category.name, category.translations, 'name', i18n.language) })),
  });

  if (event.isPending || settings.isPending || categories.isPending) return <Loading />;
  if (event.error) return <ErrorMessage error={event.error} />;
  const zone = event.data.timeZone;
  const notSetUp = (settings.error instanceof ApiError && settings.error.status === 404) || (categories.data?.length ?? 0) === 0;

  return (
    <section className="delegate-page">
      <h1>{t('register.title', { event: event.data.name })}</h1>
      <p>
        <Link href={`/events/${slug}`}>{t('register.backToEvent')}</Link>
      </p>
      {notSetUp ? (
        <p className="warning">{t('register.notSetUp')}</p>
      ) : settings.error ? (
        <ErrorMessage error={settings.error} />
      ) : (
        <RegistrationWindow settings={settings.data!} zone={zone} language={i18n.language}>
          <RegisterForm slug={slug} settings={settings.data!} categories={categories.data ?? []} />
        </RegistrationWindow>
      )}
    </section>
  );
}

/** Says whether registration is open, and how full the event is; the form shows only while it is open. */
function RegistrationWindow({
  settings,
  zone,
  language,
  children,
}: {
  settings: Schemas['RegistrationSettingsResponse'];
  zone: string;
  language: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation('delegate');
  const now = Date.now();
  const at = (iso: string) => `${formatDateTime(iso, zone, language)}, ${zoneLabel(zone, iso)}`;
  if (now < Date.parse(settings.opensAt)) return <p className="warning">{t('register.opensAt', { date: at(settings.opensAt) })}</p>;
  if (!settings.open || now >= Date.parse(settings.closesAt)) return <p className="warning">{t('register.closedAt', { date: at(settings.closesAt) })}</p>;
  const full = settings.confirmedCount >= settings.capacity;
  return (
    <>
      <div className="registration-window" role="status">
        <p>{t('register.openUntil', { date: at(settings.closesAt) })}</p>
        <p>
          <meter min={0} max={settings.capacity} value={settings.confirmedCount} aria-hidden="true" />{' '}
          {t('register.places', { taken: settings.confirmedCount, capacity: settings.capacity })}
        </p>
      </div>
      {full && <p className="warning">{t('register.full')}</p>}
      {settings.approvalRequired && <p className="notice">{t('register.approval')}</p>}
      {children}
    </>
  );
}

function RegisterForm({
  slug,
  settings,
  categories,
}: {
  slug: string;
  settings: Schemas['RegistrationSettingsResponse'];
  categories: Schemas['CategoryResponse'][];
}) {
  const { t, i18n } = useTranslation('delegate');
  const [, navigate] = useLocation();
  const defaultCategory = categories.length === 1 ? categories[0].code : (categories.find((category) => category.code === 'delegate')?.code ?? '');
  const [mode, setMode] = useState<Mode>('alone');
  const [head, setHead] = useState<DetailsValues>(() => emptyDetails(i18n.language, '', defaultCategory));
  const [delegation, setDelegation] = useState({ city: '', country: '', gnlcMember: false });
  const [members, setMembers] = useState<DetailsValues[]>([]);
  const [consent, setConsent] = useState(false);
  const questions = useRegistrationForm(slug).data?.questions ?? [];
  // The preferred language follows the page's language until the person picks one themselves.
  const pageLanguage = useRef(i18n.language);
  useEffect(() => {
    const previous = shippedLanguage(pageLanguage.current);
    const next = shippedLanguage(i18n.language);
    pageLanguage.current = i18n.language;
    setHead((values) => (values.language === previous ? { ...values, language: next } : values));
  }, [i18n.language]);

  const submit = useMutation({
    mutationFn: async () => {
      const person = (values: DetailsValues, city?: string, country?: string) => ({
        ...detailsBody({ ...values, city: city ?? values.city, country: values.country || country || '' }),
        email: values.email,
        category: values.category || defaultCategory,
        answers: answersBody(questions, values.answers ?? {}, values.category || defaultCategory),
        consent: { privacyNoticeVersion: settings.privacyNoticeVersion ?? '1', accepted: consent },
      });
      if (mode === 'alone') {
        const registration = await unwrap(api.POST('/events/{slug}/registrations', { params: { path: { slug } }, body: person(head) }));
        return { registrations: [registration] };
      }
      const created = await unwrap(
        api.POST('/events/{slug}/delegations', {
          params: { path: { slug } },
          body: {
            city: delegation.city,
            country: delegation.country,
            gnlcMember: delegation.gnlcMember,
            head: person(head, delegation.city, delegation.country),
            members: members.map((member) => person(member, delegation.city, delegation.country)),
          },
        }),
      );
      return { registrations: created.registrations };
    },
    onSuccess: ({ registrations }) => {
      saveRegistered(slug, { email: head.email.trim(), registrations });
      navigate(`/events/${slug}/registered`);
    },
    onError: () => requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"], .error-box')?.focus()),
  });

  const fields = { ...fieldErrors(submit.error) };
  // "Already registered" is about an email: show it by the email it names (the error's data), in the page's language.
  if (submit.error instanceof ApiError && submit.error.code === 'ALREADY_REGISTERED') {
    const taken = String(submit.error.data.email ?? '').toLowerCase();
    const everyone = [head, ...members];
    const index = everyone.findIndex((person) => person.email.trim() && person.email.trim().toLowerCase() === taken);
    const field = mode === 'alone' || index <= 0 ? (mode === 'alone' ? 'email' : 'head.email') : `members.${index - 1}.email`;
    fields[field] = [t('fieldProblems.alreadyRegistered')];
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  const headErrors = useFieldErrors(fields, mode === 'alone' ? '' : 'head.');
  const delegationErrors = useFieldErrors(fields);
  const consentErrors = useFieldErrors(fields, mode === 'alone' ? '' : 'head.')('consent');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate();
  };

  return (
    <form className="register-form" onSubmit={onSubmit} noValidate>
      <fieldset className="mode-choice">
        <legend>{t('register.who')}</legend>
        {(['alone', 'delegation'] as const).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} /> {t(`register.${value}`)}
          </label>
        ))}
      </fieldset>

      {mode === 'delegation' && (
        <fieldset>
          <legend>{t('register.delegationTitle')}</legend>
          <Field label={t('register.delegationCity')} error={delegationErrors('city')} required>
            {(props) => <input {...props} value={delegation.city} onChange={(event) => setDelegation({ ...delegation, city: event.target.value })} />}
          </Field>
          <Field label={t('fields.country')} error={delegationErrors('country')} required>
            {(props) => <CountrySelect {...props} value={delegation.country} onChange={(country) => setDelegation({ ...delegation, country })} />}
          </Field>
          <div className="checkbox-field">
            <label>
              <input type="checkbox" checked={delegation.gnlcMember} onChange={(event) => setDelegation({ ...delegation, gnlcMember: event.target.checked })} />{' '}
              {t('register.gnlcMember')}
            </label>
          </div>
        </fieldset>
      )}

      <fieldset>
        <legend>{t(mode === 'alone' ? 'register.aboutYou' : 'register.aboutHead')}</legend>
        <DetailsFields values={head} onChange={setHead} errors={headErrors} categories={categories} show={{ city: mode === 'alone' }} />
        <QuestionFields
          questions={askedOf(questions, head.category || defaultCategory)}
          answers={head.answers ?? {}}
          onChange={(answers) => setHead({ ...head, answers })}
          error={submit.error}
        />
      </fieldset>

      {mode === 'delegation' && (
        <fieldset>
          <legend>{t('register.members')}</legend>
          <p className="hint">{t('register.membersHint')}</p>
          {members.length === 0 && <p>{t('register.noMembers')}</p>}
          {members.map((member, index) => (
            <MemberFields
              key={index}
              index={index}
              values={member}
              fields={fields}
              categories={categories}
              questions={askedOf(questions, member.category || defaultCategory)}
              error={submit.error}
              onChange={(values) => setMembers(members.map((other, i) => (i === index ? values : other)))}
              onRemove={() => setMembers(members.filter((_, i) => i !== index))}
            />
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => setMembers([...members, emptyDetails(i18n.language, delegation.country, defaultCategory)])}
          >
            {t('register.addMember')}
          </button>
        </fieldset>
      )}

      <ConsentField
        label={t(mode === 'alone' ? 'register.consent' : 'register.consentDelegation')}
        hint={t('register.consentVersion', { version: settings.privacyNoticeVersion ?? '1' })}
        checked={consent}
        onChange={setConsent}
        errors={consentErrors}
      />

      {hasFieldErrors ? (
        <p className="error-box" role="alert" tabIndex={-1}>
          {t('register.fixFields')}
        </p>
      ) : (
        <ErrorMessage error={submit.error} />
      )}
      <div className="actions">
        <button type="submit" disabled={submit.isPending}>
          {submit.isPending ? t('register.submitting') : t(mode === 'alone' ? 'register.submit' : 'register.submitDelegation')}
        </button>
      </div>
    </form>
  );
}

function MemberFields({
  index,
  values,
  fields,
  categories,
  questions,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  values: DetailsValues;
  fields: Record<string, string[]>;
  categories: Schemas['CategoryResponse'][];
  questions: Question[];
  error: unknown;
  onChange: (values: DetailsValues) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('delegate');
  const errors = useFieldErrors(fields, `members.${index}.`);
  return (
    <fieldset className="member card">
      <legend>{t('register.member', { number: index + 1 })}</legend>
      <DetailsFields values={values} onChange={onChange} errors={errors} categories={categories} show={{ city: false, needs: false }} />
      <QuestionFields questions={questions} answers={values.answers ?? {}} onChange={(answers) => onChange({ ...values, answers })} error={error} />
      <button type="button" className="secondary" onClick={onRemove}>
        {t('register.removeMember', { number: index + 1 })}
      </button>
    </fieldset>
  );
}
