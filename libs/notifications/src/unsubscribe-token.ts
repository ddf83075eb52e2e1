import { Injectable } from '@nestjs/common';
import { AppConfig, resolveJwtSecret } from '@app/config';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who stops receiving what: one kind of message, from one event (or from none, for messages about no event). */
export interface OptOutSubject {
  email: string;
  eventId: string | null;
  kind: string;
}

/**
 * Unsubscribe links signed with a key derived from the api's JWT key: every worker can write one
 * and every api replica check it, with nothing stored per message. A link cannot be changed to
 * opt someone else out; it does not expire, since an old mail's link must keep working.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', resolveJwtSecret(config)).update('plenary unsubscribe links').digest();
  }

  sign(subject: OptOutSubject): string {
    const payload = Buffer.from(JSON.stringify([subject.email.toLowerCase(), subject.eventId, subject.kind])).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  verify(token: string): OptOutSubject | null {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const [email, eventId, kind] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
      if (typeof email !== 'string' || typeof kind !== 'string' || (eventId !== null && typeof eventId !== 'string')) return null;
      return { email, eventId, kind };
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url').slice(0, 32);
  }
}
