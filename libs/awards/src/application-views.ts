import type { AuthService } from '@app/auth';
import { translated, type Translations } from '@app/config';
import type { EntityManager } from 'typeorm';
import { labelledIn } from './required-documents.service.js';
import type { ApplicationDocumentResponse, ApplicationResponse, ChecklistItemResponse, StageTransitionResponse } from './dto/application.dto.js';

/**
 * Applications as their parties see them, each with the round's checklist answered item by item and
 * every change of stage, the round, its checklist and the Commission named in the reader's `language` where given. Callers pass only ids they are
 * allowed to see.
 */
export async function describeApplications(manager: EntityManager, auth: AuthService, ids: string[], language?: string): Promise<ApplicationResponse[]> {
  if (ids.length === 0) return [];
  const rows: (Omit<ApplicationResponse, 'checklist' | 'transitions' | 'complete'> & {
    roundTranslations: Translations<'name'>;
    commissionTranslations: Translations<'name'>;
  })[] = await manager.query(
    `SELECT n.id, n.round_id AS "roundId", r.name AS "roundName", r.translations AS "roundTranslations", n.city_id AS "cityId", c.name AS city, c.country, n.commission_id AS "commissionId",
            m.name AS commission, m.translations AS "commissionTranslations", n.stage, n.summary, n.created_at AS "createdAt"
       FROM award_nominations n JOIN award_rounds r ON r.id = n.round_id JOIN award_cities c ON c.id = n.city_id JOIN award_commissions m ON m.id = n.commission_id
      WHERE n.id = ANY($1)`,
    [ids],
  );
  const items: (Omit<ChecklistItemResponse, 'documents'> & { roundId: string })[] = await manager.query(
    `SELECT id, round_id AS "roundId", label, translations, kind, file_types AS "fileTypes" FROM award_required_documents WHERE round_id = ANY($1) ORDER BY position`,
    [[...new Set(rows.map((row) => row.roundId))]],
  );
  const documents: (ApplicationDocumentResponse & { nominationId: string; requirementId: string | null })[] = await manager.query(
    `SELECT id, nomination_id AS "nominationId", requirement_id AS "requirementId", filename, content_type AS "contentType", size_bytes::float AS "sizeBytes", url
       FROM award_nomination_documents WHERE nomination_id = ANY($1) ORDER BY created_at, id`,
    [ids],
  );
  const transitions: (Omit<StageTransitionResponse, 'by'> & { nominationId: string; userId: string | null })[] = await manager.query(
    `SELECT nomination_id AS "nominationId", from_stage AS "from", to_stage AS "to", user_id AS "userId", at, note
       FROM award_nomination_transitions WHERE nomination_id = ANY($1) ORDER BY id`,
    [ids],
  );
  // Names come from the accounts library, which owns the users.
  const people = new Map(
    (await auth.contactsOf([...new Set(transitions.flatMap((row) => (row.userId ? [row.userId] : [])))], manager)).map((person) => [person.id, person.name]),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const found = byId.get(id);
    if (!found) return [];
    const { roundTranslations, commissionTranslations, ...row } = found;
    const checklist = items
      .filter((item) => item.roundId === row.roundId)
      .map(({ roundId: _, ...item }) => ({
        ...labelledIn(item, language),
        documents: documents
          .filter((document) => document.nominationId === id && document.requirementId === item.id)
          .map(({ nominationId: _n, requirementId: _r, ...document }) => document),
      }));
    return [
      {
        ...row,
        roundName: translated(row.roundName, roundTranslations, 'name', language),
        commission: translated(row.commission, commissionTranslations, 'name', language),
        createdAt: new Date(row.createdAt).toISOString(),
        complete: checklist.every((item) => item.documents.length > 0),
        checklist,
        transitions: transitions
          .filter((transition) => transition.nominationId === id)
          .map(({ nominationId: _, userId, ...transition }) => ({
            ...transition,
            by: userId ? (people.get(userId) ?? null) : null,
            at: new Date(transition.at).toISOString(),
          })),
      },
    ];
  });
}
