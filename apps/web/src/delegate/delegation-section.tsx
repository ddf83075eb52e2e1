import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, fieldErrors, QueryView } from '../ui/components';
import { QuestionFields } from './questions/question-fields';
import { answersBody, askedOf, useRegistrationForm } from './questions/question-logic';
import { ConsentField, type DetailsValues, DetailsFields, detailsBody, emptyDetails, useFieldErrors } from './delegate-fields';
import { countryName } from '../ui/countries';
import { StateBadge } from './state-badge';

export function DelegationSection({ token, registration }: { token: string; registration: Schemas['ManagedRegistrationResponse'] }) {
  const { t, i18n } = useTranslation('delegate');
  const client = useQueryClient();
  const slug = registration.event.slug;
  const delegation = useQuery({
    queryKey: ['delegation', token],
    // null when the registration is not in a delegation.
    queryFn: async (): Promise<Schemas['DelegationResponse'] | null> =>
      unwrap(api.GET('/registrations/manage/{token}/delegation', { params: { path: { token } } })),
  });
  const settings = useQuery({
    queryKey: ['registration-settings', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-settings', { params: { path: { slug } } })),
  });
  const categories = useQuery({
    queryKey: ['registration-categories', slug],
    queryFn: () => unwrap(api.GET('/events/{slug}/registration-categories', { params: { path: { slug } } })),
  });
  const defaultCategory = categories.data?.length === 1 ? categories.data[0].code : registration.category;
  const fresh = () => emptyDetails(i18n.language, registration.country, defaultCategory);
  const [member, setMember] = useState<DetailsValues | null>(null);
  const [consent, setConsent] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const questions = useRegistrationForm(slug).data?.questions ?? [];

  const refresh = () => client.invalidateQueries({ queryKey: ['delegation', token] });
  const add = useMutation({
    mutationFn: (values: DetailsValues) =>
      unwrap(
        api.POST('/registrations/manage/{token}/delegation/members', {
          params: { path: { token } },
          body: {
            ...detailsBody({ ...values, city: values.city || registration.city }),
            email: values.email,
            category: values.category || defaultCategory,
            answers: answersBody(questions, values.answers ?? {}, values.category || defaultCategory),
            consent: { privacyNoticeVersion: settings.data?.privacyNoticeVersion ?? '1', accepted: consent },
          },
        }),
      ),
    onSuccess: (added) => {
      setNotice(t('delegation.added', { name: added.fullName }));
      setMember(null);
      setConsent(false);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/registrations/manage/{token}/delegation/members/{registrationId}', { params: { path: { token, registrationId: id } } })),
    onSuccess: (removed) => {
      setNotice(t('delegation.removed', { name: removed.fullName }));
      setRemoving(null);
      void refresh();
    },
  });
  const errors = useFieldErrors(fieldErrors(add.error));
  const consentErrors = errors('consent');

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    if (member) add.mutate(member);
  };

  return (
    <section className="card" aria-labelledby="delegation-title">
      <h2 id="delegation-title">{t('delegation.title')}</h2>
      <QueryView query={delegation}>
        {(data) =>
          data && (
            <>
              <p>{t('delegation.summary', { city: data.city, country: countryName(data.country, i18n.language) })}</p>
              {notice && (
                <p className="notice" role="status">
                  {notice}
                </p>
              )}
              <ErrorMessage error={remove.error} />
              <ul className="member-list">
                {data.members.map((person) => (
                  <li key={person.id} className="member-row">
                    <div>
                      <strong>{person.fullName}</strong> <StateBadge state={person.state} />
                      {person.isHead && <span className="badge">{t('delegation.head')}</span>}
                      <br />
                      <span className="hint">{person.email}</span>
                    </div>
                    {!person.isHead && person.state !== 'cancelled' && person.state !== 'rejected' && (
                      <div className="actions">
                        {removing === person.id ? (
                          <div className="confirm-box" role="alertdialog" aria-labelledby={`remove-${person.id}`}>
                            <p id={`remove-${person.id}`}>{t('delegation.removeConfirm', { name: person.fullName })}</p>
                            <div className="actions">
                              <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate(person.id)}>
                                {t('delegation.removeYes')}
                              </button>
                              <button type="button" className="secondary" disabled={remove.isPending} onClick={() => setRemoving(null)} autoFocus>
                                {t('delegation.removeNo')}
                              </button>
                            </div>
                          </div>
                        ) : (
                          <button type="button" className="secondary" onClick={() => setRemoving(person.id)}>
                            {t('delegation.remove', { name: person.fullName })}
                          </button>
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
              {data.members.length <= 1 && <p>{t('delegation.membersEmpty')}</p>}
            </>
          )
        }
      </QueryView>
      {member ? (
        <form onSubmit={onAdd} noValidate className="add-member">
          <fieldset>
            <legend>{t('delegation.addTitle')}</legend>
            <DetailsFields values={member} onChange={setMember} errors={errors} categories={categories.data} show={{ city: false, needs: false }} />
            <QuestionFields
              questions={askedOf(questions, member.category || defaultCategory)}
              answers={member.answers ?? {}}
              onChange={(answers) => setMember({ ...member, answers })}
              error={add.error}
            />
            <ConsentField label={t('delegation.consent')} checked={consent} onChange={setConsent} errors={consentErrors} />
            {Object.keys(fieldErrors(add.error)).length === 0 && <ErrorMessage error={add.error} />}
            <div className="actions">
              <button type="submit" disabled={add.isPending}>
                {add.isPending ? t('delegation.adding') : t('delegation.add')}
              </button>
              <button type="button" className="secondary" onClick={() => setMember(null)}>
                {t('cancel', { ns: 'common' })}
              </button>
            </div>
          </fieldset>
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setNotice('');
            add.reset();
            setMember(fresh());
          }}
        >
          {t('register.addMember')}
        </button>
      )}
    </section>
  );
}
