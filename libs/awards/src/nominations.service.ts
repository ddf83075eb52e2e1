import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateNominationDto, DossierDocumentResponse, NominationAdminResponse, NominationResponse } from './dto/nomination.dto.js';
import { failedRules, nominationsPerBodyRule } from './eligibility.js';
import { CommissionsService } from './commissions.service.js';
import { RepresentativesService } from './representatives.service.js';
import { recordTransition } from './application-stages.js';
import { type RoundRow, RoundsService } from './rounds.service.js';
import { AwardsError } from './awards.error.js';

export const NOMINATION_COLUMNS = `n.id, n.round_id AS "roundId", n.city_id AS "cityId", c.name AS city, c.country, c.region,
  n.commission_id AS "commissionId", (SELECT m.name FROM award_commissions m WHERE m.id = n.commission_id) AS "nominatingBody", n.summary, n.created_at AS "createdAt"`;
const ADMIN_COLUMNS = `, n.contact_name AS "contactName", n.contact_email AS "contactEmail", n.contact_language AS "contactLanguage", n.winner`;

/** Nominations of cities to a round, checked against every rule of the round on submission. */
@Injectable()
export class NominationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly representatives: RepresentativesService,
    private readonly commissions: CommissionsService,
  ) {}

  /**
   * Nominates a city. An organiser may nominate any city of the registry; a representative only a
   * city they represent (403 otherwise), checked before its eligibility.
   */
  async nominate(
    event: EventContext,
    roundId: string,
    dto: CreateNominationDto,
    user: { id: string; isPlatformAdmin: boolean },
  ): Promise<NominationAdminResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      // The round's row is held until commit, so two nominations by one body cannot both pass its limit.
      const round = await this.rounds.find(event, roundId, manager, true);
      const [{ open }] = await manager.query(`SELECT now() < $1::timestamptz AS open`, [round.nominationDeadline]);
      if (!open)
        throw new AwardsError('NOMINATIONS_CLOSED', `Nominations for this round closed at ${new Date(round.nominationDeadline).toISOString()}`, {
          closedAt: new Date(round.nominationDeadline).toISOString(),
        });
      const [city] = await manager.query(
        `SELECT id, name, country, population, gnlc_member_since AS "gnlcMemberSince", last_award_year AS "lastAwardYear" FROM award_cities WHERE event_id = $1 AND id = $2`,
        [round.eventId, dto.cityId],
      );
      if (!city)
        throw new AwardsError('CITY_NOT_IN_REGISTRY', 'The city is not in this event’s registry', {
          details: [{ field: 'cityId', messages: ['unknown city'] }],
        });
      const commission = await this.commissions.forNomination(manager, round.eventId, dto.commissionId);
      // A Commission's officers nominate any city of their country; otherwise organisers, or the city's representatives.
      if (!(await this.commissions.isContact(manager, event, commission.id, user.id)))
        await this.representatives.requireMayNominate(manager, event, city.id, user.id, city.name);
      if (commission.country !== city.country)
        throw new AwardsError(
          'COMMISSION_OTHER_COUNTRY',
          `${commission.name} nominates cities of ${commission.country} only, and ${city.name} is in ${city.country}`,
          {
            city: city.name,
            commission: commission.name,
            details: [{ field: 'commissionId', messages: ['a National Commission nominates only its own country’s cities'] }],
          },
        );
      // Said before any rule: a second nomination of the city is a conflict, whatever else it fails.
      const [already] = await manager.query(`SELECT 1 FROM award_nominations WHERE round_id = $1 AND city_id = $2`, [round.id, city.id]);
      if (already) throw new AwardsError('ALREADY_NOMINATED', `${city.name} is already nominated in this round`, { city: city.name });
      await this.requireEligible(manager, round, city, commission, true);
      await this.countNomination(manager, round.id, commission, round.rules.maxNominationsPerBody, city.name);
      try {
        // Entered directly by an organiser or a Commission, a nomination skips the application stages.
        const [{ id }] = await manager.query(
          `INSERT INTO award_nominations (round_id, city_id, commission_id, contact_name, contact_email, contact_language, summary, nominated_by, stage)
           VALUES ($1, $2, $3, $4, lower($5), $6, $7, $8, 'shortlisted') RETURNING id`,
          [round.id, city.id, commission.id, dto.contactName, dto.contactEmail, dto.contactLanguage ?? 'en', dto.summary ?? '', user.id],
        );
        await recordTransition(manager, id, null, 'shortlisted', user.id, '');
        for (const document of dto.documents ?? []) {
          await manager.query(`INSERT INTO award_nomination_documents (nomination_id, filename, content_type, size_bytes) VALUES ($1, $2, $3, $4)`, [
            id,
            document.filename,
            document.contentType,
            document.sizeBytes ?? null,
          ]);
        }
        return id as string;
      } catch (error) {
        if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'award_nominations_city_key'))
          throw new AwardsError('ALREADY_NOMINATED', `${city.name} is already nominated in this round`, { city: city.name });
        throw error;
      }
    });
    return this.getForOrganiser(event, roundId, id);
  }

  /**
   * Refuses (NOT_ELIGIBLE, every failed rule named) a city the round's rules exclude. With `countBody`
   * the Commission's nominations so far count too; an application counts them only when endorsed.
   */
  async requireEligible(
    manager: EntityManager,
    round: RoundRow,
    city: { id: string; name: string; population: number | null; gnlcMemberSince: string | null; lastAwardYear: number | null },
    commission: { id: string; name: string },
    countBody: boolean,
  ): Promise<void> {
    // Only wins already public count: an unreleased winner of another round must not show through
    // a refusal (nor through an acceptance that would otherwise have been refused).
    const [{ byBody, wonIn }] = await manager.query(
      `SELECT coalesce((SELECT nominations::int FROM award_commission_nominations WHERE round_id = $1 AND commission_id = $2), 0) AS "byBody",
              (SELECT max(r.year)::int FROM award_nominations n JOIN award_rounds r ON r.id = n.round_id
                WHERE n.city_id = $3 AND n.winner AND r.id <> $1 AND r.year <= $4 AND r.released_at <= now()) AS "wonIn"`,
      [round.id, commission.id, city.id, round.year],
    );
    const lastAwardYear = [city.lastAwardYear, wonIn]
      .filter((year) => year !== null)
      .reduce((a: number | null, b: number) => (a === null || b > a ? b : a), null);
    const failed = failedRules({
      rules: countBody ? round.rules : { ...round.rules, maxNominationsPerBody: null },
      roundYear: round.year,
      nominationDeadline: new Date(round.nominationDeadline),
      city,
      commission: commission.name,
      lastAwardYear,
      nominationsByBody: byBody,
    });
    if (failed.length) {
      throw new AwardsError('NOT_ELIGIBLE', `${city.name} is not eligible: ${failed.map((rule) => rule.message).join('; ')}`, {
        city: city.name,
        details: failed,
      });
    }
  }

  /**
   * Raises the Commission's counter for the round by one conditional UPDATE, the limit carried on the
   * row and held by its CHECK: of two officers nominating the last place at once, one is refused.
   */
  async countNomination(
    manager: EntityManager,
    roundId: string,
    commission: { id: string; name: string },
    limit: number | null,
    cityName: string,
    refusal?: () => AwardsError,
  ): Promise<void> {
    await manager.query(`INSERT INTO award_commission_nominations (round_id, commission_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [roundId, commission.id]);
    const [raised] = await manager.query(
      `UPDATE award_commission_nominations SET nominations = nominations + 1, max_nominations = $3
        WHERE round_id = $1 AND commission_id = $2 AND ($3::int IS NULL OR nominations < $3) RETURNING nominations`,
      [roundId, commission.id, limit],
    );
    if (!raised?.length) {
      if (refusal) throw refusal();
      const rule = nominationsPerBodyRule(commission.name, limit!, limit!);
      throw new AwardsError('NOT_ELIGIBLE', `${cityName} is not eligible: ${rule.message}`, { city: cityName, details: [rule] });
    }
  }

  async listForOrganiser(event: EventContext, roundId: string): Promise<NominationAdminResponse[]> {
    const round = await this.rounds.find(event, roundId);
    const rows = await this.dataSource.query(
      `SELECT ${NOMINATION_COLUMNS}${ADMIN_COLUMNS} FROM award_nominations n JOIN award_cities c ON c.id = n.city_id WHERE n.round_id = $1 AND n.stage = 'shortlisted' ORDER BY c.region, c.country, c.search_name`,
      [round.id],
    );
    return this.withDocuments<NominationAdminResponse>(this.dataSource.manager, rows);
  }

  async getForOrganiser(event: EventContext, roundId: string, id: string): Promise<NominationAdminResponse> {
    const round = await this.rounds.find(event, roundId);
    const rows = await this.dataSource.query(
      `SELECT ${NOMINATION_COLUMNS}${ADMIN_COLUMNS} FROM award_nominations n JOIN award_cities c ON c.id = n.city_id WHERE n.round_id = $1 AND n.id = $2 AND n.stage IN ('endorsed', 'shortlisted')`,
      [round.id, id],
    );
    if (!rows.length) throw new AwardsError('NOMINATION_NOT_FOUND', 'No such nomination in this round');
    return (await this.withDocuments<NominationAdminResponse>(this.dataSource.manager, rows))[0];
  }

  async withDocuments<T extends NominationResponse>(manager: EntityManager, rows: Omit<T, 'documents'>[]): Promise<T[]> {
    const documents: (DossierDocumentResponse & { nominationId: string })[] = await manager.query(
      `SELECT id, nomination_id AS "nominationId", filename, content_type AS "contentType", size_bytes::float AS "sizeBytes", storage_key IS NOT NULL AS stored
         FROM award_nomination_documents WHERE nomination_id = ANY($1) ORDER BY created_at, filename`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      ...row,
      createdAt: new Date(row.createdAt).toISOString(),
      documents: documents.filter((document) => document.nominationId === row.id).map(({ nominationId: _, ...document }) => document),
    })) as T[];
  }
}
