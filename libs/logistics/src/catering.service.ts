import { Injectable } from '@nestjs/common';
import type { EventContext, EventRef } from '@app/auth';
import { stringifySpreadsheetCsv } from '@app/config';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { RegistrationQueryService } from '@app/registration';
import { DataSource } from 'typeorm';
import { type CateringResponse, type CreateMealDto, MEAL_KINDS, type MealKind } from './dto/catering.dto.js';
import { LogisticsError } from './logistics.error.js';

// The caterer's sheet is read as is, so the two lines that are not choices carry words.
const CSV_NEED_NAMES: Record<string, string> = { '': 'No special needs', other: 'Other (see registrations)' };

/** The meals served at the event and, for each, how many plates of which dietary choice the caterer prepares. */
@Injectable()
export class CateringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrationQueries: RegistrationQueryService,
  ) {}

  async add(event: EventContext, input: CreateMealDto): Promise<CateringResponse> {
    if (input.day < event.startDate || input.day > event.endDate)
      throw new LogisticsError('MEAL_DAY_OUTSIDE_EVENT', `${input.day} is not a day of the event`, { startDate: event.startDate, endDate: event.endDate });
    try {
      await this.dataSource.query(`INSERT INTO meals (event_id, day, kind, venue) VALUES ($1, $2, $3, $4)`, [
        event.id,
        input.day,
        input.kind,
        input.venue?.trim() ?? '',
      ]);
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'meals_once'))
        throw new LogisticsError('MEAL_EXISTS', `There is already a ${input.kind} on ${input.day} there`, { day: input.day, kind: input.kind });
      throw error;
    }
    return this.counts(event);
  }

  async remove(event: EventRef, id: string): Promise<void> {
    const [, deleted] = await this.dataSource.query(`DELETE FROM meals WHERE id = $1 AND event_id = $2`, [id, event.id]);
    if (deleted === 0) throw new LogisticsError('MEAL_NOT_FOUND', `No meal ${id} in this event`, { mealId: id });
  }

  /**
   * Every meal with the confirmed delegates by dietary choice; "checked in" counts those who arrived on the
   * meal's day, which is what the caterer adjusts to once the day has begun.
   */
  async counts(event: EventRef): Promise<CateringResponse> {
    const [meals, [everyone, ...needs], accessibility] = await Promise.all([
      this.dataSource.query(
        `SELECT id, to_char(day, 'YYYY-MM-DD') AS day, kind, venue FROM meals WHERE event_id = $1
          ORDER BY day, array_position($2::text[], kind), venue`,
        [event.id, MEAL_KINDS],
      ) as Promise<{ id: string; day: string; kind: MealKind; venue: string }[]>,
      this.registrationQueries.needCounts(event.id, 'dietary'),
      this.registrationQueries.needCounts(event.id, 'accessibility'),
    ]);
    return {
      meals: meals.map((meal) => {
        const counts = needs.map((need) => ({ need: need.need, confirmed: need.confirmed, checkedIn: need.checkedInByDay[meal.day] ?? 0 }));
        // Totals are people, not lines: someone vegan and nut-allergic eats one plate.
        return { ...meal, confirmed: everyone?.confirmed ?? 0, checkedIn: everyone?.checkedInByDay[meal.day] ?? 0, needs: counts };
      }),
      accessibility: accessibility.filter((need) => need.need !== '*').map(({ need, confirmed }) => ({ need, confirmed })),
    };
  }

  /** One line per meal and need, for the caterer's spreadsheet. */
  async csv(event: EventRef): Promise<string> {
    const { meals } = await this.counts(event);
    const records = meals.flatMap((meal) =>
      meal.needs.map((need) => [meal.day, meal.kind, meal.venue, CSV_NEED_NAMES[need.need] ?? need.need, need.confirmed, need.checkedIn]),
    );
    return spreadsheet(records, ['day', 'meal', 'venue', 'dietaryNeed', 'confirmed', 'checkedIn']);
  }

  /** One line per accessibility need, for the venue's and the interpreters' spreadsheet. */
  async accessibilityCsv(event: EventRef): Promise<string> {
    const needs = await this.registrationQueries.needCounts(event.id, 'accessibility');
    const records = needs.filter((need) => need.need !== '*').map((need) => [CSV_NEED_NAMES[need.need] ?? need.need, need.confirmed]);
    return spreadsheet(records, ['accessibilityNeed', 'confirmed']);
  }
}

/** With a byte-order mark and CRLF lines, so that Excel opens the Vietnamese and Thai in it as UTF-8. */
function spreadsheet(records: unknown[][], columns: string[]): string {
  return '\uFEFF' + stringifySpreadsheetCsv(records, { header: true, columns, record_delimiter: 'windows' });
}
