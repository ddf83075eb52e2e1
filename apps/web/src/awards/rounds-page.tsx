import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { QueryView } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime } from '../ui/time';
import { awardKeys, type Round, useRounds } from './award-data';
import { EventLine, RoleGate } from './award-shell';
import { CommissionsSection } from './commissions-section';
import { RoundForm } from './round-form';

export function RoundStatus({ round }: { round: Round }) {
  const { t } = useTranslation(['awards', 'cities']);
  const now = Date.now();
  const status =
    round.releasedAt && Date.parse(round.releasedAt) <= now
      ? 'released'
      : round.closed
        ? 'closed'
        : Date.parse(round.nominationDeadline) > now
          ? 'nominating'
          : 'judging';
  return <span className={`badge awards-status-${status}`}>{t(`status.${status}`)}</span>;
}

/** The event's award rounds, and a form to open a new one. */
export function RoundsPage() {
  const { slug } = useParams<{ slug: string }>();
  const { t, i18n } = useTranslation(['awards', 'cities']);
  const rounds = useRounds(slug);
  const event = useEventDetails(slug);
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const create = useMutation({
    mutationFn: (body: Schemas['CreateRoundDto']) => unwrap(api.POST('/events/{slug}/awards/rounds', { params: { path: { slug } }, body })),
    onSuccess: async (round) => {
      await client.invalidateQueries({ queryKey: awardKeys.rounds(slug) });
      navigate(`/organiser/events/${slug}/awards/rounds/${round.id}?created=1`);
    },
  });
  const zone = event.data?.timeZone ?? 'UTC';

  return (
    <RoleGate slug={slug} roles={['organiser']}>
      <div className="awards">
        <EventLine slug={slug} />
        <h1>{t('rounds.title')}</h1>
        <p>{t('rounds.intro')}</p>
        <p>
          <Link href={`/organiser/events/${slug}/awards/cities`}>{t('cities:title')}</Link>
          {' · '}
          <Link href={`/organiser/events/${slug}/awards/ceremony`}>{t('rounds.ceremonyLink')}</Link>
          {' · '}
          <Link href={`/organiser/events/${slug}/awards/gnlc`}>{t('gnlc.title')}</Link>
        </p>
        <QueryView query={rounds}>
          {(list) =>
            list.length === 0 ? (
              <p className="awards-empty">{t('rounds.empty')}</p>
            ) : (
              <ul className="card-list">
                {list.map((round) => (
                  <li key={round.id} className="card">
                    <h2>
                      <Link href={`/organiser/events/${slug}/awards/rounds/${round.id}`}>{round.name}</Link>
                    </h2>
                    <p>
                      <RoundStatus round={round} />
                    </p>
                    <dl className="awards-facts">
                      <dt>{t('round.nominationDeadline')}</dt>
                      <dd>{formatDateTime(round.nominationDeadline, zone, i18n.language)}</dd>
                      <dt>{t('round.judgingDeadline')}</dt>
                      <dd>{formatDateTime(round.judgingDeadline, zone, i18n.language)}</dd>
                      <dt>{t('round.criteriaCount')}</dt>
                      <dd>{round.criteria.length}</dd>
                    </dl>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
        <section aria-labelledby="new-round">
          <h2 id="new-round">{t('rounds.newTitle')}</h2>
          {creating && event.data ? (
            <RoundForm
              zone={zone}
              languages={event.data.languages.slice(1)}
              pending={create.isPending}
              error={create.error}
              onCreate={(body) => create.mutate(body)}
              onCancel={() => setCreating(false)}
            />
          ) : (
            <button type="button" onClick={() => setCreating(true)} disabled={!event.data}>
              {t('rounds.new')}
            </button>
          )}
        </section>
        <CommissionsSection slug={slug} />
      </div>
    </RoleGate>
  );
}
