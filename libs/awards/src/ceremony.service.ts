import { Injectable } from '@nestjs/common';
import { countryName } from '@app/countries';
import type { EventContext } from '@app/auth';
import { translated, type Translations } from '@app/config';
import { assertTranslatable, EventIdentityService } from '@app/events';
import { ProgrammeService } from '@app/programme';
import { DocumentFonts, type PdfFile } from '@app/documents';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { RunOfShowDto, RunOfShowResponse } from './dto/ceremony.dto.js';
import { runOfShowDocument } from './run-of-show-document.js';
import { AwardsError } from './awards.error.js';

/** What an item is called when the organiser gave it no title, in the language read (glossaries: vi-review.md, th-glossary.md). */
const ITEM_NAMES: Record<string, { membership: (city: string, country: string) => string; recognition: string }> = {
  en: { membership: (city, country) => `GNLC membership: ${city} (${country})`, recognition: 'Recognition of new GNLC member cities' },
  vi: {
    membership: (city, country) => `Công nhận thành viên Mạng lưới GNLC: ${city} (${country})`,
    recognition: 'Công nhận các thành phố thành viên mới của Mạng lưới Thành phố học tập toàn cầu của UNESCO',
  },
  th: {
    membership: (city, country) => `การรับสมาชิกเครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก: ${city} (${country})`,
    recognition: 'การรับรองเมืองสมาชิกใหม่ของเครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก',
  },
};

interface SessionRow {
  id: string;
  title: Record<string, string>;
  type: string;
  start: Date;
  end: Date;
  timeZone: string;
  eventName: string;
  languages: string[];
}

/**
 * A ceremony's run of show: the ordered items of a ceremony session of the programme, each an award
 * presented to a winning city or the recognition of new GNLC member cities, fitting the session's time.
 */
