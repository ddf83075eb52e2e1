import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { DataSource } from 'typeorm';
import type {
  AddJurorDto,
  AssignNominationsDto,
  JurorResponse,
  JurorScoresResponse,
  NominationScoresResponse,
  ScoreResponse,
  SubmitScoresDto,
} from './dto/jury.dto.js';
import type { NominationResponse } from './dto/nomination.dto.js';
import { NOMINATION_COLUMNS, NominationsService } from './nominations.service.js';
import { RoundsService } from './rounds.service.js';
import { AwardsError } from './awards.error.js';

/**
 * The nominations a juror may see: shortlisted, assigned to them, not from their own country, and without a
 * conflict they declared. Every juror query goes through this, so a hidden nomination is simply not
 * found (404), whoever asks for it by id. Parameters: $1 the juror's user id.
 */
const VISIBLE_TO_JUROR = `
  award_assignments a
  JOIN award_jurors j ON j.round_id = a.round_id AND j.user_id = a.user_id
  JOIN award_nominations n ON n.id = a.nomination_id
  JOIN award_cities c ON c.id = n.city_id
  JOIN award_rounds r ON r.id = n.round_id
 WHERE a.user_id = $1
   AND n.stage = 'shortlisted'
   AND c.country <> j.country
   AND NOT EXISTS (SELECT 1 FROM award_conflicts x WHERE x.nomination_id = n.id AND x.user_id = a.user_id)`;

