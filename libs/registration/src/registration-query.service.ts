import { Injectable } from '@nestjs/common';
import { stringifySpreadsheetCsv } from '@app/config';
import { protocolColumns } from './protocol/protocol-csv.js';
import { countryName } from '@app/countries';
import { eventDirectory } from '@app/events';
import { DataSource } from 'typeorm';
import type { RegistrationListQuery } from './dto/registration.dto.js';
import { loadQuestions } from './questions/question-sql.js';
import { ACCESSIBILITY_CHOICES, DIETARY_CHOICES } from '@app/needs';

export interface NeedCount {
  need: string;
  confirmed: number;
  checkedInByDay: Record<string, number>;
}

export interface RegistrationRow {
  id: string;
  state: string;
  category: string;
  fullName: string;
  title: string;
  organisation: string;
  city: string;
  country: string;
  email: string;
  language: string;
  dietaryNeeds: string;
  dietaryChoices: string[];
  accessibilityNeeds: string;
  accessibilityChoices: string[];
  visaLetterNeeded: boolean;
  delegationId: string | null;
  delegationCity: string | null;
  isDelegationHead: boolean;
  badgeCode: string;
  checkedInDays: string[];
  createdAt: Date;
  /** Custom answers by question id; a file answer is its file name. */
  answers: Record<string, unknown>;
}

