import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnsubscribeResponse } from './dto/unsubscribe.dto.js';
import { NotificationsError } from './notifications.error.js';
import { type OptOutSubject, UnsubscribeTokens } from './unsubscribe-token.js';

/** The public side of an unsubscribe link: what it stops, and stopping it (once, however often it is followed). */
@Injectable()
export class OptOutsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async describe(token: string): Promise<UnsubscribeResponse> {
    const subject = this.subject(token);
    const [row] = await this.dataSource.query(
      `SELECT (SELECT name FROM events WHERE id = $2) AS "eventName",
              EXISTS (SELECT 1 FROM notification_opt_outs
                       WHERE email = $1 AND kind = $3 AND coalesce(event_id, '00000000-0000-0000-0000-000000000000'::uuid)
                                                         = coalesce($2::uuid, '00000000-0000-0000-0000-000000000000'::uuid)) AS "optedOut"`,
      [subject.email, subject.eventId, subject.kind],
    );
    return this.response(subject, row.eventName, row.optedOut);
  }

  async optOut(token: string): Promise<UnsubscribeResponse> {
    const subject = this.subject(token);
    const [row] = await this.dataSource.query(
      `WITH inserted AS (
         INSERT INTO notification_opt_outs (email, event_id, kind)
         SELECT $1, e.id, $3 FROM (SELECT $2::uuid AS wanted) w LEFT JOIN events e ON e.id = w.wanted
          -- An event deleted since the mail went out: nothing left to stop.
          WHERE w.wanted IS NULL OR e.id IS NOT NULL
         ON CONFLICT DO NOTHING)
       SELECT (SELECT name FROM events WHERE id = $2) AS "eventName"`,
      [subject.email, subject.eventId, subject.kind],
    );
    return this.response(subject, row.eventName, true);
  }

  private subject(token: string): OptOutSubject {
    const subject = token.length <= 2048 ? this.tokens.verify(token) : null;
    if (!subject || (subject.eventId !== null && !/^[0-9a-f-]{36}$/i.test(subject.eventId))) {
      throw new NotificationsError('UNSUBSCRIBE_LINK_INVALID', 'This unsubscribe link is not valid');
    }
    return subject;
  }

  private response(subject: OptOutSubject, eventName: string | null, optedOut: boolean): UnsubscribeResponse {
    // The address half-hidden: the link may be forwarded, and the page only needs to be recognisable.
    const [local, domain] = subject.email.split('@');
    return { kind: subject.kind, eventName, email: `${local.slice(0, 2)}…@${domain}`, optedOut };
  }
}
