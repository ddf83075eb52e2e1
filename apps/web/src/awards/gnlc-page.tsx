import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ApiError, api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field, QueryView } from '../ui/components';
import { countryName } from '../ui/countries';
import { CountrySelect } from '../ui/country-select';
import { formatDay } from '../ui/time';
import { useDownload } from '../ui/use-download';
import { EventLine, RoleGate } from './award-shell';

type Intake = Schemas['GnlcIntakeResponse'];
type Session = Schemas['SessionResponse'];
interface Row {
  city: string;
  country: string;
  admittedOn: string;
}

const intakesKey = (slug: string) => ['awards', slug, 'gnlc-intakes'];
const blank = (): Row => ({ city: '', country: '', admittedOn: '' });

/** GNLC membership intakes: the cities UNESCO admitted, the ceremony that recognises them, their certificates. */
export function GnlcPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation('awards');
  const intakes = useQuery({
    queryKey: intakesKey(slug),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/gnlc-intakes', { params: { path: { slug } } })),
  });
  const sessions = useQuery({
    queryKey: ['awards', slug, 'sessions'],
    queryFn: () => unwrap(api.GET('/events/{slug}/sessions', { params: { path: { slug } } })),
  });
  const ceremonies = (sessions.data ?? []).filter((session) => session.type === 'ceremony');
  return (
    <RoleGate slug={slug} roles={['organiser']}>
      <div className="awards">
        <EventLine slug={slug} />
        <nav aria-label={t('breadcrumb')} className="awards-breadcrumb">
          <Link href={`/organiser/events/${slug}/awards`}>{t('rounds.title')}</Link>
        </nav>
        <h1>{t('gnlc.title')}</h1>
        <p>{t('gnlc.intro')}</p>
        <QueryView query={intakes}>
          {(list) => (
            <>
              {list.map((intake) => (
                <IntakeCard key={intake.id} slug={slug} intake={intake} ceremonies={ceremonies} />
              ))}
              <IntakeForm slug={slug} ceremonies={ceremonies} existing={list.map((intake) => intake.year)} />
            </>
          )}
        </QueryView>
      </div>
    </RoleGate>
  );
}