@Injectable()
export class CeremonyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly fonts: DocumentFonts,
    private readonly programme: ProgrammeService,
    private readonly identity: EventIdentityService,
  ) {}

  async set(event: EventContext, sessionId: string, dto: RunOfShowDto): Promise<RunOfShowResponse> {
    const session = await this.session(event, sessionId);
    for (const item of dto.items) assertTranslatable(item.translations, event.languages);
    const available = Math.round((session.end.getTime() - session.start.getTime()) / 60_000);
    const used = dto.items.reduce((sum, item) => sum + item.durationMinutes, 0);
    const problems: { item: number; messages: string[] }[] = [];
    if (used > available) problems.push({ item: -1, messages: [`the items take ${used} minutes but the session lasts ${available}`] });

    const nominationIds = dto.items.flatMap((item) => (item.kind === 'award' && item.nominationId ? [item.nominationId] : []));
    const winners: { id: string; city: string; winner: boolean }[] = await this.dataSource.query(
      `SELECT n.id, c.name AS city, n.winner FROM award_nominations n JOIN award_rounds r ON r.id = n.round_id JOIN award_cities c ON c.id = n.city_id
        WHERE r.event_id = $1 AND n.id = ANY($2)`,
      [event.id, nominationIds],
    );
    const cityIds = dto.items.flatMap((item) => (item.kind !== 'award' ? (item.cityIds ?? []) : []));
    const cities: { id: string; name: string; country: string; member: boolean }[] = await this.dataSource.query(
      `SELECT c.id, c.name, c.country,
              EXISTS (SELECT 1 FROM award_gnlc_members m JOIN award_gnlc_intakes k ON k.id = m.intake_id WHERE m.city_id = c.id AND k.event_id = $1) AS member
         FROM award_cities c WHERE c.event_id = $1 AND c.id = ANY($2)`,
      [event.id, cityIds],
    );
    dto.items.forEach((item, index) => {
      const messages: string[] = [];
      if (item.kind === 'award') {
        const winner = winners.find((row) => row.id === item.nominationId);
        if (!winner) messages.push('no such nomination in this event');
        else if (!winner.winner) messages.push(`${winner.city} is not a confirmed winner`);
      } else {
        const unknown = (item.cityIds ?? []).filter((id) => !cities.some((city) => city.id === id));
        if (unknown.length) messages.push(`not in the city registry: ${unknown.join(', ')}`);
        if (item.kind === 'membership') {
          if ((item.cityIds ?? []).length !== 1) messages.push('a membership item recognises exactly one city');
          const city = cities.find((row) => row.id === item.cityIds?.[0]);
          if (city && !city.member) messages.push(`${city.name} is in no GNLC membership intake of this event`);
        }
      }
      if (messages.length) problems.push({ item: index, messages });
    });
    if (problems.length) {
      throw new AwardsError('RUN_OF_SHOW_INVALID', `The run of show cannot be set: ${problems.flatMap((problem) => problem.messages).join('; ')}`, {
        details: problems,
      });
    }

    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM ceremony_items WHERE session_id = $1`, [session.id]);
      for (const [position, item] of dto.items.entries()) {
        // An untitled item keeps no title of its own: it is named when read, in the reader's language.
        await manager.query(
          `INSERT INTO ceremony_items (session_id, position, kind, nomination_id, city_ids, title, presenter, recipient, duration_minutes, on_stage, av_cue, notes, translations)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            session.id,
            position,
            item.kind,
            item.kind === 'award' ? item.nominationId : null,
            item.kind !== 'award' ? item.cityIds : [],
            item.title ?? '',
            item.presenter ?? '',
            item.recipient ?? '',
            item.durationMinutes,
            item.onStage ?? '',
            item.avCue ?? '',
            item.notes ?? '',
            item.translations ?? {},
          ],
        );
      }
    });
    return this.get(event, sessionId);
  }

  /** `language`: the reader's, for the session's and items' titles where given in it, else the event's first. */
  async get(event: EventContext, sessionId: string, language?: string): Promise<RunOfShowResponse> {
    const session = await this.session(event, sessionId);
    const rows: {
      position: number;
      kind: string;
      title: string;
      translations: Translations<'title'>;
      round: { name: string; translations: Translations<'name'> } | null;
      presenter: string;
      recipient: string;
      onStage: string;
      avCue: string;
      notes: string;
      durationMinutes: number;
      nominationId: string | null;
      cities: { id: string; name: string; country: string }[];
    }[] = await this.dataSource.query(
      `SELECT i.position, i.kind, i.title, i.translations, i.presenter,
              (SELECT json_build_object('name', r.name, 'translations', r.translations) FROM award_nominations n JOIN award_rounds r ON r.id = n.round_id
                WHERE n.id = i.nomination_id) AS round, i.recipient, i.on_stage AS "onStage", i.av_cue AS "avCue", i.notes, i.duration_minutes AS "durationMinutes", i.nomination_id AS "nominationId",
                coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'country', c.country) ORDER BY c.country, c.search_name)
                            FROM award_cities c
                           WHERE c.id = ANY(i.city_ids) OR c.id = (SELECT n.city_id FROM award_nominations n WHERE n.id = i.nomination_id)), '[]') AS cities
           FROM ceremony_items i WHERE i.session_id = $1 ORDER BY i.position`,
      [session.id],
    );
    const items = rows.map(({ round, ...item }) => ({ ...item, ownTitle: item.title, title: this.itemTitle({ ...item, round }, event.languages, language) }));
    let at = DateTime.fromJSDate(session.start, { zone: session.timeZone });
    const local = (moment: DateTime) => moment.toFormat("yyyy-MM-dd'T'HH:mm");
    const start = local(at);
    const timed = items.map((item) => {
      const end = at.plus({ minutes: item.durationMinutes });
      const row = { ...item, start: local(at), end: local(end) };
      at = end;
      return row;
    });
    return {
      sessionId: session.id,
      title: sessionTitle(session.title, [...(language ? [language] : []), ...event.languages]),
      timeZone: session.timeZone,
      start,
      end: local(DateTime.fromJSDate(session.end, { zone: session.timeZone })),
      minutesUsed: items.reduce((sum, item) => sum + item.durationMinutes, 0),
      minutesAvailable: Math.round((session.end.getTime() - session.start.getTime()) / 60_000),
      items: timed,
    };
  }

  async pdf(event: EventContext, sessionId: string, language = 'en'): Promise<PdfFile> {
    const runOfShow = await this.get(event, sessionId, language);
    return { filename: `run-of-show-${event.slug}.pdf`, stream: runOfShowDocument(this.fonts, await this.identity.forDocuments(event), runOfShow, language) };
  }

  /** The organiser's title in the language read, else in the event's first; without one, named from what the item presents. */
  private itemTitle(
    item: {
      kind: string;
      title: string;
      translations: Translations<'title'>;
      round: { name: string; translations: Translations<'name'> } | null;
      cities: { name: string; country: string }[];
    },
    languages: string[],
    language: string | undefined,
  ): string {
    const reading = language ?? languages[0] ?? 'en';
    const [city] = item.cities;
    const words = ITEM_NAMES[reading] ?? ITEM_NAMES[languages[0]] ?? ITEM_NAMES.en;
    const named =
      item.title ||
      (item.kind === 'award' && item.round && city
        ? `${translated(item.round.name, item.round.translations, 'name', reading)}: ${city.name}`
        : item.kind === 'membership' && city
          ? words.membership(city.name, countryName(city.country, reading))
          : words.recognition);
    return translated(named, item.translations, 'title', language);
  }

  /** The ceremony session, asked of the programme that owns sessions. */
  private async session(event: EventContext, sessionId: string): Promise<SessionRow> {
    const { session } = await this.programme.session(event, sessionId);
    if (session.type !== 'ceremony')
      throw new AwardsError('NOT_A_CEREMONY', `A run of show belongs to a ceremony session; this one is a ${session.type} session`, {
        sessionType: session.type,
      });
    return {
      id: session.id,
      title: session.title,
      type: session.type,
      start: new Date(session.start),
      end: new Date(session.end),
      timeZone: event.timeZone,
      eventName: event.name,
      languages: event.languages,
    };
  }
}

function sessionTitle(title: Record<string, string>, languages: string[]): string {
  for (const language of languages) if (title[language]) return title[language];
  return title.en ?? Object.values(title)[0];
}
