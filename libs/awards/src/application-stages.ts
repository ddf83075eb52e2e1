import { translated } from '@app/config';
import type { NotificationKind, Outbox } from '@app/notifications';
import type { EntityManager } from 'typeorm';
import type { ApplicationStage } from './dto/application.dto.js';

/** Every change of an application's stage is kept: who, when, from which stage to which, and why. */
export async function recordTransition(
  manager: EntityManager,
  nominationId: string,
  from: ApplicationStage | null,
  to: ApplicationStage,
  userId: string | null,
  note: string,
): Promise<void> {
  await manager.query(`INSERT INTO award_nomination_transitions (nomination_id, from_stage, to_stage, user_id, note) VALUES ($1, $2, $3, $4, $5)`, [
    nominationId,
    from,
    to,
    userId,
    note,
  ]);
}

/** The stage an application reached and the page of the party who acts next. */
const NEXT_PARTY: Record<string, { stage: ApplicationStage; page: (slug: string, roundId: string, party?: string) => string }> = {
  'award-application-submitted': { stage: 'submitted', page: (slug) => `/organiser/events/${slug}/awards/commission` },
  'award-application-returned': { stage: 'returned', page: (slug) => `/organiser/events/${slug}/awards/apply` },
  'award-application-endorsed': { stage: 'endorsed', page: (slug, roundId) => `/organiser/events/${slug}/awards/rounds/${roundId}/applications` },
  'award-application-shortlisted': { stage: 'shortlisted', page: (slug, roundId) => `/jury/events/${slug}/rounds/${roundId}` },
  // Told to the city and to its Commission, each on their own page.
  'award-application-not-shortlisted': {
    stage: 'not_shortlisted',
    page: (slug, _roundId, party) => `/organiser/events/${slug}/awards/${party === 'commission' ? 'commission' : 'apply'}`,
  },
};

export type ApplicationMailKind = keyof typeof NEXT_PARTY;

/**
 * One template for every stage: the application's city, round and Commission, and the note of the
 * change that caused the message. Discarded if the application has moved on since.
 */
export const APPLICATION_NOTIFICATION_KINDS: NotificationKind[] = Object.entries(NEXT_PARTY).map(([kind, { stage, page }]) => ({
  kind,
  template: 'award-application',
  mainLink: ({ links, data }) => ({ url: `${links.app}${data.path as string}`, label: { en: 'Open the application', vi: 'Mở hồ sơ', th: 'เปิดใบสมัคร' } }),
  async load(manager: EntityManager, about: Record<string, string>, language: string) {
    const [row] = await manager.query(
      `SELECT c.name AS city, r.name AS award, r.translations, r.id AS "roundId", m.name AS commission,
              m.translations AS "commissionTranslations", n.stage,
              (SELECT t.note FROM award_nomination_transitions t WHERE t.nomination_id = n.id ORDER BY t.id DESC LIMIT 1) AS note
         FROM award_nominations n JOIN award_cities c ON c.id = n.city_id JOIN award_rounds r ON r.id = n.round_id
         JOIN award_commissions m ON m.id = n.commission_id
        WHERE n.id = $1`,
      [about.nominationId],
    );
    if (!row || row.stage !== stage) return null;
    return {
      city: row.city,
      award: translated(row.award, row.translations, 'name', language),
      commission: translated(row.commission, row.commissionTranslations, 'name', language),
      note: row.note,
      [stage]: true,
      path: page(about.slug, row.roundId, about.party),
    };
  },
}));

export interface MailRecipient {
  email: string;
  name: string;
  language: string;
  /** Whose page the message links to, when one message goes to several parties. */
  party?: 'city' | 'commission';
}

/** Tells each recipient, once per application and stage reached (a return and resubmission mails again). */
export async function mailNextParty(
  outbox: Outbox,
  manager: EntityManager,
  event: { id: string; slug: string },
  kind: ApplicationMailKind,
  nominationId: string,
  recipients: MailRecipient[],
): Promise<void> {
  const [{ changes }] = await manager.query(`SELECT count(*)::int AS changes FROM award_nomination_transitions WHERE nomination_id = $1`, [nominationId]);
  for (const recipient of recipients) {
    await outbox.add(manager, {
      eventId: event.id,
      kind,
      recipientEmail: recipient.email,
      recipientName: recipient.name,
      language: recipient.language,
      about: { nominationId, slug: event.slug, ...(recipient.party ? { party: recipient.party } : {}) },
      dedupKey: `${kind}:${nominationId}:${changes}:${recipient.email.toLowerCase()}`,
    });
  }
}
