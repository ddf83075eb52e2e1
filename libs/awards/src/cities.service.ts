import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { DataSource, type EntityManager } from 'typeorm';
import { searchName } from './award-regions.js';
import { cityKey, type CityRow, memberMonth, parseCities, problem, validateRow } from './city-import.js';
import type { CityImportLine } from './dto/city-import.dto.js';
import type { CityImportResponse, CityListQuery, CityResponse, CreateCityDto } from './dto/city.dto.js';
import { AwardsError } from './awards.error.js';

const CITY_COLUMNS = `id, name, search_name AS "searchName", country, region, population, gnlc_member_since AS "gnlcMemberSince", last_award_year AS "lastAwardYear"`;

/** The event's registry of cities that may be nominated or recognised. */
@Injectable()
export class CitiesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(event: EventContext, query: CityListQuery): Promise<CityResponse[]> {
    const params: unknown[] = [event.id];
    const where = ['event_id = $1'];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replaceAll('?', `$${params.length}`));
    };
    if (query.q) add(`search_name LIKE '%' || ? || '%'`, searchName(query.q).replace(/[%_\\]/g, '\\$&'));
    if (query.region) add('region = ?', query.region);
    if (query.country) add('country = ?', query.country);
    if (query.gnlcMemberSince) add(`gnlc_member_since LIKE ? || '%'`, query.gnlcMemberSince);
    return this.dataSource.query(`SELECT ${CITY_COLUMNS} FROM award_cities WHERE ${where.join(' AND ')} ORDER BY country, search_name`, params);
  }

  async get(event: EventContext, id: string): Promise<CityResponse> {
    const [city] = await this.dataSource.query(`SELECT ${CITY_COLUMNS} FROM award_cities WHERE event_id = $1 AND id = $2`, [event.id, id]);
    if (!city) throw new AwardsError('CITY_NOT_FOUND', 'No such city in this event’s registry');
    return city;
  }

  async create(event: EventContext, dto: CreateCityDto): Promise<CityResponse> {
    try {
      const [city] = await this.dataSource.query(
        `INSERT INTO award_cities (event_id, name, search_name, country, region, population, gnlc_member_since, last_award_year)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${CITY_COLUMNS}`,
        [
          event.id,
          dto.name.normalize('NFC'),
          searchName(dto.name),
          dto.country,
          dto.region,
          dto.population ?? null,
          dto.gnlcMemberSince ?? null,
          dto.lastAwardYear ?? null,
        ],
      );
      return city;
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION))
        throw new AwardsError('CITY_EXISTS', `${dto.name} (${dto.country}) is already in the registry`, { city: dto.name, country: dto.country });
      throw error;
    }
  }

  async update(event: EventContext, id: string, dto: CreateCityDto): Promise<CityResponse> {
    try {
      const [rows] = await this.dataSource.query(
        `UPDATE award_cities SET name = $3, search_name = $4, country = $5, region = $6, population = $7, gnlc_member_since = $8, last_award_year = $9, updated_at = now()
          WHERE event_id = $1 AND id = $2 RETURNING ${CITY_COLUMNS}`,
        [
          event.id,
          id,
          dto.name.normalize('NFC'),
          searchName(dto.name),
          dto.country,
          dto.region,
          dto.population ?? null,
          dto.gnlcMemberSince ?? null,
          dto.lastAwardYear ?? null,
        ],
      );
      if (!rows?.length) throw new AwardsError('CITY_NOT_FOUND', 'No such city in this event’s registry');
      return rows[0];
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION))
        throw new AwardsError('CITY_EXISTS', `${dto.name} (${dto.country}) is already in the registry`, { city: dto.name, country: dto.country });
      throw error;
    }
  }

  /**
   * Cities from a spreadsheet (CSV, UTF-8), all or nothing: a city already in the registry (same
   * country and name) is updated, a new one added. Every line is tried on a savepoint so one answer
   * lists every wrong line; then the whole import is undone.
   */
  async import(event: EventContext, csv: string): Promise<CityImportResponse> {
    const rows = parseCities(csv);
    const report: CityImportLine[] = [];
    const counts = { created: 0, updated: 0 };
    const rollback = new Error('rollback');
    try {
      await this.dataSource.transaction(async (manager) => {
        const seen = new Map<string, number>();
        for (const [index, row] of rows.entries()) {
          const line = index + 2; // the header is line 1
          const problems = validateRow(row);
          const earlier = seen.get(cityKey(row));
          if (earlier !== undefined)
            problems.push(
              problem('DUPLICATE_LINE', 'name', `${row.name} (${row.country}) is already on line ${earlier}`, {
                line: earlier,
                name: row.name,
                country: row.country,
              }),
            );
          seen.set(cityKey(row), line);
          if (problems.length) {
            report.push({ line, problems });
            continue;
          }
          const failure = await this.tryLine(manager, () => this.upsert(manager, event.id, row, counts));
          if (failure) report.push({ line, problems: [problem('LINE_REFUSED', null, failure)] });
        }
        if (report.length) throw rollback;
      });
    } catch (error) {
      if (error !== rollback) throw error;
      throw new AwardsError('IMPORT_REJECTED', `Nothing was imported: ${report.length} line(s) are wrong`, { lines: report.length, details: report });
    }
    return counts;
  }

  private async tryLine(manager: EntityManager, work: () => Promise<void>): Promise<string | null> {
    await manager.query('SAVEPOINT city_line');
    try {
      await work();
      await manager.query('RELEASE SAVEPOINT city_line');
      return null;
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT city_line');
      return error instanceof Error ? error.message : String(error);
    }
  }

  private async upsert(manager: EntityManager, eventId: string, row: CityRow, counts: CityImportResponse): Promise<void> {
    const optional = (value: string) => (value === '' ? null : Number(value));
    const [{ inserted }] = await manager.query(
      `INSERT INTO award_cities (event_id, name, search_name, country, region, population, gnlc_member_since, last_award_year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (event_id, country, lower(name)) DO UPDATE
         SET name = EXCLUDED.name, search_name = EXCLUDED.search_name, region = EXCLUDED.region, population = EXCLUDED.population,
             gnlc_member_since = EXCLUDED.gnlc_member_since, last_award_year = EXCLUDED.last_award_year, updated_at = now()
       RETURNING (xmax = 0) AS inserted`,
      [
        eventId,
        row.name.normalize('NFC'),
        searchName(row.name),
        row.country,
        row.region,
        optional(row.population),
        memberMonth(row.gnlc_member_since),
        optional(row.last_award_year),
      ],
    );
    if (inserted) counts.created++;
    else counts.updated++;
  }
}
