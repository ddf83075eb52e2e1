import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { isConstraintViolation, PG_CHECK_VIOLATION, PG_UNIQUE_VIOLATION } from '@app/database';
import { translated, type Translations } from '@app/config';
import { assertTranslatable } from '@app/events';
import { DataSource, type EntityManager } from 'typeorm';
import type { AwardRules } from './eligibility.js';
import type { CreateRoundDto, CriterionDto, RegionQuotaDto, RoundResponse, RoundRulesDto, UpdateRoundDto } from './dto/round.dto.js';
import { AwardsError } from './awards.error.js';

export interface RoundRow {
  id: string;
  eventId: string;
  name: string;
  description: string;
  translations: Translations<'name' | 'description'>;
  year: number;
  rules: AwardRules;
  nominationDeadline: Date;
  judgingDeadline: Date;
  releasedAt: Date | null;
  closed: boolean;
}

const RULE_COLUMNS: Record<keyof AwardRules, string> = {
  gnlcMembershipRequired: 'gnlc_membership_required',
  gnlcMinMembershipMonths: 'gnlc_min_membership_months',
  minPopulation: 'min_population',
  yearsSinceLastAward: 'years_since_last_award',
  maxNominationsPerBody: 'max_nominations_per_body',
  maxWinnersPerCountry: 'max_winners_per_country',
  maxWinners: 'max_winners',
  regionQuota: 'region_quota',
};

const DEFAULT_RULES: AwardRules = {
  gnlcMembershipRequired: true,
  gnlcMinMembershipMonths: null,
  minPopulation: null,
  yearsSinceLastAward: null,
  maxNominationsPerBody: null,
  maxWinnersPerCountry: 1,
  maxWinners: null,
  regionQuota: 6,
};

