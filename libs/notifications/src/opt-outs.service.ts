import { Injectable } from '@nestjs/common';
import { isConstraintViolation, PG_FOREIGN_KEY_VIOLATION } from '@app/database';
import { DataSource } from 'typeorm';
import type { UnsubscribeResponse } from './dto/unsubscribe.dto.js';
import { MailEvents } from './mail-events.js';
import { NotificationsError } from './notifications.error.js';
import { type OptOutSubject, UnsubscribeTokens } from './unsubscribe-token.js';

/** The public side of an unsubscribe link: what it stops, and stopping it (once, however often it is followed). */
@Injectable()
export class OptOutsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: UnsubscribeTokens,
    private readonly events: MailEvents,
  ) {}

  async describe(token: string): Promise<UnsubscribeResponse> {
    const subject = this.subject(token);
    const eventName = await this.eventName(subject.eventId);
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM notification_opt_outs
                       WHERE email = $1 AND kind = $3 AND coalesce(event_id, '00000000-0000-0000-0000-000000000000'::uuid)
                                                         = coalesce($2::uuid, '00000000-0000-0000-0000-000000000000'::uuid)) AS "optedOut"`,
      [subject.email, subject.eventId, subject.kind],
    );
    return this.response(subject, eventName, row.optedOut);
  }

  async optOut(token: string): Promise<UnsubscribeResponse> {
    const subject = this.subject(token);
    let eventName = await this.eventName(subject.eventId);
    // An event deleted since the mail went out: nothing left to stop.
    if (subject.eventId === null || eventName !== null) {
      try {
        await this.dataSource.query(`INSERT INTO notification_opt_outs (email, event_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          subject.email,
          subject.eventId,
          subject.kind,
        ]);
      } catch (error) {
        if (!isConstraintViolation(error, PG_FOREIGN_KEY_VIOLATION)) throw error;
        eventName = null;
      }
    }
    return this.response(subject, eventName, true);
  }

  private async eventName(eventId: string | null): Promise<string | null> {
    if (eventId === null) return null;
    return (await this.events.byIds(this.dataSource.manager, [eventId])).get(eventId)?.name ?? null;
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
