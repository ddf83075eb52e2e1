import { Injectable } from '@nestjs/common';
import { accountNames, type EventContext, roleHoldersAmong } from '@app/auth';
import { DataSource, type EntityManager } from 'typeorm';
import type { AddRepresentativeDto, RepresentativeResponse } from './dto/representative.dto.js';
import { AwardsError } from './awards.error.js';
import { mayNominateAnyCity, requireMayNominate } from './policies.js';

const REPRESENTATIVE_COLUMNS = `r.user_id AS "userId", c.id AS "cityId", c.name AS city, c.country`;

/**
 * A city's representatives: users with the representative role on the event, each linked by the
 * organisers to the cities of the registry they speak for. A representative nominates only those.
 */
@Injectable()
export class RepresentativesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(event: EventContext, cityId: string): Promise<RepresentativeResponse[]> {
    const city = await this.city(event, cityId);
    const rows = await this.withNames(
      await this.dataSource.query(
        `SELECT ${REPRESENTATIVE_COLUMNS} FROM award_city_representatives r JOIN award_cities c ON c.id = r.city_id WHERE r.city_id = $1`,
        [city.id],
      ),
    );
    return rows.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...row }) => row);
  }

  async add(event: EventContext, cityId: string, dto: AddRepresentativeDto): Promise<RepresentativeResponse[]> {
    const city = await this.city(event, cityId);
    const [held] = await roleHoldersAmong(this.dataSource.manager, city.eventId, 'representative', [dto.userId]);
    if (!held) {
      throw new AwardsError('REPRESENTATIVE_ROLE_REQUIRED', 'The user must hold the representative role on this event first', {
        details: [{ field: 'userId', messages: ['not a representative of this event'] }],
      });
    }
    await this.dataSource.query(`INSERT INTO award_city_representatives (city_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [city.id, dto.userId]);
    return this.list(event, cityId);
  }

  async remove(event: EventContext, cityId: string, userId: string): Promise<void> {
    const city = await this.city(event, cityId);
    // For a DELETE, TypeORM answers [rows, count].
    const [removed] = await this.dataSource.query(`DELETE FROM award_city_representatives WHERE city_id = $1 AND user_id = $2 RETURNING 1`, [city.id, userId]);
    if (!removed?.length) throw new AwardsError('NOT_CITY_REPRESENTATIVE', 'That user does not represent this city');
  }

  /**
   * Links a person who now holds the representative role to a city, on the caller's transaction (an
   * accepted invitation to represent a city). The city must be in the event's registry.
   */
  async linkIn(manager: EntityManager, eventId: string, cityId: string, userId: string): Promise<void> {
    const city = await this.cityOf(manager, eventId, cityId);
    await manager.query(`INSERT INTO award_city_representatives (city_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [city.id, userId]);
  }

  /** The registry city a person may be invited to represent: CITY_NOT_FOUND unless it is the event's. */
  async cityOf(manager: EntityManager, eventId: string, cityId: string): Promise<{ id: string; name: string; country: string }> {
    const [city] = await manager.query(`SELECT id, name, country FROM award_cities WHERE event_id = $1 AND id = $2`, [eventId, cityId]);
    if (!city) throw new AwardsError('CITY_NOT_FOUND', 'No such city in this event’s registry');
    return city;
  }

  /** The names of registry cities, by id, for other libraries' listings. */
  async cityNames(manager: EntityManager, cityIds: string[]): Promise<Map<string, string>> {
    if (cityIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM award_cities WHERE id = ANY($1)`, [cityIds]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Every representative of the event with their cities, for the organisers' people page. */
  async ofEvent(eventId: string): Promise<RepresentativeResponse[]> {
    return this.namesInOrder(
      `SELECT ${REPRESENTATIVE_COLUMNS} FROM award_city_representatives r JOIN award_cities c ON c.id = r.city_id
        WHERE c.event_id = $1 ORDER BY c.country, c.search_name`,
      [eventId],
    );
  }

  /** The cities the caller represents in the event. */
  async mine(event: EventContext, userId: string): Promise<RepresentativeResponse[]> {
    return this.namesInOrder(
      `SELECT ${REPRESENTATIVE_COLUMNS} FROM award_city_representatives r JOIN award_cities c ON c.id = r.city_id
        WHERE c.event_id = $1 AND r.user_id = $2 ORDER BY c.country, c.search_name`,
      [event.id, userId],
    );
  }

  /**
   * Refuses (403) a nomination of the city by this caller unless they organise the event (or
   * administer the platform) or represent that very city, with the role still held.
   */
  async requireMayNominate(manager: EntityManager, event: EventContext, cityId: string, userId: string, cityName: string): Promise<void> {
    if (mayNominateAnyCity(event)) return;
    const [linked] = await manager.query(`SELECT 1 FROM award_city_representatives WHERE user_id = $1 AND city_id = $2`, [userId, cityId]);
    const represents = Boolean(linked) && (await roleHoldersAmong(manager, event.id, 'representative', [userId])).length > 0;
    requireMayNominate(event, represents, cityName);
  }

  /** The rows in their own order, each with the person's account name. */
  private async namesInOrder(query: string, params: unknown[]): Promise<RepresentativeResponse[]> {
    return (await this.withNames(await this.dataSource.query(query, params))).map(({ rank: _rank, ...row }) => row);
  }

  /** Adds account names (from auth, one query) and each person's rank by name. */
  private async withNames(rows: Omit<RepresentativeResponse, 'displayName'>[]): Promise<(RepresentativeResponse & { rank: number })[]> {
    const names = await accountNames(
      this.dataSource.manager,
      rows.map((row) => row.userId),
    );
    const byId = new Map(names.map((account, index) => [account.id, { name: account.displayName, rank: index }]));
    return rows.map(({ userId, ...row }) => ({ userId, displayName: byId.get(userId)!.name, ...row, rank: byId.get(userId)!.rank }));
  }

  private async city(event: EventContext, cityId: string): Promise<{ id: string; eventId: string }> {
    const [city] = await this.dataSource.query(`SELECT id, event_id AS "eventId" FROM award_cities WHERE event_id = $1 AND id = $2`, [event.id, cityId]);
    if (!city) throw new AwardsError('CITY_NOT_FOUND', 'No such city in this event’s registry');
    return city;
  }
}
