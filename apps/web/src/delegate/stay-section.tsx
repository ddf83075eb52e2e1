import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, QueryView } from '../ui/components';
import { DateTimeInput } from '../ui/date-time-input';
import { isLocalDateTime } from '../ui/local-date-time';
import { formatDay } from '../ui/time';

type Registration = Schemas['ManagedRegistrationResponse'];
type Block = Schemas['HotelBlockResponse'];

/** A room from the organisers' hotel blocks and the flights in and out; a head of delegation also for each member. */
export function StaySection({ token, registration }: { token: string; registration: Registration }) {
  const { t } = useTranslation('stay');
  const [memberId, setMemberId] = useState<string>('');
  const delegation = useQuery({
    queryKey: ['delegation', token],
    enabled: registration.isDelegationHead,
    queryFn: () => unwrap(api.GET('/registrations/manage/{token}/delegation', { params: { path: { token } } })),
  });
  const members = (delegation.data?.members ?? []).filter((member) => !member.isHead && member.state !== 'cancelled' && member.state !== 'rejected');
  return (
    <section className="card" aria-labelledby="stay-title">
      <h2 id="stay-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {members.length > 0 && (
        <Field label={t('forWhom')}>
          {(props) => (
            <select {...props} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
              <option value="">{t('me', { name: registration.fullName })}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.fullName}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <HotelPart key={`hotel-${memberId}`} token={token} memberId={memberId || undefined} />
      <TravelPart key={`travel-${memberId}`} token={token} memberId={memberId || undefined} zone={registration.event.timeZone} />
    </section>
  );
}

function useNights() {
  const { t, i18n } = useTranslation('stay');
  return (block: Block) =>
    t('nights', { from: formatDay(block.checkIn, i18n.language, 'short'), to: formatDay(block.checkOut, i18n.language, 'short'), count: block.nights });
}

function HotelPart({ token, memberId }: { token: string; memberId?: string }) {
  const { t, i18n } = useTranslation('stay');
  const client = useQueryClient();
  const nights = useNights();
  const [notice, setNotice] = useState('');
  const key = ['hotel', token, memberId ?? 'me'];
  const hotel = useQuery({
    queryKey: key,
    queryFn: () =>
      memberId
        ? unwrap(api.GET('/registrations/manage/{token}/members/{memberId}/hotel', { params: { path: { token, memberId } } }))
        : unwrap(api.GET('/registrations/manage/{token}/hotel', { params: { path: { token } } })),
  });
  const done = (text: string) => {
    setNotice(text);
    void client.invalidateQueries({ queryKey: ['hotel', token] });
  };
  const book = useMutation({
    mutationFn: (blockId: string) =>
      memberId
        ? unwrap(api.PUT('/registrations/manage/{token}/members/{memberId}/hotel-booking', { params: { path: { token, memberId } }, body: { blockId } }))
        : unwrap(api.PUT('/registrations/manage/{token}/hotel-booking', { params: { path: { token } }, body: { blockId } })),
    onSuccess: () => done(t('bookedNotice')),
    onError: () => setNotice(''),
  });
  const release = useMutation({
    mutationFn: () =>
      memberId
        ? unwrap(api.DELETE('/registrations/manage/{token}/members/{memberId}/hotel-booking', { params: { path: { token, memberId } } }))
        : unwrap(api.DELETE('/registrations/manage/{token}/hotel-booking', { params: { path: { token } } })),
    onSuccess: () => done(t('released')),
  });
  return (
    <div className="stay-part">
      <h3>{t('hotel')}</h3>
      <QueryView query={hotel}>
        {({ blocks, booking }) =>
          blocks.length === 0 ? (
            <p className="hint">{t('noBlocks')}</p>
          ) : (
            <>
              {booking && (
                <p className="notice">
                  {t('booked', {
                    hotel: booking.block.hotel,
                    roomType: booking.block.roomType,
                    from: formatDay(booking.block.checkIn, i18n.language, 'short'),
                    to: formatDay(booking.block.checkOut, i18n.language, 'short'),
                    count: booking.block.nights,
                  })}
                  <br />
                  <button type="button" className="secondary" disabled={release.isPending} onClick={() => release.mutate()}>
                    {t('release')}
                  </button>
                </p>
              )}
              {notice && <p role="status">{notice}</p>}
              <ErrorMessage error={book.error ?? release.error} />
              <ul className="stay-blocks">
                {blocks.map((block) => {
                  const mine = booking?.block.id === block.id;
                  return (
                    <li key={block.id} className={mine ? 'mine' : undefined}>
                      <strong>{t('blockLine', { hotel: block.hotel, roomType: block.roomType })}</strong>
                      <span>{nights(block)}</span>
                      <span className="hint">{block.roomsLeft > 0 ? t('roomsLeft', { count: block.roomsLeft }) : t('full')}</span>
                      {block.note && <span className="hint">{block.note}</span>}
                      {!mine && (
                        <button type="button" disabled={book.isPending || block.roomsLeft === 0} onClick={() => book.mutate(block.id)}>
                          {booking ? t('move') : t('book')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )
        }
      </QueryView>
    </div>
  );
}

function TravelPart({ token, memberId, zone }: { token: string; memberId?: string; zone: string }) {
  const { t } = useTranslation('stay');
  const client = useQueryClient();
  const key = ['travel', token, memberId ?? 'me'];
  const plan = useQuery({
    queryKey: key,
    queryFn: () =>
      memberId
        ? unwrap(api.GET('/registrations/manage/{token}/members/{memberId}/travel', { params: { path: { token, memberId } } }))
        : unwrap(api.GET('/registrations/manage/{token}/travel', { params: { path: { token } } })),
  });
  const [form, setForm] = useState({
    arrivalAt: '',
    arrivalFlight: '',
    arrivalAirport: '',
    departureAt: '',
    departureFlight: '',
    departureAirport: '',
    needsTransfer: true,
  });
  useEffect(() => {
    if (!plan.data) return;
    const { registrationId: _, arrivalAt, departureAt, ...rest } = plan.data;
    setForm({ ...rest, arrivalAt: arrivalAt ?? '', departureAt: departureAt ?? '' });
  }, [plan.data]);
  const set = (field: keyof typeof form, value: string | boolean) => setForm((current) => ({ ...current, [field]: value }));
  const save = useMutation({
    mutationFn: () => {
      // What is not yet a date and time goes as typed, so the API names the field.
      const body = { ...form, arrivalAt: form.arrivalAt ? form.arrivalAt : null, departureAt: form.departureAt ? form.departureAt : null };
      return memberId
        ? unwrap(api.PUT('/registrations/manage/{token}/members/{memberId}/travel', { params: { path: { token, memberId } }, body }))
        : unwrap(api.PUT('/registrations/manage/{token}/travel', { params: { path: { token } }, body }));
    },
    onSuccess: (saved) => client.setQueryData(key, saved),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const invalid = (value: string) => value !== '' && !isLocalDateTime(value);
  return (
    <form className="stay-part" onSubmit={submit} noValidate>
      <h3>{t('travel')}</h3>
      <p className="hint">{t('travelHint')}</p>
      <ErrorMessage error={save.error} />
      {(['arrival', 'departure'] as const).map((leg) => (
        <div className="field-row" key={leg}>
          <Field label={t(`${leg}At`)}>
            {(props) => <DateTimeInput {...props} zone={zone} value={form[`${leg}At`]} onChange={(value) => set(`${leg}At`, value)} />}
          </Field>
          <Field label={t(`${leg}Flight`)}>
            {(props) => <input {...props} maxLength={20} value={form[`${leg}Flight`]} onChange={(e) => set(`${leg}Flight`, e.target.value)} />}
          </Field>
          <Field label={t(`${leg}Airport`)}>
            {(props) => <input {...props} maxLength={100} value={form[`${leg}Airport`]} onChange={(e) => set(`${leg}Airport`, e.target.value)} />}
          </Field>
        </div>
      ))}
      <label className="checkbox">
        <input type="checkbox" checked={form.needsTransfer} onChange={(e) => set('needsTransfer', e.target.checked)} /> {t('needsTransfer')}
      </label>
      <div className="actions">
        <button type="submit" disabled={save.isPending || invalid(form.arrivalAt) || invalid(form.departureAt)}>
          {t('save')}
        </button>
      </div>
      {save.isSuccess && <p role="status">{t('saved')}</p>}
    </form>
  );
}
