import { Injectable } from '@nestjs/common';
import { AuthService, type EventContext } from '@app/auth';
import { Outbox } from '@app/notifications';
import { DataSource } from 'typeorm';
import { REGION_NAMES, type UnescoRegion } from './award-regions.js';
import { tellOutcomes } from './award-notifications.js';
import type { PublicWinnersResponse, RankedNomination, RoundResultsResponse } from './dto/results.dto.js';
import { inLanguage, RoundsService } from './rounds.service.js';
import { AwardsError } from './awards.error.js';
import { requireWinnersAnnounced } from './policies.js';

/**
 * The ranking, per region. Order: weighted mean score, highest first (unscored last); then more
 * jurors who scored; then the earlier nomination; then the nomination id. The weighted mean is
 * Σ(score × weight) / Σ(weight) over every score given, computed exactly in numeric arithmetic.
 */
export const RANKING_ORDER = 'mean DESC NULLS LAST, jurors DESC, created_at, id';

/** Results, winners held within each region's quota by the database, and their release. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly outbox: Outbox,
    private readonly auth: AuthService,
  ) {}

  async results(event: EventContext, roundId: string): Promise<RoundResultsResponse> {
    const round = await this.rounds.find(event, roundId);
    const rows: (Omit<RankedNomination, 'confirmedAt' | 'confirmedBy'> & { region: UnescoRegion; confirmedAt: Date | null; confirmedById: string | null })[] =
      await this.dataSource.query(
        `WITH scored AS (
         SELECT n.id, c.name AS city, c.country, c.region, n.created_at, n.winner, n.confirmed_at, n.confirmed_by,
                (SELECT sum(s.score * k.weight) / sum(k.weight) FROM award_scores s JOIN award_criteria k ON k.id = s.criterion_id WHERE s.nomination_id = n.id) AS mean,
                (SELECT count(DISTINCT s.user_id)::int FROM award_scores s WHERE s.nomination_id = n.id) AS jurors
           FROM award_nominations n JOIN award_cities c ON c.id = n.city_id WHERE n.round_id = $1 AND n.stage = 'shortlisted')
       SELECT row_number() OVER (PARTITION BY region ORDER BY ${RANKING_ORDER})::int AS rank, id AS "nominationId", city, country, region,
              round(mean, 3)::float AS "weightedMean", jurors, created_at AS "submittedAt", winner,
              confirmed_at AS "confirmedAt", confirmed_by AS "confirmedById"
         FROM scored ORDER BY region, rank`,
        [round.id],
      );
    const [{ releasedById }] = await this.dataSource.query(`SELECT released_by AS "releasedById" FROM award_rounds WHERE id = $1`, [round.id]);
    const names = new Map(
      (await this.auth.namesOf([...rows.map((row) => row.confirmedById), releasedById].filter((id): id is string => !!id))).map((person) => [
        person.id,
        person.displayName,
      ]),
    );
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    const counters: { region: string; confirmed: number }[] = await this.dataSource.query(
      `SELECT region, confirmed FROM award_region_winners WHERE round_id = $1`,
      [round.id],
    );
    const overrides: { region: string; quota: number }[] = await this.dataSource.query(`SELECT region, quota FROM award_region_quotas WHERE round_id = $1`, [
      round.id,
    ]);
    const regions = [...new Set(rows.map((row) => row.region))].map((region) => {
      const quota = overrides.find((override) => override.region === region)?.quota ?? round.rules.regionQuota;
      return {
        region,
        regionName: REGION_NAMES[region],
        quota,
        winners: counters.find((counter) => counter.region === region)?.confirmed ?? 0,
        nominations: rows
          .filter((row) => row.region === region)
          .map(({ region: _, confirmedById, confirmedAt, ...row }) => ({
            ...row,
            confirmedAt: confirmedAt ? new Date(confirmedAt).toISOString() : null,
            confirmedBy: nameOf(confirmedById),
            submittedAt: new Date(row.submittedAt).toISOString(),
            shortlisted: row.weightedMean !== null && row.rank <= quota,
          })),
      };
    });
    return {
      roundId: round.id,
      closed: round.closed,
      releasedAt: round.releasedAt ? new Date(round.releasedAt).toISOString() : null,
      releasedBy: nameOf(releasedById),
      regions,
    };
  }

  /**
   * Confirms a winner. The region's counter row is raised by one conditional UPDATE (`confirmed <
   * quota`), which PostgreSQL settles one transaction at a time on the row, and a CHECK backs it: two
   * organisers confirming the last place at once get one winner and one 409.
   */
  async confirmWinner(event: EventContext, roundId: string, nominationId: string, userId: string): Promise<RoundResultsResponse> {
    const round = await this.rounds.find(event, roundId);
    await this.dataSource.transaction(async (manager) => {
      // Shared with other confirmations, exclusive against a release: no winner changes once released.
      const [state] = await manager.query(
        `SELECT released_at IS NOT NULL AS released, judging_deadline <= now() AS closed FROM award_rounds WHERE id = $1 FOR SHARE`,
        [round.id],
      );
      if (state.released) throw new AwardsError('WINNERS_RELEASED', 'The winners of this round have been released and can no longer change');
      if (!state.closed) throw new AwardsError('JUDGING_OPEN', 'Judging is still open; winners are confirmed after the judging deadline');
      const [nomination] = await manager.query(
        `SELECT n.winner, c.name, c.region, c.country FROM award_nominations n JOIN award_cities c ON c.id = n.city_id
          WHERE n.round_id = $1 AND n.id = $2 AND n.stage = 'shortlisted' FOR UPDATE OF n`,
        [round.id, nominationId],
      );
      if (!nomination) throw new AwardsError('NOMINATION_NOT_FOUND', 'No such shortlisted nomination in this round');
      if (nomination.winner) throw new AwardsError('ALREADY_WINNER', `${nomination.name} is already a confirmed winner`, { city: nomination.name });
      // The counter is created with the region's own quota, else the round's default, read under the lock above.
      await manager.query(
        `INSERT INTO award_region_winners (round_id, region, quota)
         SELECT r.id, $2, coalesce((SELECT q.quota FROM award_region_quotas q WHERE q.round_id = r.id AND q.region = $2), r.region_quota)
           FROM award_rounds r WHERE r.id = $1
         ON CONFLICT DO NOTHING`,
        [round.id, nomination.region],
      );
      const [region] = await manager.query(
        `UPDATE award_region_winners SET confirmed = confirmed + 1 WHERE round_id = $1 AND region = $2 AND confirmed < quota RETURNING confirmed`,
        [round.id, nomination.region],
      );
      if (!region?.length) {
        const [{ quota }] = await manager.query(`SELECT quota FROM award_region_winners WHERE round_id = $1 AND region = $2`, [round.id, nomination.region]);
        throw new AwardsError('QUOTA_REACHED', `${REGION_NAMES[nomination.region as UnescoRegion]} already has its quota of ${quota} winner(s) in this round`, {
          region: nomination.region,
          quota,
          details: { rule: 'regionQuota', region: nomination.region, quota },
        });
      }
      await manager.query(`INSERT INTO award_country_winners (round_id, country) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [round.id, nomination.country]);
      const [country] = await manager.query(
        `UPDATE award_country_winners SET confirmed = confirmed + 1, max_winners = $3
          WHERE round_id = $1 AND country = $2 AND ($3::int IS NULL OR confirmed < $3) RETURNING confirmed`,
        [round.id, nomination.country, round.rules.maxWinnersPerCountry],
      );
      if (!country?.length) {
        throw new AwardsError(
          'COUNTRY_LIMIT_REACHED',
          `${nomination.country} already has ${round.rules.maxWinnersPerCountry} winner(s) in this round, the most one country may have`,
          {
            country: nomination.country,
            limit: round.rules.maxWinnersPerCountry,
            details: { rule: 'maxWinnersPerCountry', country: nomination.country, limit: round.rules.maxWinnersPerCountry },
          },
        );
      }
      // The round's own cap, held the same way: its limit travels on the counter row, under a CHECK.
      await manager.query(`INSERT INTO award_round_winners (round_id) VALUES ($1) ON CONFLICT DO NOTHING`, [round.id]);
      const [overall] = await manager.query(
        `UPDATE award_round_winners SET confirmed = confirmed + 1, max_winners = $2 WHERE round_id = $1 AND ($2::int IS NULL OR confirmed < $2) RETURNING confirmed`,
        [round.id, round.rules.maxWinners],
      );
      if (!overall?.length)
        throw new AwardsError('WINNERS_LIMIT_REACHED', `This round already has ${round.rules.maxWinners} winner(s), the most it may have`, {
          limit: round.rules.maxWinners,
          details: { rule: 'maxWinners', limit: round.rules.maxWinners },
        });
      await manager.query(`UPDATE award_nominations SET winner = true, confirmed_at = now(), confirmed_by = $2 WHERE id = $1`, [nominationId, userId]);
    });
    return this.results(event, roundId);
  }

  async withdrawWinner(event: EventContext, roundId: string, nominationId: string): Promise<RoundResultsResponse> {
    const round = await this.rounds.find(event, roundId);
    await this.dataSource.transaction(async (manager) => {
      const [state] = await manager.query(`SELECT released_at IS NOT NULL AS released FROM award_rounds WHERE id = $1 FOR SHARE`, [round.id]);
      if (state.released) throw new AwardsError('WINNERS_RELEASED', 'The winners of this round have been released and can no longer change');
      const [rows] = await manager.query(
        `UPDATE award_nominations n SET winner = false, confirmed_at = NULL, confirmed_by = NULL FROM award_cities c
          WHERE c.id = n.city_id AND n.round_id = $1 AND n.id = $2 AND n.winner RETURNING c.region, c.country`,
        [round.id, nominationId],
      );
      if (!rows?.length) throw new AwardsError('WINNER_NOT_FOUND', 'No such winner in this round');
      await manager.query(`UPDATE award_region_winners SET confirmed = confirmed - 1 WHERE round_id = $1 AND region = $2`, [round.id, rows[0].region]);
      await manager.query(`UPDATE award_country_winners SET confirmed = confirmed - 1 WHERE round_id = $1 AND country = $2`, [round.id, rows[0].country]);
      await manager.query(`UPDATE award_round_winners SET confirmed = confirmed - 1 WHERE round_id = $1`, [round.id]);
    });
    return this.results(event, roundId);
  }

  /**
   * Makes the winners public, now or at a set time (the ceremony), and tells every nominated city
   * its outcome at that time through the outbox.
   */
  async release(event: EventContext, roundId: string, at: string | undefined, userId: string): Promise<{ releasedAt: string; notified: number }> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.find(event, roundId, manager, true);
      if (round.releasedAt)
        throw new AwardsError('WINNERS_RELEASED', `The winners were already released (${new Date(round.releasedAt).toISOString()})`, {
          releasedAt: new Date(round.releasedAt).toISOString(),
        });
      if (!round.closed) throw new AwardsError('JUDGING_OPEN', 'Judging is still open; release the winners after the judging deadline');
      const [{ winners }] = await manager.query(`SELECT count(*)::int AS winners FROM award_nominations WHERE round_id = $1 AND winner`, [round.id]);
      if (winners === 0) throw new AwardsError('NO_WINNER_CONFIRMED', 'No winner has been confirmed yet');
      const [[{ releasedAt, later }]] = await manager.query(
        `UPDATE award_rounds SET released_at = greatest(coalesce($2::timestamptz, now()), now()), released_by = $3 WHERE id = $1
         RETURNING released_at AS "releasedAt", released_at > now() AS later`,
        [round.id, at ?? null, userId],
      );
      const notified = await tellOutcomes(this.outbox, manager, round.eventId, round.id, later ? new Date(releasedAt) : null);
      return { releasedAt: new Date(releasedAt).toISOString(), notified };
    });
  }

  /** The winners, for everyone, once released; until then the round has no public result. */
  async publicWinners(event: EventContext, roundId: string, language?: string): Promise<PublicWinnersResponse> {
    const round = await this.rounds.find(event, roundId);
    const [{ released }] = await this.dataSource.query(`SELECT coalesce($1::timestamptz <= now(), false) AS released`, [round.releasedAt]);
    requireWinnersAnnounced(released);
    const winners = await this.dataSource.query(
      `SELECT c.name AS city, c.country, c.region FROM award_nominations n JOIN award_cities c ON c.id = n.city_id WHERE n.round_id = $1 AND n.winner ORDER BY c.region, c.country, c.search_name`,
      [round.id],
    );
    return {
      roundId: round.id,
      name: inLanguage(round, language).name,
      year: round.year,
      releasedAt: new Date(round.releasedAt!).toISOString(),
      winners: winners.map((winner: { city: string; country: string; region: UnescoRegion }) => ({ ...winner, regionName: REGION_NAMES[winner.region] })),
    };
  }
}