/** Jurors, their assignments and conflicts of interest, and their scores. */
@Injectable()
export class JuryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly nominations: NominationsService,
  ) {}

  /** Jurors of any of the event's rounds. */
  async jurorIds(eventId: string): Promise<string[]> {
    const rows: { userId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT j.user_id AS "userId" FROM award_jurors j JOIN award_rounds r ON r.id = j.round_id WHERE r.event_id = $1`,
      [eventId],
    );
    return rows.map((row) => row.userId);
  }

  async addJuror(event: EventContext, roundId: string, dto: AddJurorDto): Promise<JurorResponse> {
    const round = await this.rounds.find(event, roundId);
    const [{ juror }] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM event_roles WHERE event_id = $1 AND user_id = $2 AND role = 'juror') AS juror`,
      [round.eventId, dto.userId],
    );
    if (!juror)
      throw new AwardsError('JUROR_ROLE_REQUIRED', 'The user must hold the juror role on this event first', {
        details: [{ field: 'userId', messages: ['not a juror of this event'] }],
      });
    await this.dataSource.query(
      `INSERT INTO award_jurors (round_id, user_id, country) VALUES ($1, $2, $3) ON CONFLICT (round_id, user_id) DO UPDATE SET country = EXCLUDED.country`,
      [round.id, dto.userId, dto.country],
    );
    return (await this.jurors(event, roundId)).find((row) => row.userId === dto.userId)!;
  }

  async jurors(event: EventContext, roundId: string): Promise<JurorResponse[]> {
    const round = await this.rounds.find(event, roundId);
    return this.dataSource.query(
      `SELECT j.user_id AS "userId", u.display_name AS "displayName", j.country,
              (SELECT count(*)::int FROM award_assignments a WHERE a.round_id = j.round_id AND a.user_id = j.user_id) AS assigned
         FROM award_jurors j JOIN users u ON u.id = j.user_id WHERE j.round_id = $1 ORDER BY u.display_name`,
      [round.id],
    );
  }

  /**
   * Assigns nominations to a juror. A nomination from the juror's country or one they declared a
   * conflict with is refused, all named; nothing is assigned then.
   */
  async assign(event: EventContext, roundId: string, dto: AssignNominationsDto): Promise<{ assigned: number }> {
    const round = await this.rounds.find(event, roundId);
    return this.dataSource.transaction(async (manager) => {
      const [juror] = await manager.query(`SELECT country FROM award_jurors WHERE round_id = $1 AND user_id = $2`, [round.id, dto.userId]);
      if (!juror)
        throw new AwardsError('NOT_ROUND_JUROR', 'The user is not on this round’s jury', {
          details: [{ field: 'userId', messages: ['not a juror of this round'] }],
        });
      const rows: { id: string; city: string; country: string; stage: string; conflicted: boolean }[] = await manager.query(
        `SELECT n.id, c.name AS city, c.country, n.stage, EXISTS (SELECT 1 FROM award_conflicts x WHERE x.nomination_id = n.id AND x.user_id = $3) AS conflicted
           FROM award_nominations n JOIN award_cities c ON c.id = n.city_id WHERE n.round_id = $1 AND n.id = ANY($2)`,
        [round.id, dto.nominationIds, dto.userId],
      );
      const problems = dto.nominationIds.flatMap((id) => {
        const row = rows.find((candidate) => candidate.id === id);
        if (!row) return [{ nominationId: id, messages: ['no such nomination in this round'] }];
        if (row.stage !== 'shortlisted')
          return [{ nominationId: id, messages: [`${row.city} is not shortlisted; the jury judges shortlisted applications only`] }];
        if (row.country === juror.country) return [{ nominationId: id, messages: [`${row.city} is from the juror’s own country (${row.country})`] }];
        if (row.conflicted) return [{ nominationId: id, messages: [`the juror declared a conflict of interest with ${row.city}`] }];
        return [];
      });
      if (problems.length)
        throw new AwardsError('ASSIGNMENT_REFUSED', `${problems.length} nomination(s) cannot be assigned to this juror`, {
          nominations: problems.length,
          details: problems,
        });
      const added = await manager.query(
        `INSERT INTO award_assignments (nomination_id, round_id, user_id) SELECT unnest($1::uuid[]), $2, $3 ON CONFLICT DO NOTHING RETURNING 1`,
        [dto.nominationIds, round.id, dto.userId],
      );
      return { assigned: added.length };
    });
  }

  /** The juror's own nominations in a round: assigned, not from their country, not conflicted. */
  async myNominations(event: EventContext, roundId: string, userId: string): Promise<NominationResponse[]> {
    const round = await this.rounds.find(event, roundId);
    const rows = await this.dataSource.query(`SELECT ${NOMINATION_COLUMNS} FROM ${VISIBLE_TO_JUROR} AND n.round_id = $2 ORDER BY c.region, c.search_name`, [
      userId,
      round.id,
    ]);
    return this.nominations.withDocuments(this.dataSource.manager, rows);
  }

  async myNomination(event: EventContext, roundId: string, nominationId: string, userId: string): Promise<NominationResponse> {
    const round = await this.rounds.find(event, roundId);
    const rows = await this.dataSource.query(`SELECT ${NOMINATION_COLUMNS} FROM ${VISIBLE_TO_JUROR} AND n.round_id = $2 AND n.id = $3`, [
      userId,
      round.id,
      nominationId,
    ]);
    if (!rows.length) throw new AwardsError('NOMINATION_NOT_FOUND', 'No such nomination among yours');
    return (await this.nominations.withDocuments(this.dataSource.manager, rows))[0];
  }

  /**
   * A juror declares a conflict of interest with a nomination of a round they judge. From then on it
   * is hidden from them, and any scores they gave it are withdrawn.
   */
  async declareConflict(event: EventContext, roundId: string, nominationId: string, userId: string, reason: string): Promise<void> {
    const round = await this.rounds.find(event, roundId);
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT 1 FROM award_nominations n JOIN award_jurors j ON j.round_id = n.round_id AND j.user_id = $3 WHERE n.round_id = $1 AND n.id = $2`,
        [round.id, nominationId, userId],
      );
      if (!row) throw new AwardsError('NOMINATION_NOT_FOUND', 'No such nomination in a round you judge');
      try {
        await manager.query(`INSERT INTO award_conflicts (nomination_id, user_id, reason) VALUES ($1, $2, $3)`, [nominationId, userId, reason]);
      } catch (error) {
        if (isConstraintViolation(error, PG_UNIQUE_VIOLATION))
          throw new AwardsError('CONFLICT_ALREADY_DECLARED', 'You have already declared a conflict with this nomination');
        throw error;
      }
      await manager.query(`DELETE FROM award_scores WHERE nomination_id = $1 AND user_id = $2`, [nominationId, userId]);
    });
  }

  /**
   * Sets the juror's scores for a nomination. One statement checks, as it writes, that the nomination
   * is still theirs to see and the judging deadline has not passed, so neither a conflict declared nor
   * the deadline can slip between a check and the write.
   */
  async score(event: EventContext, roundId: string, nominationId: string, userId: string, dto: SubmitScoresDto): Promise<ScoreResponse[]> {
    const round = await this.rounds.find(event, roundId);
    await this.myNomination(event, roundId, nominationId, userId);
    if (round.closed)
      throw new AwardsError('JUDGING_CLOSED', `Judging closed at ${new Date(round.judgingDeadline).toISOString()}; scores can no longer change`, {
        closedAt: new Date(round.judgingDeadline).toISOString(),
      });
    const criteria: { id: string }[] = await this.dataSource.query(`SELECT id FROM award_criteria WHERE round_id = $1`, [round.id]);
    const unknown = dto.scores.filter((score) => !criteria.some((criterion) => criterion.id === score.criterionId));
    if (unknown.length) {
      throw new AwardsError('UNKNOWN_CRITERIA', 'Some criteria are not this round’s', {
        details: unknown.map((score) => ({ field: 'scores.criterionId', messages: [`unknown criterion ${score.criterionId}`] })),
      });
    }
    if (new Set(dto.scores.map((score) => score.criterionId)).size !== dto.scores.length)
      throw new AwardsError('CRITERION_SCORED_TWICE', 'Each criterion may be scored once');
    await this.dataSource.transaction(async (manager) => {
      for (const score of dto.scores) {
        const written = await manager.query(
          `INSERT INTO award_scores (nomination_id, criterion_id, user_id, score, comment)
           SELECT n.id, $4, $1, $5, $6 FROM ${VISIBLE_TO_JUROR} AND n.round_id = $2 AND n.id = $3 AND r.judging_deadline > now()
           ON CONFLICT (nomination_id, criterion_id, user_id) DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment, updated_at = now()
           RETURNING 1`,
          [userId, round.id, nominationId, score.criterionId, score.score, score.comment ?? ''],
        );
        if (!written.length) throw new AwardsError('SCORING_CLOSED', 'Judging has closed or this nomination is no longer yours to score');
      }
    });
    return this.scores(event, roundId, nominationId, userId);
  }

  /** The juror's own scores; once the round has closed, every juror's scores for the nomination. */
  async scores(event: EventContext, roundId: string, nominationId: string, userId: string): Promise<ScoreResponse[]> {
    const round = await this.rounds.find(event, roundId);
    await this.myNomination(event, roundId, nominationId, userId);
    const rows = await this.dataSource.query(
      `SELECT s.criterion_id AS "criterionId", k.name AS criterion, s.score, s.comment, u.display_name AS juror, s.user_id = $2 AS mine, s.updated_at AS "updatedAt"
         FROM award_scores s JOIN award_criteria k ON k.id = s.criterion_id JOIN users u ON u.id = s.user_id
        WHERE s.nomination_id = $1 AND (s.user_id = $2 OR $3) ORDER BY s.user_id <> $2, u.display_name, k.position`,
      [nominationId, userId, round.closed],
    );
    return rows.map((row: ScoreResponse & { updatedAt: Date }) => ({ ...row, updatedAt: new Date(row.updatedAt).toISOString() }));
  }

  /** Every juror's scores for a nomination, one juror at a time, for the organisers, whether or not the round has closed. */
  async scoresForOrganiser(event: EventContext, roundId: string, nominationId: string): Promise<NominationScoresResponse> {
    const round = await this.rounds.find(event, roundId);
    const [nomination] = await this.dataSource.query(
      `SELECT n.id, c.name AS city, c.country FROM award_nominations n JOIN award_cities c ON c.id = n.city_id WHERE n.round_id = $1 AND n.id = $2`,
      [round.id, nominationId],
    );
    if (!nomination) throw new AwardsError('NOMINATION_NOT_FOUND', 'No such nomination in this round');
    const rows: (JurorScoresResponse['scores'][number] & { userId: string; displayName: string; country: string | null })[] = await this.dataSource.query(
      `SELECT s.user_id AS "userId", u.display_name AS "displayName", j.country, s.criterion_id AS "criterionId", k.name AS criterion, k.weight::float AS weight,
              s.score, s.comment, s.updated_at AS "updatedAt"
         FROM award_scores s JOIN award_criteria k ON k.id = s.criterion_id JOIN users u ON u.id = s.user_id
         LEFT JOIN award_jurors j ON j.round_id = k.round_id AND j.user_id = s.user_id
        WHERE s.nomination_id = $1 ORDER BY u.display_name, s.user_id, k.position`,
      [nomination.id],
    );
    const jurors: JurorScoresResponse[] = [];
    for (const { userId, displayName, country, ...score } of rows) {
      let juror = jurors.find((candidate) => candidate.userId === userId);
      if (!juror) jurors.push((juror = { userId, displayName, country, weightedMean: 0, scores: [] }));
      juror.scores.push({ ...score, updatedAt: new Date(score.updatedAt).toISOString() });
    }
    for (const juror of jurors) {
      const weights = juror.scores.reduce((sum, score) => sum + score.weight, 0);
      juror.weightedMean = Math.round((juror.scores.reduce((sum, score) => sum + score.score * score.weight, 0) / weights) * 1000) / 1000;
    }
    return { nominationId: nomination.id, city: nomination.city, country: nomination.country, jurors };
  }
}
