import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'wouter';
import { api, type Schemas, unwrap } from '../api/client';
import { QueryView } from '../ui/components';
import { useEventDetails } from '../ui/event-query';
import { formatDateTime, zoneLabel } from '../ui/time';
import { awardKeys, formatNumber, quotaOf, REGIONS, type Round, useRound } from './award-data';
import { RoundShell } from './award-shell';
import { RoundForm } from './round-form';
import { RoundStatus } from './rounds-page';

/** One round: its rules, quotas per region, weighted criteria and deadlines; changed in place. */
export function RoundPage() {
  const { slug, roundId } = useParams<{ slug: string; roundId: string }>();
  const { t } = useTranslation('awards');
  const round = useRound(slug, roundId);
  // The form edits the texts as entered; the page shows them in the reader's language.
  const entered = useRound(slug, roundId, { asEntered: true });
  const event = useEventDetails(slug);
  const [params] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const client = useQueryClient();
  const update = useMutation({
    mutationFn: (body: Schemas['UpdateRoundDto']) => unwrap(api.PATCH('/events/{slug}/awards/rounds/{roundId}', { params: { path: { slug, roundId } }, body })),
    onSuccess: (updated) => {
      client.setQueryData(awardKeys.round(slug, roundId), updated);
      void client.invalidateQueries({ queryKey: awardKeys.rounds(slug) });
      setEditing(false);
      setSaved(true);
    },
  });
  const zone = event.data?.timeZone ?? 'UTC';

  return (
    <RoundShell slug={slug} roundId={roundId} title={round.data?.name ?? t('round.title')}>
      <QueryView query={round}>
        {(data) => (
          <>
            {params.get('created') && !saved && (
              <p className="notice" role="status">
                {t('round.created')}
              </p>
            )}
            {saved && (
              <p className="notice" role="status">
                {t('round.saved')}
              </p>
            )}
            {editing && event.data ? (
              <RoundForm
                round={entered.data ?? data}
                zone={zone}
                languages={event.data.languages.slice(1)}
                pending={update.isPending}
                error={update.error}
                onUpdate={(body) => update.mutate(body)}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <>
                <RoundDetails round={data} zone={zone} />
                {!data.releasedAt && (
                  <p>
                    <button
                      type="button"
                      onClick={() => {
                        setSaved(false);
                        setEditing(true);
                      }}
                      disabled={!event.data}
                    >
                      {t('round.edit')}
                    </button>
                  </p>
                )}
              </>
            )}
          </>
        )}
      </QueryView>
    </RoundShell>
  );
}

export function RoundDetails({ round, zone }: { round: Round; zone: string }) {
  const { t, i18n } = useTranslation('awards');
  const language = i18n.language;
  const rules = round.rules;
  const off = t('rules.off');
  const totalWeight = round.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return (
    <div className="awards-round-details">
      <p>
        <RoundStatus round={round} /> {t('round.year', { year: round.year })}
      </p>
      {round.description && <p className="awards-round-description">{round.description}</p>}
      <section aria-labelledby="deadlines">
        <h2 id="deadlines">{t('round.deadlines')}</h2>
        <dl className="awards-facts">
          <dt>{t('round.nominationDeadline')}</dt>
          <dd>{formatDateTime(round.nominationDeadline, zone, language)}</dd>
          <dt>{t('round.judgingDeadline')}</dt>
          <dd>{formatDateTime(round.judgingDeadline, zone, language)}</dd>
          <dt>{t('round.releasedAt')}</dt>
          <dd>{round.releasedAt ? formatDateTime(round.releasedAt, zone, language) : t('round.notReleased')}</dd>
        </dl>
        <p className="zone-note">{t('allTimesIn', { zone: zoneLabel(zone) })}</p>
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules">{t('round.rules')}</h2>
        <ul className="awards-rules">
          <li>{rules.gnlcMembershipRequired ? t('rules.describe.gnlcRequired') : t('rules.describe.gnlcNotRequired')}</li>
          <li>
            {t('rules.gnlcMinMembershipMonths')}: {rules.gnlcMinMembershipMonths ?? off}
          </li>
          <li>
            {t('rules.minPopulation')}: {rules.minPopulation === null ? off : formatNumber(rules.minPopulation, language)}
          </li>
          <li>
            {t('rules.yearsSinceLastAward')}: {rules.yearsSinceLastAward ?? off}
          </li>
          <li>
            {t('rules.maxNominationsPerBody')}: {rules.maxNominationsPerBody ?? off}
          </li>
          <li>
            {t('rules.maxWinnersPerCountry')}: {rules.maxWinnersPerCountry ?? off}
          </li>
          <li>
            {t('rules.maxWinners')}: {rules.maxWinners ?? off}
          </li>
        </ul>
      </section>
      <section aria-labelledby="quotas">
        <h2 id="quotas">{t('round.quotas')}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('round.region')}</th>
                <th scope="col">{t('round.quota')}</th>
              </tr>
            </thead>
            <tbody>
              {REGIONS.map((region) => (
                <tr key={region}>
                  <th scope="row">{t(`regions.${region}`)}</th>
                  <td>{t('round.quotaValue', { count: quotaOf(round, region) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="criteria">
        <h2 id="criteria">{t('round.criteria')}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('round.criterion')}</th>
                <th scope="col">{t('round.weight')}</th>
                <th scope="col">{t('round.share')}</th>
              </tr>
            </thead>
            <tbody>
              {round.criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row">{criterion.name}</th>
                  <td>{formatNumber(criterion.weight, language, 3)}</td>
                  <td>{formatNumber((criterion.weight / totalWeight) * 100, language, 1)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="hint">{t('round.scale')}</p>
      </section>
    </div>
  );
}