/** Award rounds of an event: rules, criteria and deadlines. */
@Injectable()
export class RoundsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The round, within the event; `lock` takes its row for the rest of the caller's transaction. */
  async find(event: EventContext, roundId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<RoundRow> {
    const rules = Object.entries(RULE_COLUMNS)
      .map(([key, column]) => `'${key}', ${column}`)
      .join(', ');
    const [round] = await manager.query(
      `SELECT id, event_id AS "eventId", name, description, translations, year, json_build_object(${rules}) AS rules,
              nomination_deadline AS "nominationDeadline", judging_deadline AS "judgingDeadline", released_at AS "releasedAt",
              judging_deadline <= now() AS closed
         FROM award_rounds WHERE event_id = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [event.id, roundId],
    );
    if (!round) throw new AwardsError('ROUND_NOT_FOUND', 'No such award round in this event');
    return round;
  }

  /** `language`: the reader's, for names and descriptions where the organiser gave them (else the event's first). */
  async list(event: EventContext, language?: string): Promise<RoundResponse[]> {
    const ids: { id: string }[] = await this.dataSource.query(`SELECT id FROM award_rounds WHERE event_id = $1 ORDER BY year DESC, name`, [event.id]);
    return Promise.all(ids.map(({ id }) => this.get(event, id, language)));
  }

  async get(event: EventContext, roundId: string, language?: string): Promise<RoundResponse> {
    const round = await this.find(event, roundId);
    const criteria: { id: string; name: string; description: string; translations: Translations<'name' | 'description'>; weight: number }[] =
      await this.dataSource.query(
        `SELECT id, name, description, translations, weight::float AS weight FROM award_criteria WHERE round_id = $1 ORDER BY position`,
        [round.id],
      );
    const regionQuotas = await this.dataSource.query(`SELECT region, quota FROM award_region_quotas WHERE round_id = $1 ORDER BY region`, [round.id]);
    return {
      id: round.id,
      ...inLanguage(round, language),
      translations: round.translations,
      year: round.year,
      rules: round.rules,
      regionQuotas,
      criteria: criteria.map((criterion) => ({ ...criterion, ...inLanguage(criterion, language) })),
      nominationDeadline: new Date(round.nominationDeadline).toISOString(),
      judgingDeadline: new Date(round.judgingDeadline).toISOString(),
      closed: round.closed,
      releasedAt: round.releasedAt ? new Date(round.releasedAt).toISOString() : null,
    };
  }

  async create(event: EventContext, dto: CreateRoundDto): Promise<RoundResponse> {
    requireDistinctRegions(dto.regionQuotas);
    requireOffered(event, dto);
    const rules = { ...DEFAULT_RULES, ...definedRules(dto.rules) };
    const id = await this.explain(() =>
      this.dataSource.transaction(async (manager) => {
        const columns = Object.values(RULE_COLUMNS);
        const [{ id }] = await manager.query(
          `INSERT INTO award_rounds (event_id, name, description, translations, year, nomination_deadline, judging_deadline, ${columns.join(', ')})
           VALUES ($1, $2, $3, $4, $5, $6, $7, ${columns.map((_, i) => `$${i + 8}`).join(', ')}) RETURNING id`,
          [
            event.id,
            dto.name,
            dto.description ?? '',
            dto.translations ?? {},
            dto.year,
            dto.nominationDeadline,
            dto.judgingDeadline,
            ...Object.keys(RULE_COLUMNS).map((key) => rules[key as keyof AwardRules]),
          ],
        );
        await this.replaceCriteria(manager, id, dto.criteria);
        await this.setRegionQuotas(manager, id, dto.regionQuotas ?? []);
        return id as string;
      }),
    );
    return this.get(event, id);
  }

  async update(event: EventContext, roundId: string, dto: UpdateRoundDto): Promise<RoundResponse> {
    requireDistinctRegions(dto.regionQuotas);
    requireOffered(event, dto);
    await this.explain(() =>
      this.dataSource.transaction(async (manager) => {
        const round = await this.find(event, roundId, manager, true);
        if (round.releasedAt) throw new AwardsError('WINNERS_RELEASED', 'The winners of this round have been released; it can no longer change');
        const sets: string[] = [];
        const params: unknown[] = [round.id];
        const set = (column: string, value: unknown) => {
          params.push(value);
          sets.push(`${column} = $${params.length}`);
        };
        if (dto.name !== undefined) set('name', dto.name);
        if (dto.description !== undefined) set('description', dto.description);
        if (dto.translations !== undefined) set('translations', dto.translations);
        if (dto.nominationDeadline !== undefined) set('nomination_deadline', dto.nominationDeadline);
        if (dto.judgingDeadline !== undefined) set('judging_deadline', dto.judgingDeadline);
        for (const [key, value] of Object.entries(definedRules(dto.rules))) set(RULE_COLUMNS[key as keyof AwardRules], value);
        if (sets.length) await manager.query(`UPDATE award_rounds SET ${sets.join(', ')} WHERE id = $1`, params);
        if (dto.regionQuotas?.length) await this.setRegionQuotas(manager, round.id, dto.regionQuotas);
        if (dto.rules?.regionQuota !== undefined || dto.regionQuotas?.length) {
          // The counters carry the quota their CHECK holds winners to (the region's own, else the round's default):
          // lowering one below the winners confirmed fails.
          await manager.query(
            `UPDATE award_region_winners w
                SET quota = coalesce((SELECT q.quota FROM award_region_quotas q WHERE q.round_id = w.round_id AND q.region = w.region),
                                     (SELECT r.region_quota FROM award_rounds r WHERE r.id = w.round_id))
              WHERE w.round_id = $1`,
            [round.id],
          );
        }
        if (dto.criteria) {
          const [{ scored }] = await manager.query(
            `SELECT EXISTS (SELECT 1 FROM award_scores s JOIN award_criteria c ON c.id = s.criterion_id WHERE c.round_id = $1) AS scored`,
            [round.id],
          );
          if (scored) throw new AwardsError('CRITERIA_SCORED', 'Jurors have already scored against these criteria; they can no longer be replaced');
          await manager.query(`DELETE FROM award_criteria WHERE round_id = $1`, [round.id]);
          await this.replaceCriteria(manager, round.id, dto.criteria);
        }
      }),
    );
    return this.get(event, roundId);
  }

  /** Sets each listed region's own quota; a null quota returns the region to the round's default. */
  private async setRegionQuotas(manager: EntityManager, roundId: string, quotas: RegionQuotaDto[]): Promise<void> {
    for (const { region, quota } of quotas) {
      if (quota === null) {
        await manager.query(`DELETE FROM award_region_quotas WHERE round_id = $1 AND region = $2`, [roundId, region]);
      } else {
        await manager.query(
          `INSERT INTO award_region_quotas (round_id, region, quota) VALUES ($1, $2, $3) ON CONFLICT (round_id, region) DO UPDATE SET quota = EXCLUDED.quota`,
          [roundId, region, quota],
        );
      }
    }
  }

  private async replaceCriteria(manager: EntityManager, roundId: string, criteria: CriterionDto[]): Promise<void> {
    await manager.query(
      `INSERT INTO award_criteria (round_id, position, name, description, translations, weight)
       SELECT $1, c.n - 1, c.name, c.description, c.translations, c.weight FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::numeric[]) WITH ORDINALITY AS c(name, description, translations, weight, n)`,
      [
        roundId,
        criteria.map((criterion) => criterion.name),
        criteria.map((criterion) => criterion.description ?? ''),
        criteria.map((criterion) => JSON.stringify(criterion.translations ?? {})),
        criteria.map((criterion) => criterion.weight),
      ],
    );
  }

  private async explain<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'award_rounds_name_key'))
        throw new AwardsError('ROUND_NAME_TAKEN', 'The event already has a round of that name');
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'award_rounds_deadlines'))
        throw new AwardsError('DEADLINES_REVERSED', 'The judging deadline must come after the nomination deadline');
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'award_region_winners_quota')) {
        throw new AwardsError('QUOTA_BELOW_CONFIRMED', 'A region already has more confirmed winners than the new quota; withdraw some winners first');
      }
      throw error;
    }
  }
}

/** A round's or criterion's name and description in the reader's language, else the event's first. */
export function inLanguage(
  texts: { name: string; description: string; translations: Translations<'name' | 'description'> },
  language: string | undefined,
): { name: string; description: string } {
  return {
    name: translated(texts.name, texts.translations, 'name', language),
    description: translated(texts.description, texts.translations, 'description', language),
  };
}

/** Translations of the round and its criteria only into languages the event offers (422 LANGUAGE_NOT_OFFERED). */
function requireOffered(event: EventContext, dto: CreateRoundDto | UpdateRoundDto): void {
  assertTranslatable(dto.translations, event.languages);
  for (const criterion of dto.criteria ?? []) assertTranslatable(criterion.translations, event.languages);
}

function requireDistinctRegions(quotas: RegionQuotaDto[] | undefined): void {
  const regions = (quotas ?? []).map((quota) => quota.region);
  const repeated = regions.filter((region, i) => regions.indexOf(region) !== i);
  if (repeated.length) {
    throw new AwardsError('REGION_QUOTA_REPEATED', `Each region may have one quota; repeated: ${[...new Set(repeated)].join(', ')}`, {
      regions: [...new Set(repeated)],
      details: [{ field: 'regionQuotas', messages: ['each region once'] }],
    });
  }
}

function definedRules(rules: RoundRulesDto | undefined): Partial<AwardRules> {
  return Object.fromEntries(Object.entries(rules ?? {}).filter(([key, value]) => key in RULE_COLUMNS && value !== undefined)) as Partial<AwardRules>;
}
