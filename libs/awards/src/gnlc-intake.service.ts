import { Injectable } from '@nestjs/common';
import type { EventContext } from '@app/auth';
import { countryName, isKnownCountry } from '@app/countries';
import { ProgrammeService } from '@app/programme';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { searchName } from './award-regions.js';
import type { GnlcIntakeResponse, PublicGnlcMemberResponse, SetGnlcIntakeDto } from './dto/gnlc-intake.dto.js';
import { AwardsError } from './awards.error.js';

interface IntakeRow {
  id: string;
  year: number;
  sessionId: string | null;
}

export interface Ceremony {
  id: string;
  title: string;
  start: Date;
  end: Date;
}

/**
 * GNLC membership intakes: the cities UNESCO admitted to the Global Network of Learning Cities, recognised
 * at a ceremony of the event (one run-of-show item each) and public once that ceremony is over.
 */
@Injectable()
export class GnlcIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programme: ProgrammeService,
  ) {}

  async list(event: EventContext): Promise<GnlcIntakeResponse[]> {
    const intakes: IntakeRow[] = await this.dataSource.query(
      `SELECT id, year, session_id AS "sessionId" FROM award_gnlc_intakes WHERE event_id = $1 ORDER BY year DESC`,
      [event.id],
    );
    return Promise.all(intakes.map((intake) => this.describe(event, intake)));
  }

  async get(event: EventContext, year: number): Promise<GnlcIntakeResponse> {
    return this.describe(event, await this.intake(event, year));
  }

  /**
   * Replaces the year's list of new members. Cities new to the registry are added to it; the ceremony's
   * membership items are rebuilt, one per city, after its other items.
   */
  async set(event: EventContext, year: number, dto: SetGnlcIntakeDto): Promise<GnlcIntakeResponse> {
    const ceremony = dto.sessionId ? await this.ceremony(event, dto.sessionId) : undefined;
    const problems = this.problems(year, dto);
    if (problems.length) throw new AwardsError('GNLC_INTAKE_INVALID', `The intake cannot be set: ${problems.join('; ')}`, { details: problems });
    const minutes = dto.minutesPerCity ?? 3;
    await this.dataSource.transaction(async (manager) => {
      const [previous]: { sessionId: string | null }[] = await manager.query(
        `SELECT session_id AS "sessionId" FROM award_gnlc_intakes WHERE event_id = $1 AND year = $2 FOR UPDATE`,
        [event.id, year],
      );
      const [{ id: intakeId }] = await manager.query(
        `INSERT INTO award_gnlc_intakes (event_id, year, session_id) VALUES ($1, $2, $3)
         ON CONFLICT (event_id, year) DO UPDATE SET session_id = EXCLUDED.session_id RETURNING id`,
        [event.id, year, ceremony?.id ?? null],
      );
      const cityIds: string[] = [];
      for (const member of dto.members) cityIds.push(await this.registryCity(manager, event, member));
      const priorCities: { cityId: string }[] = await manager.query(`SELECT city_id AS "cityId" FROM award_gnlc_members WHERE intake_id = $1`, [intakeId]);
      // A city that stays keeps its row (and so its certificate's address); positions move out of the way first.
      await manager.query(`DELETE FROM award_gnlc_members WHERE intake_id = $1 AND NOT (city_id = ANY($2))`, [intakeId, cityIds]);
      await manager.query(`UPDATE award_gnlc_members SET position = position + 10000 WHERE intake_id = $1`, [intakeId]);
      for (const [position, member] of dto.members.entries()) {
        await manager.query(
          `INSERT INTO award_gnlc_members (intake_id, city_id, position, admitted_on) VALUES ($1, $2, $3, $4)
           ON CONFLICT (intake_id, city_id) DO UPDATE SET position = EXCLUDED.position, admitted_on = EXCLUDED.admitted_on`,
          [intakeId, cityIds[position], position, member.admittedOn],
        );
      }
      const stale = [...new Set([...priorCities.map((row) => row.cityId), ...cityIds])];
      for (const sessionId of new Set([previous?.sessionId, ceremony?.id].filter((id): id is string => !!id))) {
        await this.dropMembershipItems(manager, sessionId, stale);
      }
      if (ceremony) await this.appendMembershipItems(manager, ceremony.id, cityIds, minutes);
    });
    return this.get(event, year);
  }

  async remove(event: EventContext, year: number): Promise<void> {
    const intake = await this.intake(event, year);
    await this.dataSource.transaction(async (manager) => {
      const cities: { cityId: string }[] = await manager.query(`SELECT city_id AS "cityId" FROM award_gnlc_members WHERE intake_id = $1`, [intake.id]);
      if (intake.sessionId)
        await this.dropMembershipItems(
          manager,
          intake.sessionId,
          cities.map((row) => row.cityId),
        );
      await manager.query(`DELETE FROM award_gnlc_intakes WHERE id = $1`, [intake.id]);
    });
  }

  /** The new members of intakes whose ceremony is over: before that, the recognition is the ceremony's news. */
  async publicMembers(event: EventContext, now = new Date()): Promise<PublicGnlcMemberResponse[]> {
    const intakes: IntakeRow[] = await this.dataSource.query(
      `SELECT id, year, session_id AS "sessionId" FROM award_gnlc_intakes WHERE event_id = $1 AND session_id IS NOT NULL ORDER BY year DESC`,
      [event.id],
    );
    const shown: PublicGnlcMemberResponse[] = [];
    for (const intake of intakes) {
      const ceremony = await this.ceremony(event, intake.sessionId!).catch(() => undefined);
      if (!ceremony || ceremony.end > now) continue;
      const members = await this.members(intake.id);
      shown.push(...members.map((member) => ({ year: intake.year, city: member.city, country: member.country, admittedOn: member.admittedOn })));
    }
    return shown;
  }

  /** One member with what its certificate prints. */
  async memberForCertificate(
    event: EventContext,
    year: number,
    memberId?: string,
  ): Promise<{ members: { city: string; country: string; admittedOn: string }[]; ceremony?: Ceremony; year: number }> {
    const intake = await this.intake(event, year);
    const members = (await this.members(intake.id)).filter((member) => !memberId || member.id === memberId);
    if (members.length === 0) throw new AwardsError('GNLC_MEMBER_NOT_FOUND', 'No such new member in this intake', { memberId });
    const ceremony = intake.sessionId ? await this.ceremony(event, intake.sessionId).catch(() => undefined) : undefined;
    return { members, ceremony, year };
  }

  /** The ceremony session, asked of the programme that owns sessions. */
  async ceremony(event: EventContext, sessionId: string): Promise<Ceremony> {
    const { session } = await this.programme.session(event, sessionId);
    if (session.type !== 'ceremony')
      throw new AwardsError('NOT_A_CEREMONY', `New members are recognised at a ceremony session; this one is a ${session.type} session`, {
        sessionType: session.type,
      });
    return { id: session.id, title: session.title.en ?? Object.values(session.title)[0] ?? '', start: new Date(session.start), end: new Date(session.end) };
  }

  private problems(year: number, dto: SetGnlcIntakeDto): string[] {
    const problems: string[] = [];
    if (year < 2013 || year > 2200) problems.push(`${year} is not a year of the GNLC, which UNESCO opened in 2013`);
    const seen = new Set<string>();
    for (const member of dto.members) {
      if (!isKnownCountry(member.country)) problems.push(`${member.city}: unknown country ${member.country}`);
      const key = `${member.country}/${member.city.trim().toLocaleLowerCase()}`;
      if (seen.has(key)) problems.push(`${member.city} (${member.country}) is listed twice`);
      seen.add(key);
      const admitted = DateTime.fromISO(member.admittedOn);
      if (!admitted.isValid) problems.push(`${member.city}: ${member.admittedOn} is not a date`);
      else if (admitted.year > year) problems.push(`${member.city} was admitted in ${admitted.year}, after the intake year ${year}`);
    }
    return problems;
  }

  private async registryCity(manager: EntityManager, event: EventContext, member: SetGnlcIntakeDto['members'][number]): Promise<string> {
    const name = member.city.trim().normalize('NFC');
    const [found]: { id: string }[] = await manager.query(`SELECT id FROM award_cities WHERE event_id = $1 AND country = $2 AND lower(name) = lower($3)`, [
      event.id,
      member.country,
      name,
    ]);
    if (found) return found.id;
    const [neighbour]: { region: string }[] = await manager.query(`SELECT region FROM award_cities WHERE event_id = $1 AND country = $2 LIMIT 1`, [
      event.id,
      member.country,
    ]);
    const region = member.region ?? neighbour?.region;
    if (!region)
      throw new AwardsError('GNLC_INTAKE_INVALID', `${name}: give the UNESCO region of ${countryName(member.country)}, which has no city in the registry yet`, {
        details: [`${name}: region needed`],
      });
    const [{ id }] = await manager.query(
      `INSERT INTO award_cities (event_id, name, search_name, country, region, gnlc_member_since) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (event_id, country, lower(name)) DO UPDATE SET updated_at = now() RETURNING id`,
      [event.id, name, searchName(name), member.country, region, member.admittedOn.slice(0, 7)],
    );
    return id;
  }

  private async dropMembershipItems(manager: EntityManager, sessionId: string, cityIds: string[]): Promise<void> {
    await manager.query(`SELECT 1 FROM ceremony_items WHERE session_id = $1 FOR UPDATE`, [sessionId]);
    await manager.query(`DELETE FROM ceremony_items WHERE session_id = $1 AND kind = 'membership' AND city_ids && $2::uuid[]`, [sessionId, cityIds]);
    await this.renumber(manager, sessionId);
  }

  private async appendMembershipItems(manager: EntityManager, sessionId: string, cityIds: string[], minutes: number): Promise<void> {
    const [{ next }] = await manager.query(`SELECT coalesce(max(position) + 1, 0) AS next FROM ceremony_items WHERE session_id = $1`, [sessionId]);
    const cities: { id: string; name: string; country: string }[] = await manager.query(`SELECT id, name, country FROM award_cities WHERE id = ANY($1)`, [
      cityIds,
    ]);
    for (const [index, cityId] of cityIds.entries()) {
      const city = cities.find((row) => row.id === cityId)!;
      await manager.query(
        `INSERT INTO ceremony_items (session_id, position, kind, city_ids, title, on_stage, av_cue, duration_minutes)
         VALUES ($1, $2, 'membership', $3, $4, $5, $6, $7)`,
        [
          sessionId,
          Number(next) + index,
          [cityId],
          // Untitled: named when read, in the reader's language.
          '',
          `Representative of ${city.name}`,
          `Slide: ${city.name} membership certificate`,
          minutes,
        ],
      );
    }
  }

  /** Positions stay 0, 1, 2 … after items leave; moved out of the way first, as the key is checked per row. */
  private async renumber(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE ceremony_items SET position = position + 10000 WHERE session_id = $1`, [sessionId]);
    await manager.query(
      `UPDATE ceremony_items i SET position = o.rank FROM (SELECT id, row_number() OVER (ORDER BY position) - 1 AS rank FROM ceremony_items WHERE session_id = $1) o
        WHERE i.id = o.id`,
      [sessionId],
    );
  }

  private async intake(event: EventContext, year: number): Promise<IntakeRow> {
    const [intake]: IntakeRow[] = await this.dataSource.query(
      `SELECT id, year, session_id AS "sessionId" FROM award_gnlc_intakes WHERE event_id = $1 AND year = $2`,
      [event.id, year],
    );
    if (!intake) throw new AwardsError('GNLC_INTAKE_NOT_FOUND', `No GNLC membership intake for ${year}`, { year });
    return intake;
  }

  private members(intakeId: string): Promise<{ id: string; cityId: string; city: string; country: string; admittedOn: string }[]> {
    return this.dataSource.query(
      `SELECT m.id, m.city_id AS "cityId", c.name AS city, c.country, to_char(m.admitted_on, 'YYYY-MM-DD') AS "admittedOn"
         FROM award_gnlc_members m JOIN award_cities c ON c.id = m.city_id WHERE m.intake_id = $1 ORDER BY m.position`,
      [intakeId],
    );
  }

  private async describe(event: EventContext, intake: IntakeRow): Promise<GnlcIntakeResponse> {
    const ceremony = intake.sessionId ? await this.ceremony(event, intake.sessionId).catch(() => undefined) : undefined;
    return {
      id: intake.id,
      year: intake.year,
      sessionId: intake.sessionId,
      sessionTitle: ceremony?.title ?? null,
      ceremonyStart: ceremony ? DateTime.fromJSDate(ceremony.start, { zone: event.timeZone }).toFormat("yyyy-MM-dd'T'HH:mm") : null,
      members: await this.members(intake.id),
    };
  }
}
