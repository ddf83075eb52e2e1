import { Injectable } from '@nestjs/common';
import type { EventRef } from '@app/auth';
import { stringifySpreadsheetCsv } from '@app/config';
import { isConstraintViolation, PG_CHECK_VIOLATION } from '@app/database';
import { RegistrationQueryService, RegistrationService } from '@app/registration';
import { DataSource, EntityManager } from 'typeorm';
import { registrationFor } from './delegate-access.js';
import type { TransferManifestResponse, TravelPlanDto, TravelPlanResponse } from './dto/travel.dto.js';
import { LogisticsError } from './logistics.error.js';

const LOCAL = `'YYYY-MM-DD"T"HH24:MI'`;
const PLAN_COLUMNS = `registration_id AS "registrationId", to_char(arrival_at, ${LOCAL}) AS "arrivalAt", coalesce(arrival_flight, '') AS "arrivalFlight",
  coalesce(arrival_airport, '') AS "arrivalAirport", to_char(departure_at, ${LOCAL}) AS "departureAt", coalesce(departure_flight, '') AS "departureFlight",
  coalesce(departure_airport, '') AS "departureAirport", needs_transfer AS "needsTransfer"`;

/** Delegates' arrivals and departures, and the airport-transfer manifests built from them. */
@Injectable()
export class TravelService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly registrationQueries: RegistrationQueryService,
  ) {}

  async plan(token: string, memberId?: string): Promise<TravelPlanResponse> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await registrationFor(this.registrations, manager, token, memberId);
      return this.planOf(manager, registration.id);
    });
  }

  /** Replaces the plan with what is given; fields left out keep their value. */
  async save(token: string, input: TravelPlanDto, memberId?: string): Promise<TravelPlanResponse> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const registration = await registrationFor(this.registrations, manager, token, memberId);
        const keep = (value: unknown) => (value === undefined ? null : value);
        await manager.query(
          `INSERT INTO travel_plans AS t (registration_id, event_id, arrival_at, arrival_flight, arrival_airport, departure_at, departure_flight, departure_airport, needs_transfer)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, true))
           ON CONFLICT (registration_id) DO UPDATE SET
             arrival_at = CASE WHEN $10 THEN EXCLUDED.arrival_at ELSE t.arrival_at END,
             arrival_flight = coalesce($4, t.arrival_flight), arrival_airport = coalesce($5, t.arrival_airport),
             departure_at = CASE WHEN $11 THEN EXCLUDED.departure_at ELSE t.departure_at END,
             departure_flight = coalesce($7, t.departure_flight), departure_airport = coalesce($8, t.departure_airport),
             needs_transfer = coalesce($9, t.needs_transfer), updated_at = now()`,
          [
            registration.id,
            registration.eventId,
            keep(input.arrivalAt),
            input.arrivalFlight?.trim().toUpperCase() ?? null,
            input.arrivalAirport?.trim() ?? null,
            keep(input.departureAt),
            input.departureFlight?.trim().toUpperCase() ?? null,
            input.departureAirport?.trim() ?? null,
            keep(input.needsTransfer),
            input.arrivalAt !== undefined,
            input.departureAt !== undefined,
          ],
        );
        return this.planOf(manager, registration.id);
      });
    } catch (error) {
      if (isConstraintViolation(error, PG_CHECK_VIOLATION, 'travel_plans_order'))
        throw new LogisticsError('TRAVEL_ORDER_INVALID', 'The departure must come after the arrival');
      throw error;
    }
  }

  /**
   * Who to meet at (or take to) each airport, in windows of the given length by local time, for the
   * confirmed delegates who asked for a transfer.
   */
  async manifest(event: EventRef, direction: 'arrival' | 'departure', windowMinutes: number): Promise<TransferManifestResponse> {
    const at = direction === 'arrival' ? 'arrival_at' : 'departure_at';
    const rows: { registrationId: string; airport: string; flight: string; at: string; from: string; to: string }[] = await this.dataSource.query(
      `SELECT registration_id AS "registrationId", coalesce(${direction}_airport, '') AS airport, coalesce(${direction}_flight, '') AS flight,
              to_char(${at}, ${LOCAL}) AS at,
              to_char(date_bin(make_interval(mins => $2), ${at}, timestamp '2000-01-01'), ${LOCAL}) AS "from",
              to_char(date_bin(make_interval(mins => $2), ${at}, timestamp '2000-01-01') + make_interval(mins => $2), ${LOCAL}) AS "to"
         FROM travel_plans WHERE event_id = $1 AND needs_transfer AND ${at} IS NOT NULL
        ORDER BY "from", airport, ${at}, flight`,
      [event.id, windowMinutes],
    );
    const people = await this.registrationQueries.people(
      event.id,
      rows.map((row) => row.registrationId),
    );
    const windows: TransferManifestResponse['windows'] = [];
    for (const row of rows) {
      const person = people.get(row.registrationId);
      if (person?.state !== 'confirmed') continue;
      let window = windows.at(-1);
      if (!window || window.from !== row.from || window.airport !== row.airport) {
        window = { airport: row.airport, from: row.from, to: row.to, passengers: [] };
        windows.push(window);
      }
      window.passengers.push({
        registrationId: row.registrationId,
        fullName: person.fullName,
        country: person.country,
        delegation: person.delegationCity,
        flight: row.flight,
        at: row.at,
      });
    }
    return { direction, windowMinutes, windows };
  }

  async manifestCsv(event: EventRef, direction: 'arrival' | 'departure', windowMinutes: number): Promise<string> {
    const { windows } = await this.manifest(event, direction, windowMinutes);
    const records = windows.flatMap((window) =>
      window.passengers.map((passenger) => [
        window.airport,
        window.from,
        window.to,
        passenger.at,
        passenger.flight,
        passenger.fullName,
        passenger.delegation ?? '',
        passenger.country,
      ]),
    );
    const columns = ['airport', 'windowFrom', 'windowTo', 'time', 'flight', 'fullName', 'delegation', 'country'];
    return '\uFEFF' + stringifySpreadsheetCsv(records, { header: true, columns, record_delimiter: 'windows' });
  }

  private async planOf(manager: EntityManager, registrationId: string): Promise<TravelPlanResponse> {
    const [plan] = await manager.query(`SELECT ${PLAN_COLUMNS} FROM travel_plans WHERE registration_id = $1`, [registrationId]);
    return (
      plan ?? {
        registrationId,
        arrivalAt: null,
        arrivalFlight: '',
        arrivalAirport: '',
        departureAt: null,
        departureFlight: '',
        departureAirport: '',
        needsTransfer: true,
      }
    );
  }
}