/** The organisers' views of registrations: filtered lists, counts and the CSV export. */
@Injectable()
export class RegistrationQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Who these registrations are, for other libraries' lists (rooming lists, transfer manifests), in the given order's rows. */
  async people(
    eventId: string,
    ids: string[],
  ): Promise<Map<string, { fullName: string; email: string; country: string; delegationCity: string | null; state: string }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; fullName: string; email: string; country: string; delegationCity: string | null; state: string }[] = await this.dataSource.query(
      `SELECT r.id, r.full_name AS "fullName", r.email, r.country, d.city AS "delegationCity", r.state
         FROM registrations r LEFT JOIN delegations d ON d.id = r.delegation_id
        WHERE r.event_id = $1 AND r.id = ANY($2)`,
      [eventId, ids],
    );
    return new Map(rows.map(({ id, ...person }) => [id, person]));
  }

  /**
   * Confirmed delegates by dietary need, in total and among those checked in on each day, for the
   * caterer. Needs are free text, so spellings that differ only in case or spaces count as one.
   */
  /**
   * Confirmed delegates by need choice, plus "other" for those who also wrote free text and "" for those
   * with no need at all; a delegate counts once under each of their choices. "*" is everyone, once.
   * Check-ins are by event day, for the caterer's "who is actually here" count.
   */
  async needCounts(eventId: string, kind: 'dietary' | 'accessibility'): Promise<NeedCount[]> {
    // Column names come from the fixed kind above, never from input.
    const choices = kind === 'dietary' ? 'dietary_choices' : 'accessibility_choices';
    const text = kind === 'dietary' ? 'dietary_needs' : 'accessibility_needs';
    const rows: { need: string; day: string | null; count: number }[] = await this.dataSource.query(
      `WITH r AS (SELECT id, ${choices} AS choices, btrim(${text}) <> '' AS other FROM registrations WHERE event_id = $1 AND state = 'confirmed'),
            n AS (SELECT id, unnest(choices) AS need FROM r
                  UNION ALL SELECT id, 'other' FROM r WHERE other
                  UNION ALL SELECT id, '' FROM r WHERE cardinality(choices) = 0 AND NOT other
                  UNION ALL SELECT id, '*' FROM r)
       SELECT need, NULL AS day, count(*)::int AS count FROM n GROUP BY need
       UNION ALL
       SELECT n.need, ci.event_day::text, count(DISTINCT n.id)::int FROM n JOIN check_ins ci ON ci.registration_id = n.id GROUP BY 1, 2`,
      [eventId],
    );
    const known: readonly string[] = kind === 'dietary' ? DIETARY_CHOICES : ACCESSIBILITY_CHOICES;
    const order = ['*', '', ...known, 'other'];
    return rows
      .filter((row) => row.day === null)
      .sort((a, b) => order.indexOf(a.need) - order.indexOf(b.need))
      .map(({ need, count }) => ({
        need,
        confirmed: count,
        checkedInByDay: Object.fromEntries(rows.filter((row) => row.day !== null && row.need === need).map((row) => [row.day, row.count])),
      }));
  }

  async list(eventId: string, query: RegistrationListQuery, paged = true): Promise<{ items: RegistrationRow[]; total: number }> {
    const params: unknown[] = [eventId];
    const where = ['r.event_id = $1'];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replaceAll('?', `$${params.length}`));
    };
    if (query.state) add('r.state = ?', query.state);
    if (query.category) add('c.code = ?', query.category);
    if (query.country) add('r.country = upper(?)', query.country);
    if (query.delegation) add('r.delegation_id = ?::uuid', query.delegation);
    if (query.checkedIn) add(`EXISTS (SELECT 1 FROM check_ins ci WHERE ci.registration_id = r.id) = (? = 'true')`, query.checkedIn);
    if (query.answer) {
      const split = query.answer.indexOf(':');
      params.push(query.answer.slice(0, split), query.answer.slice(split + 1));
      const [question, value] = [`$${params.length - 1}`, `$${params.length}`];
      // A scalar answer matches by its text (true/false for yes/no), a multiple choice when it holds the key, a file by its name.
      where.push(`EXISTS (SELECT 1 FROM registration_answers a WHERE a.registration_id = r.id AND a.question_id = ${question}::uuid
                    AND (a.value #>> '{}' = ${value} OR a.value @> jsonb_build_array(${value}::text) OR a.file_name = ${value}))`);
    }
    if (query.q) add(`(r.full_name ILIKE '%' || ? || '%' OR r.email ILIKE '%' || ? || '%' OR r.organisation ILIKE '%' || ? || '%')`, query.q);
    const filter = where.join(' AND ');
    const page = paged ? `LIMIT ${query.limit ?? 100} OFFSET ${query.offset ?? 0}` : '';
    const items: RegistrationRow[] = await this.dataSource.query(
      `SELECT r.id, r.state, c.code AS category, r.full_name AS "fullName", r.title, r.organisation, r.city, r.country, r.email,
              r.language, r.dietary_needs AS "dietaryNeeds", r.accessibility_needs AS "accessibilityNeeds",
              r.dietary_choices AS "dietaryChoices", r.accessibility_choices AS "accessibilityChoices",
              r.visa_letter_needed AS "visaLetterNeeded", r.delegation_id AS "delegationId", d.city AS "delegationCity",
              r.is_delegation_head AS "isDelegationHead", r.badge_code AS "badgeCode", r.created_at AS "createdAt",
              coalesce((SELECT array_agg(ci.event_day::text ORDER BY ci.event_day) FROM check_ins ci WHERE ci.registration_id = r.id), '{}') AS "checkedInDays",
              coalesce((SELECT jsonb_object_agg(a.question_id, coalesce(a.value, to_jsonb(a.file_name))) FROM registration_answers a WHERE a.registration_id = r.id), '{}') AS answers
         FROM registrations r
         JOIN registration_categories c ON c.id = r.category_id
         LEFT JOIN delegations d ON d.id = r.delegation_id
        WHERE ${filter}
        ORDER BY r.queue_number ${page}`,
      params,
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM registrations r JOIN registration_categories c ON c.id = r.category_id WHERE ${filter}`,
      params,
    );
    return { items, total };
  }

  /** Counts by state, category and country, and registrations per day, for the dashboard. */
  async counts(eventId: string) {
    // Days are counted in the event's time zone, which the events library keeps.
    const timeZone = (await eventDirectory.events(this.dataSource.manager, [eventId])).get(eventId)?.timeZone ?? 'UTC';
    const [byState, byCategory, byCountry, perDay] = await Promise.all(
      [
        `SELECT state AS key, count(*)::int AS count FROM registrations WHERE event_id = $1 GROUP BY 1 ORDER BY 1`,
        `SELECT c.code AS key, count(*)::int AS count FROM registrations r JOIN registration_categories c ON c.id = r.category_id WHERE r.event_id = $1 GROUP BY 1 ORDER BY 1`,
        `SELECT country AS key, count(*)::int AS count FROM registrations WHERE event_id = $1 GROUP BY 1 ORDER BY 2 DESC, 1`,
        `SELECT (r.created_at AT TIME ZONE $2)::date::text AS key, count(*)::int AS count
           FROM registrations r WHERE r.event_id = $1 GROUP BY 1 ORDER BY 1`,
      ].map((sql) => this.dataSource.query(sql, sql.includes('$2') ? [eventId, timeZone] : [eventId])),
    );
    const asRecord = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((row) => [row.key, row.count]));
    return { byState: asRecord(byState), byCategory: asRecord(byCategory), byCountry: asRecord(byCountry), perDay: perDay as { key: string; count: number }[] };
  }

  /** UTF-8 with a byte-order mark, so spreadsheet programs keep Vietnamese names intact. */
  async csv(eventId: string, query: RegistrationListQuery, includePassport = false): Promise<string> {
    const { items } = await this.list(eventId, query, false);
    const protocol = await protocolColumns(
      this.dataSource.manager,
      items.map((row) => row.id),
      includePassport,
    );
    const questions = await loadQuestions(this.dataSource.manager, eventId);
    const columns = [
      'id',
      'state',
      'category',
      'fullName',
      'title',
      'organisation',
      'city',
      'country',
      'countryName',
      'email',
      'language',
      'dietaryChoices',
      'dietaryNeeds',
      'accessibilityChoices',
      'accessibilityNeeds',
      'visaLetterNeeded',
      'delegationCity',
      'isDelegationHead',
      'badgeCode',
      'checkedInDays',
      'createdAt',
    ] as const;
    const answerCell = (value: unknown) => (Array.isArray(value) ? value.join(' ') : (value ?? ''));
    const records = items.map((row) => [
      ...columns.map((column) => {
        // The code for sorting and matching, and the name in UN usage for whoever reads the sheet.
        const value = column === 'countryName' ? countryName(row.country) : row[column];
        if (Array.isArray(value)) return value.join(' ');
        if (value instanceof Date) return value.toISOString();
        return value ?? '';
      }),
      ...questions.map((question) => answerCell(row.answers[question.id])),
      ...protocol.columns.map((column) => protocol.values.get(row.id)?.[column] ?? ''),
    ]);
    // One column per question, headed by its English label (else its first), numbered so that two alike stay apart.
    const header = [
      ...columns,
      ...questions.map((question, index) => `Q${index + 1} ${question.labels.en ?? Object.values(question.labels)[0] ?? ''}`.trim()),
      ...protocol.columns,
    ];
    return (
      '\uFEFF' +
      stringifySpreadsheetCsv(records, {
        header: true,
        columns: header,
        record_delimiter: 'windows',
        cast: { boolean: (value) => (value ? 'yes' : 'no') },
      })
    );
  }
}
