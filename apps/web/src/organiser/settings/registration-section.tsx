import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field, QueryView } from '../../ui/components';
import { DateTimeInput } from '../../ui/date-time-input';
import { isLocalDateTime } from '../../ui/local-date-time';
import { isoToZonedInput, zoneLabel, zonedInputToIso } from '../../ui/time';
import { type EventDetail, type RegistrationSettings, saveRegistrationSettings, useEventChange, useRegistrationSettings } from './settings-api';
import { useRefusals } from './refusals';

function RegistrationForm({ event, current }: { event: EventDetail; current: (RegistrationSettings & { confirmedCount: number; open: boolean }) | null }) {
  const { t, i18n } = useTranslation('settings');
  const zone = event.timeZone;
  const [opensAt, setOpensAt] = useState(current ? isoToZonedInput(current.opensAt, zone) : '');
  const [closesAt, setClosesAt] = useState(current ? isoToZonedInput(current.closesAt, zone) : '');
  const [capacity, setCapacity] = useState(current ? String(current.capacity) : '');
  const [approvalRequired, setApprovalRequired] = useState(current?.approvalRequired ?? false);
  const [promotion, setPromotion] = useState<'automatic' | 'offer'>(current?.promotion ?? 'automatic');
  const [offerHours, setOfferHours] = useState(String(current?.offerHours ?? 48));
  const [privacyNoticeVersion, setPrivacyNoticeVersion] = useState(current?.privacyNoticeVersion ?? '1');
  const save = useEventChange([['registration-settings', event.slug]], () =>
    saveRegistrationSettings(event.slug, {
      // What cannot be read as a time goes as typed, so the API names it at its field.
      opensAt: isLocalDateTime(opensAt) ? zonedInputToIso(opensAt, zone) : opensAt,
      closesAt: isLocalDateTime(closesAt) ? zonedInputToIso(closesAt, zone) : closesAt,
      capacity: Number(capacity),
      approvalRequired,
      promotion,
      offerHours: Number(offerHours),
      privacyNoticeVersion,
    }),
  );
  const { fields: errors, general } = useRefusals(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="settings-form">
      {current ? <p>{current.open ? t('registration.open') : t('registration.closed')}</p> : <p className="hint">{t('registration.notSetUp')}</p>}
      <p className="zone-note">{t('registration.inZone', { zone: zoneLabel(zone, event.startDate, i18n.language) })}</p>
      <ErrorMessage error={general} />
      <div className="field-row">
        <Field label={t('registration.opensAt')} error={errors.opensAt} required>
          {(props) => <DateTimeInput {...props} zone={zone} value={opensAt} onChange={setOpensAt} />}
        </Field>
        <Field label={t('registration.closesAt')} error={errors.closesAt} required>
          {(props) => <DateTimeInput {...props} zone={zone} value={closesAt} onChange={setClosesAt} />}
        </Field>
      </div>
      <Field
        label={t('registration.capacity')}
        error={errors.capacity}
        hint={current ? t('registration.confirmed', { count: current.confirmedCount }) : undefined}
        required
      >
        {(props) => <input {...props} type="number" inputMode="numeric" min={1} value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={approvalRequired} onChange={(e) => setApprovalRequired(e.target.checked)} /> {t('registration.approvalRequired')}
      </label>
      <fieldset className="field">
        <legend>{t('registration.promotion')}</legend>
        {(['automatic', 'offer'] as const).map((value) => (
          <label key={value} className="checkbox">
            <input type="radio" name="promotion" value={value} checked={promotion === value} onChange={() => setPromotion(value)} />{' '}
            {t(value === 'automatic' ? 'registration.promotionAutomatic' : 'registration.promotionOffer')}
          </label>
        ))}
        {errors.promotion && <p className="field-error">{errors.promotion.join(' ')}</p>}
      </fieldset>
      {promotion === 'offer' && (
        <Field label={t('registration.offerHours')} error={errors.offerHours}>
          {(props) => (
            <input {...props} type="number" inputMode="numeric" min={1} max={720} value={offerHours} onChange={(e) => setOfferHours(e.target.value)} />
          )}
        </Field>
      )}
      <Field label={t('registration.privacyNoticeVersion')} error={errors.privacyNoticeVersion} hint={t('registration.privacyNoticeHint')}>
        {(props) => <input {...props} value={privacyNoticeVersion} maxLength={50} onChange={(e) => setPrivacyNoticeVersion(e.target.value)} />}
      </Field>
      {save.isSuccess && (
        <p className="notice" role="status">
          {t('registration.saved')}
        </p>
      )}
      <button type="submit" disabled={save.isPending}>
        {t('registration.save')}
      </button>
    </form>
  );
}

export function RegistrationSection({ event }: { event: EventDetail }) {
  const { t } = useTranslation('settings');
  const settings = useRegistrationSettings(event.slug);
  return (
    <section aria-labelledby="registration-heading" className="settings-section">
      <h2 id="registration-heading">{t('registration.title')}</h2>
      <QueryView query={settings}>{(current) => <RegistrationForm event={event} current={current} />}</QueryView>
    </section>
  );
}
