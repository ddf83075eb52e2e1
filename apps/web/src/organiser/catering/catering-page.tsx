import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorMessage, Field, fieldErrors, QueryView } from '../../ui/components';
import { useConfirm } from '../../ui/confirm-dialog';
import { formatDay } from '../../ui/time';
import { useDownload } from '../../ui/use-download';
import { OrganiserPage } from '../organiser-shell';

type MealKind = components['schemas']['CreateMealDto']['kind'];
const KINDS: MealKind[] = ['breakfast', 'coffee', 'lunch', 'dinner', 'reception'];

/** Every day of the event, so a meal can only be put on one. */
function eventDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${startDate}T00:00:00Z`); day.toISOString().slice(0, 10) <= endDate; day.setUTCDate(day.getUTCDate() + 1))
    days.push(day.toISOString().slice(0, 10));
  return days;
}

/** The meals served and, for each, the plates by dietary need the caterer prepares. */
export function CateringPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation(['catering', 'delegate']);
  return (
    <OrganiserPage slug={slug} title={t('title')}>
      {(event) => <Meals slug={slug} days={eventDays(event.startDate, event.endDate)} />}
    </OrganiserPage>
  );
}

function Meals({ slug, days }: { slug: string; days: string[] }) {
  const { t, i18n } = useTranslation(['catering', 'delegate']);
  const client = useQueryClient();
  const confirm = useConfirm();
  const { download, busy, error: downloadError } = useDownload();
  const [form, setForm] = useState({ day: days[0] ?? '', kind: 'lunch' as MealKind, venue: '' });
  const catering = useQuery({ queryKey: ['catering', slug], queryFn: () => unwrap(api.GET('/events/{slug}/catering', { params: { path: { slug } } })) });
  const add = useMutation({
    mutationFn: () => unwrap(api.POST('/events/{slug}/meals', { params: { path: { slug } }, body: form })),
    onSuccess: (counts) => {
      client.setQueryData(['catering', slug], counts);
      setForm((current) => ({ ...current, venue: '' }));
    },
  });
  const remove = useMutation({
    mutationFn: (mealId: string) => unwrap(api.DELETE('/events/{slug}/meals/{mealId}', { params: { path: { slug, mealId } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['catering', slug] }),
  });
  const errors = fieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const day = (iso: string) => formatDay(iso, i18n.language, 'long');
  // Choices are keys the delegate form translates too; "" and "other" are the caterer page's own lines.
  const need = (kind: 'dietary' | 'accessibility', key: string) =>
    key === '' ? t('noSpecialNeeds') : key === 'other' ? t('other') : t(`needChoices.${kind}.${key}`, { ns: 'delegate', defaultValue: key });
  return (
    <>
      <section className="card" aria-labelledby="meals-heading">
        <h2 id="meals-heading">{t('meals')}</h2>
        <p>{t('intro')}</p>
        <ErrorMessage error={remove.error ?? downloadError} />
        <QueryView query={catering}>
          {({ meals }) =>
            meals.length === 0 ? (
              <p className="hint">{t('none')}</p>
            ) : (
              <>
                {meals.map((meal) => {
                  const name = `${day(meal.day)} · ${t(`kind.${meal.kind}`)}${meal.venue ? ` · ${meal.venue}` : ''}`;
                  return (
                    <div key={meal.id} className="catering-meal">
                      <h3 id={`meal-${meal.id}`}>{name}</h3>
                      <table className="data-table" aria-labelledby={`meal-${meal.id}`}>
                        <thead>
                          <tr>
                            <th scope="col">{t('need')}</th>
                            <th scope="col">{t('confirmed')}</th>
                            <th scope="col">{t('checkedIn')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {meal.needs.map((row) => (
                            <tr key={row.need}>
                              <td>{need('dietary', row.need)}</td>
                              <td>{row.confirmed}</td>
                              <td>{row.checkedIn}</td>
                            </tr>
                          ))}
                        </tbody>
                        <tfoot>
                          <tr>
                            <th scope="row">{t('total')}</th>
                            <td>{meal.confirmed}</td>
                            <td>{meal.checkedIn}</td>
                          </tr>
                        </tfoot>
                      </table>
                      <button
                        type="button"
                        className="secondary"
                        disabled={remove.isPending}
                        onClick={async () => {
                          if (await confirm({ title: t('remove'), message: t('removeConfirm', { meal: name }), confirmLabel: t('remove'), danger: true }))
                            remove.mutate(meal.id);
                        }}
                      >
                        {t('remove')}
                      </button>
                    </div>
                  );
                })}
                <button type="button" className="secondary" disabled={busy !== null} onClick={() => download(`/events/${slug}/catering.csv`, 'catering.csv')}>
                  {t('download')}
                </button>
              </>
            )
          }
        </QueryView>
      </section>
      {catering.data && catering.data.accessibility.length > 0 && (
        <section className="card" aria-labelledby="accessibility-heading">
          <h2 id="accessibility-heading">{t('accessibility')}</h2>
          <p>{t('accessibilityIntro')}</p>
          <table className="data-table" aria-labelledby="accessibility-heading">
            <thead>
              <tr>
                <th scope="col">{t('accessibilityNeed')}</th>
                <th scope="col">{t('confirmed')}</th>
              </tr>
            </thead>
            <tbody>
              {catering.data.accessibility.map((row) => (
                <tr key={row.need}>
                  <td>{need('accessibility', row.need)}</td>
                  <td>{row.confirmed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="secondary"
            disabled={busy !== null}
            onClick={() => download(`/events/${slug}/accessibility.csv`, 'accessibility.csv')}
          >
            {t('downloadAccessibility')}
          </button>
        </section>
      )}
      <section className="card" aria-labelledby="add-meal-heading">
        <h2 id="add-meal-heading">{t('newMeal')}</h2>
        <form onSubmit={submit} noValidate aria-labelledby="add-meal-heading" className="row-form">
          <ErrorMessage error={Object.keys(errors).length ? null : add.error} />
          <Field label={t('day')} error={errors.day} required>
            {(props) => (
              <select {...props} value={form.day} onChange={(e) => setForm({ ...form, day: e.target.value })}>
                {days.map((iso) => (
                  <option key={iso} value={iso}>
                    {day(iso)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('meal')} error={errors.kind} required>
            {(props) => (
              <select {...props} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as MealKind })}>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('venue')} error={errors.venue}>
            {(props) => <input {...props} maxLength={200} value={form.venue} onChange={(e) => setForm({ ...form, venue: e.target.value })} />}
          </Field>
          <div className="actions">
            <button type="submit" disabled={add.isPending}>
              {t('add')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
