import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mailDateRange } from './mail-dates.js';
import { checkWording, type MailWords, renderWording, type WordableKind, wordableKind, WORDABLE_KINDS, type WordingContext } from './mail-wording.js';
import { NotificationsError } from './notifications.error.js';

/** The event facts the words and their preview need. */
export interface WordingEvent {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  languages: string[];
  city?: string;
}

interface WordingRow {
  kind: string;
  language: string;
  subject: string;
  body: string;
  updatedAt: Date;
}

/** Organisers' own words for the automatic mails of an event; the only code that writes `mail_wordings`. */
@Injectable()
export class MailWordingsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(event: WordingEvent) {
    const rows: WordingRow[] = await this.dataSource.query(
      `SELECT kind, language, subject, body, updated_at AS "updatedAt" FROM mail_wordings WHERE event_id = $1`,
      [event.id],
    );
    return WORDABLE_KINDS.map((kind) => ({
      kind: kind.kind,
      placeholders: [...kind.placeholders],
      languages: event.languages.map((language) => {
        const override = rows.find((row) => row.kind === kind.kind && row.language === language);
        return {
          language,
          default: kind.starter[language] ?? kind.starter.en,
          override: override ? { subject: override.subject, body: override.body, updatedAt: override.updatedAt.toISOString() } : null,
        };
      }),
    }));
  }

  async put(event: WordingEvent, kindName: string, language: string, words: MailWords, userId: string) {
    const kind = this.checked(event, kindName, language, words);
    const [row]: WordingRow[] = await this.dataSource.query(
      `INSERT INTO mail_wordings (event_id, kind, language, subject, body, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (event_id, kind, language) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body,
         updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING subject, body, updated_at AS "updatedAt"`,
      [event.id, kind.kind, language, words.subject, words.body, userId],
    );
    return { subject: row.subject, body: row.body, updatedAt: row.updatedAt.toISOString() };
  }

  /** Back to the shipped mail. */
  async reset(event: WordingEvent, kindName: string, language: string): Promise<void> {
    this.kindIn(event, kindName, language);
    await this.dataSource.query(`DELETE FROM mail_wordings WHERE event_id = $1 AND kind = $2 AND language = $3`, [event.id, kindName, language]);
  }

  /** The words as a made-up delegate would read them. */
  preview(event: WordingEvent, kindName: string, language: string, words: MailWords) {
    const kind = this.checked(event, kindName, language, words);
    return { language, ...renderWording(words, kind.values(sampleContext(event, language))) };
  }

  private checked(event: WordingEvent, kindName: string, language: string, words: MailWords): WordableKind {
    const kind = this.kindIn(event, kindName, language);
    checkWording(kind, language, words);
    return kind;
  }

  private kindIn(event: WordingEvent, kindName: string, language: string): WordableKind {
    const kind = wordableKind(kindName);
    if (!kind) throw new NotificationsError('MAIL_KIND_NOT_WORDABLE', `"${kindName}" is not a mail organisers can re-word`, { kind: kindName });
    if (!event.languages.includes(language)) {
      throw new NotificationsError('MAIL_LANGUAGE_UNKNOWN', `The event is not held in "${language}"`, { language, languages: event.languages });
    }
    return kind;
  }
}

function sampleContext(event: WordingEvent, language: string): WordingContext {
  const base = `/events/${event.slug}`;
  const start = `${event.startDate}T02:00:00.000Z`;
  return {
    recipientName: language === 'vi' ? 'Nguyễn Thị Lan' : 'Jane Smith',
    language,
    event: {
      name: event.name,
      dates: mailDateRange(event.startDate, event.endDate, event.timeZone, language),
      city: event.city ?? '',
      timeZone: event.timeZone,
    },
    links: { event: base, app: '/', manage: '/manage/…' },
    secret: '…',
    category: language === 'vi' ? 'Đại biểu' : 'Delegate',
    waitlistPosition: 3,
    offerExpiresAt: start,
    sessionTitle: language === 'vi' ? 'Phiên toàn thể khai mạc' : 'Opening plenary',
    startsAt: start,
    room: 'A',
    version: 2,
    changes: [language === 'vi' ? 'Đổi giờ: Phiên toàn thể khai mạc' : 'Moved: Opening plenary'],
    slot: { title: language === 'vi' ? 'Thành phố học tập' : 'Learning cities', session: 'Plenary', start },
    slots: [{ title: language === 'vi' ? 'Thành phố học tập' : 'Learning cities', session: 'Plenary', start }],
    expiresAt: start,
  };
}
