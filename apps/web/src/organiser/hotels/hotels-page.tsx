import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, unwrap } from '../../api/client';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../../ui/components';
import { useConfirm } from '../../ui/confirm-dialog';
import { formatDay } from '../../ui/time';
import { useDownload } from '../../ui/use-download';
import { OrganiserPage } from '../organiser-shell';
import { DayInput } from '../settings/day-inputs';

/** Hotel blocks, the rooming list and the airport-transfer manifests of one event. */
export function HotelsPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('hotels');
  return (
    <OrganiserPage slug={slug} title={t('title')}>
      {() => (
        <>
          <Blocks slug={slug} />
          <Transfers slug={slug} />
        </>
      )}
    </OrganiserPage>
  );
}

const EMPTY = { hotel: '', roomType: '', checkIn: '', checkOut: '', roomsAvailable: '', note: '' };

function Blocks({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('hotels');
  const client = useQueryClient();
  const confirm = useConfirm();
  const { download, busy, error: downloadError } = useDownload();
  const [form, setForm] = useState(EMPTY);
  // The day fields keep what was typed; a new form after each block clears them.
  const [formKey, setFormKey] = useState(0);
  const rooming = useQuery({ queryKey: ['rooming-list', slug], queryFn: () => unwrap(api.GET('/events/{slug}/rooming-list', { params: { path: { slug } } })) });
  const refresh = () => client.invalidateQueries({ queryKey: ['rooming-list', slug] });
  const add = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/events/{slug}/hotel-blocks', { params: { path: { slug } }, body: { ...form, roomsAvailable: Number(form.roomsAvailable) } })),
    onSuccess: () => {
      setForm(EMPTY);
      setFormKey((key) => key + 1);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (blockId: string) => unwrap(api.DELETE('/events/{slug}/hotel-blocks/{blockId}', { params: { path: { slug, blockId } } })),
    onSuccess: () => void refresh(),
  });
  const errors = fieldErrors(add.error);
  const set = (field: keyof typeof EMPTY) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const day = (iso: string) => formatDay(iso, i18n.language, 'short');
  return (
    <section className="card" aria-labelledby="blocks-heading">
      <h2 id="blocks-heading">{t('blocks')}</h2>
      <p>{t('blocksIntro')}</p>
      <ErrorMessage error={remove.error ?? downloadError} />
      <QueryView query={rooming}>
        {({ blocks }) =>
          blocks.length === 0 ? (
            <p className="hint">{t('none')}</p>
          ) : (
            <>
              <table className="data-table">
                <caption className="visually-hidden">{t('rooming')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hotel')}</th>
                    <th scope="col">{t('roomType')}</th>
                    <th scope="col">{t('checkIn')}</th>
                    <th scope="col">{t('checkOut')}</th>
                    <th scope="col">{t('rooms')}</th>
                    <th scope="col">{t('rooming')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {blocks.map((block) => (
                    <tr key={block.id}>
                      <td>{block.hotel}</td>
                      <td>{block.roomType}</td>
                      <td>{day(block.checkIn)}</td>
                      <td>{day(block.checkOut)}</td>
                      <td>{t('booked', { booked: block.roomsBooked, available: block.roomsAvailable })}</td>
                      <td>
                        {block.guests.length === 0
                          ? '–'
                          : block.guests.map((guest) => `${guest.fullName}${guest.delegation ? ` (${guest.delegation})` : ''}`).join(', ')}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          disabled={remove.isPending}
                          onClick={async () => {
                            if (
                              await confirm({
                                title: t('remove'),
                                message: t('removeConfirm', { hotel: block.hotel, roomType: block.roomType }),
                                confirmLabel: t('remove'),
                                danger: true,
                              })
                            )
                              remove.mutate(block.id);
                          }}
                        >
                          {t('remove')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button
                type="button"
                className="secondary"
                disabled={busy !== null}
                onClick={() => download(`/events/${slug}/rooming-list.csv`, 'rooming-list.csv')}
              >
                {t('downloadRooming')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy !== null}
                onClick={() => download(`/events/${slug}/rooming-list.pdf?language=${i18n.language}`, 'rooming-list.pdf')}
              >
                {t('downloadRoomingPdf')}
              </button>
            </>
          )
        }
      </QueryView>
      <h3 id="add-block-heading">{t('newBlock')}</h3>
      <form key={formKey} onSubmit={submit} noValidate aria-labelledby="add-block-heading" className="row-form">
        <ErrorMessage error={Object.keys(errors).length ? null : add.error} />
        <Field label={t('hotel')} error={errors.hotel} required>
          {(props) => <input {...props} maxLength={200} value={form.hotel} onChange={(e) => set('hotel')(e.target.value)} />}
        </Field>
        <Field label={t('roomType')} error={errors.roomType} required>
          {(props) => <input {...props} maxLength={100} value={form.roomType} onChange={(e) => set('roomType')(e.target.value)} />}
        </Field>
        <Field label={t('checkIn')} error={errors.checkIn} required>
          {(props) => <DayInput {...props} value={form.checkIn} onChange={set('checkIn')} />}
        </Field>
        <Field label={t('checkOut')} error={errors.checkOut} required>
          {(props) => <DayInput {...props} value={form.checkOut} onChange={set('checkOut')} />}
        </Field>
        <Field label={t('rooms')} error={errors.roomsAvailable} required>
          {(props) => (
            <input {...props} type="number" inputMode="numeric" min={0} value={form.roomsAvailable} onChange={(e) => set('roomsAvailable')(e.target.value)} />
          )}
        </Field>
        <Field label={t('note')} error={errors.note}>
          {(props) => <input {...props} maxLength={1000} value={form.note} onChange={(e) => set('note')(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={add.isPending}>
            {t('add')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Transfers({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('hotels');
  const [direction, setDirection] = useState<'arrival' | 'departure'>('arrival');
  const [windowMinutes, setWindowMinutes] = useState(60);
  const { download, busy, error } = useDownload();
  const manifest = useQuery({
    queryKey: ['transfers', slug, direction, windowMinutes],
    queryFn: () => unwrap(api.GET('/events/{slug}/transfers', { params: { path: { slug }, query: { direction, windowMinutes } } })),
  });
  const time = (local: string) => local.slice(11, 16);
  return (
    <section className="card" aria-labelledby="transfers-heading">
      <h2 id="transfers-heading">{t('transfers')}</h2>
      <p>{t('transfersIntro')}</p>
      <div className="field-row">
        <Field label={t('direction')}>
          {(props) => (
            <select {...props} value={direction} onChange={(e) => setDirection(e.target.value as 'arrival' | 'departure')}>
              <option value="arrival">{t('arrival')}</option>
              <option value="departure">{t('departure')}</option>
            </select>
          )}
        </Field>
        <Field label={t('window')}>
          {(props) => (
            <select {...props} value={windowMinutes} onChange={(e) => setWindowMinutes(Number(e.target.value))}>
              {[30, 60, 120, 180].map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t('minutes', { count: minutes })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorMessage error={error} />
      <QueryView query={manifest}>
        {({ windows }) =>
          windows.length === 0 ? (
            <p className="hint">{t('noTransfers')}</p>
          ) : (
            <>
              {windows.map((window) => (
                <div key={`${window.airport}-${window.from}`}>
                  <h3>
                    {window.from.slice(0, 10)} · {t('windowHeading', { airport: window.airport || '–', from: time(window.from), to: time(window.to) })}
                  </h3>
                  <ul>
                    {window.passengers.map((passenger) => (
                      <li key={passenger.registrationId}>
                        {time(passenger.at)} {passenger.flight} — {passenger.fullName}
                        {passenger.delegation ? ` (${passenger.delegation})` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <button
                type="button"
                className="secondary"
                disabled={busy !== null}
                onClick={() => download(`/events/${slug}/transfers.csv?direction=${direction}&windowMinutes=${windowMinutes}`, `transfers-${direction}.csv`)}
              >
                {t('downloadTransfers')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy !== null}
                onClick={() =>
                  download(
                    `/events/${slug}/transfers.pdf?direction=${direction}&windowMinutes=${windowMinutes}&language=${i18n.language}`,
                    `transfers-${direction}.pdf`,
                  )
                }
              >
                {t('downloadTransfersPdf')}
              </button>
            </>
          )
        }
      </QueryView>
    </section>
  );
}
