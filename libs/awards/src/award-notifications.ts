import { translated } from '@app/config';
import type { NotificationKind, Outbox } from '@app/notifications';
import type { EntityManager } from 'typeorm';

import { APPLICATION_NOTIFICATION_KINDS } from './application-stages.js';

/** The outcome of a nomination, told to the city's contact once the winners are released. */
export const AWARD_NOTIFICATION_KINDS: NotificationKind[] = [
  {
    kind: 'award-outcome',
    async load(manager: EntityManager, about: Record<string, string>, language: string) {
      const [row] = await manager.query(
        `SELECT c.name AS city, r.name AS award, r.translations, r.year, n.winner
           FROM award_nominations n JOIN award_cities c ON c.id = n.city_id JOIN award_rounds r ON r.id = n.round_id
          WHERE n.id = $1 AND r.released_at IS NOT NULL`,
        [about.nominationId],
      );
      return row ? { city: row.city, award: translated(row.award, row.translations, 'name', language), year: row.year, winner: row.winner } : null;
    },
  },
  ...APPLICATION_NOTIFICATION_KINDS,
];

/** Every nominated city of the round hears its outcome, at the release time. */
export async function tellOutcomes(outbox: Outbox, manager: EntityManager, eventId: string, roundId: string, sendAt: Date | null): Promise<number> {
  const nominations: { id: string; contactEmail: string; contactName: string; contactLanguage: string }[] = await manager.query(
    `SELECT id, contact_email AS "contactEmail", contact_name AS "contactName", contact_language AS "contactLanguage" FROM award_nominations
      WHERE round_id = $1 AND stage IN ('endorsed', 'shortlisted')`,
    [roundId],
  );
  for (const nomination of nominations) {
    await outbox.add(
      manager,
      {
        eventId,
        kind: 'award-outcome',
        recipientEmail: nomination.contactEmail,
        recipientName: nomination.contactName,
        language: nomination.contactLanguage,
        about: { nominationId: nomination.id },
        dedupKey: `award-outcome:${nomination.id}`,
      },
      sendAt,
    );
  }
  return nominations.length;
}
