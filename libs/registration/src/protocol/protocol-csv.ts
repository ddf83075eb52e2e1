import type { EntityManager } from 'typeorm';

const PASSPORT_COLUMNS = ['passportName', 'nationality', 'dateOfBirth', 'passportNumber', 'passportExpiry', 'consulate'] as const;

/** The honorific always; passport columns only when the organiser asked for them by name. */
export async function protocolColumns(
  manager: EntityManager,
  registrationIds: string[],
  includePassport: boolean,
): Promise<{ columns: string[]; values: Map<string, Record<string, string>> }> {
  const rows: Array<Record<string, string | null> & { id: string }> = registrationIds.length
    ? await manager.query(
        `SELECT registration_id AS id, honorific, passport_name AS "passportName", nationality, date_of_birth::text AS "dateOfBirth",
                passport_number AS "passportNumber", passport_expiry::text AS "passportExpiry", consulate
           FROM registration_protocol WHERE registration_id = ANY($1)`,
        [registrationIds],
      )
    : [];
  const columns = ['honorific', ...(includePassport ? PASSPORT_COLUMNS : [])];
  const values = new Map(rows.map((row) => [row.id, Object.fromEntries(columns.map((column) => [column, row[column] ?? '']))]));
  return { columns, values };
}