function IntakeCard({ slug, intake, ceremonies }: { slug: string; intake: Intake; ceremonies: Session[] }) {
  const { t, i18n } = useTranslation('awards');
  const pdf = useDownload();
  const [editing, setEditing] = useState(false);
  const headingId = `gnlc-${intake.year}`;
  const session = ceremonies.find((candidate) => candidate.id === intake.sessionId);
  const sessionTitle = session ? (session.title[i18n.language] ?? session.title.en ?? intake.sessionTitle) : intake.sessionTitle;
  return (
    <section aria-labelledby={headingId} className="card awards-ceremony">
      <h2 id={headingId}>{t('gnlc.intakeTitle', { year: intake.year, count: intake.members.length })}</h2>
      <p>
        {sessionTitle && intake.ceremonyStart
          ? t('gnlc.ceremony', {
              title: sessionTitle,
              day: formatDay(intake.ceremonyStart.slice(0, 10), i18n.language),
              time: intake.ceremonyStart.slice(11),
            })
          : t('gnlc.noCeremony')}
      </p>
      <div className="table-scroll">
        <table className="awards-table">
          <thead>
            <tr>
              <th scope="col">{t('gnlc.city')}</th>
              <th scope="col">{t('gnlc.country')}</th>
              <th scope="col">{t('gnlc.admittedOn')}</th>
              <th scope="col">{t('gnlc.certificate')}</th>
            </tr>
          </thead>
          <tbody>
            {intake.members.map((member) => (
              <tr key={member.id}>
                <td>{member.city}</td>
                <td>{countryName(member.country, i18n.language)}</td>
                <td>{formatDay(member.admittedOn, i18n.language)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={pdf.busy !== null}
                    onClick={() =>
                      void pdf.download(
                        `/events/${slug}/awards/gnlc-intakes/${intake.year}/members/${member.id}/certificate.pdf?language=${i18n.language}`,
                        `gnlc-membership-${member.city}.pdf`,
                      )
                    }
                  >
                    {pdf.busy?.includes(member.id) ? t('certificates.preparing') : t('gnlc.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ErrorMessage error={pdf.error} />
      <p>
        <button
          type="button"
          disabled={pdf.busy !== null}
          onClick={() =>
            void pdf.download(
              `/events/${slug}/awards/gnlc-intakes/${intake.year}/certificates.pdf?language=${i18n.language}`,
              `gnlc-membership-${intake.year}.pdf`,
            )
          }
        >
          {t('gnlc.downloadAll')}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {t('gnlc.edit')}
        </button>
      </p>
      {editing && <IntakeForm slug={slug} ceremonies={ceremonies} intake={intake} onDone={() => setEditing(false)} />}
    </section>
  );
}

function IntakeForm({
  slug,
  ceremonies,
  intake,
  existing = [],
  onDone,
}: {
  slug: string;
  ceremonies: Session[];
  intake?: Intake;
  existing?: number[];
  onDone?: () => void;
}) {
  const { t, i18n } = useTranslation('awards');
  const client = useQueryClient();
  const [year, setYear] = useState(String(intake?.year ?? new Date().getFullYear()));
  const [sessionId, setSessionId] = useState(intake?.sessionId ?? ceremonies[0]?.id ?? '');
  const [rows, setRows] = useState<Row[]>(intake ? intake.members.map(({ city, country, admittedOn }) => ({ city, country, admittedOn })) : [blank()]);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/events/{slug}/awards/gnlc-intakes/{year}', {
          params: { path: { slug, year: Number(year) } },
          body: { ...(sessionId ? { sessionId } : {}), members: rows.filter((row) => row.city.trim()) },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: intakesKey(slug) });
      setSaved(true);
      if (!intake) setRows([blank()]);
      onDone?.();
    },
  });
  const problems = save.error instanceof ApiError && Array.isArray(save.error.details) ? (save.error.details as string[]) : [];
  const change = (index: number, patch: Partial<Row>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate();
  };
  const title = (session: Session) => session.title[i18n.language] ?? session.title.en ?? Object.values(session.title)[0] ?? '';
  return (
    <form onSubmit={submit} noValidate className={intake ? 'awards-form' : 'card awards-form'}>
      {!intake && <h2>{t('gnlc.newTitle')}</h2>}
      <ErrorMessage error={save.error} />
      {problems.length > 0 && (
        <ul className="field-error">
          {problems.map((problem) => (
            <li key={String(problem)}>{String(problem)}</li>
          ))}
        </ul>
      )}
      {!intake && (
        <Field label={t('gnlc.year')} required hint={existing.includes(Number(year)) ? t('gnlc.yearExists') : undefined}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={2013} max={2200} value={year} onChange={(e) => setYear(e.target.value)} />}
        </Field>
      )}
      <Field label={t('gnlc.ceremonyLabel')} hint={t('gnlc.ceremonyHint')}>
        {(props) => (
          <select {...props} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            <option value="">{t('gnlc.noCeremonyOption')}</option>
            {ceremonies.map((session) => (
              <option key={session.id} value={session.id}>
                {title(session)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rows.map((row, index) => (
        <fieldset key={index} className="awards-gnlc-row">
          <legend>{t('gnlc.member', { number: index + 1 })}</legend>
          <Field label={t('gnlc.city')} required>
            {(props) => <input {...props} maxLength={200} value={row.city} onChange={(e) => change(index, { city: e.target.value })} />}
          </Field>
          <Field label={t('gnlc.country')} required>
            {(props) => <CountrySelect {...props} value={row.country} onChange={(country) => change(index, { country })} />}
          </Field>
          <Field label={t('gnlc.admittedOn')} required>
            {(props) => <input {...props} type="date" value={row.admittedOn} onChange={(e) => change(index, { admittedOn: e.target.value })} />}
          </Field>
          {rows.length > 1 && (
            <button type="button" className="secondary" onClick={() => setRows(rows.filter((_, at) => at !== index))}>
              {t('gnlc.removeMember')}
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button type="button" className="secondary" onClick={() => setRows([...rows, blank()])}>
          {t('gnlc.addMember')}
        </button>
      </p>
      {saved && (
        <p className="notice" role="status">
          {t('gnlc.saved')}
        </p>
      )}
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? t('saving') : t('gnlc.save')}
      </button>
    </form>
  );
}
