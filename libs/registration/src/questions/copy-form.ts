import type { EntityManager } from 'typeorm';

/**
 * Copies an event's registration form to its duplicate: the questions with their order, choices and
 * conditions (pointing at the copies), the categories they are asked of (matched by code, which the
 * categories' own copy keeps), the answers deadline moved by `days` on the event's wall clock, and who
 * bears visa costs per category. Runs after the categories were copied, in the same transaction.
 */
export async function copyRegistrationForm(manager: EntityManager, fromEventId: string, toEventId: string, days: number, timeZone: string): Promise<void> {
  const pairs: { id: string; copy: string }[] = await manager.query(`SELECT id, gen_random_uuid() AS copy FROM registration_questions WHERE event_id = $1`, [
    fromEventId,
  ]);
  if (pairs.length > 0) {
    const from = pairs.map((pair) => pair.id);
    const to = pairs.map((pair) => pair.copy);
    // A condition's question is inserted in the same statement, and the foreign key is checked at its end.
    await manager.query(
      `INSERT INTO registration_questions (id, event_id, position, type, required, labels, choices, shown_when_question_id, shown_when_value, created_at)
       SELECT m.copy, $2, q.position, q.type, q.required, q.labels, q.choices, c.copy, q.shown_when_value, q.created_at
         FROM registration_questions q
         JOIN unnest($3::uuid[], $4::uuid[]) AS m(id, copy) ON m.id = q.id
         LEFT JOIN unnest($3::uuid[], $4::uuid[]) AS c(id, copy) ON c.id = q.shown_when_question_id
        WHERE q.event_id = $1`,
      [fromEventId, toEventId, from, to],
    );
    await manager.query(
      `INSERT INTO registration_question_categories (question_id, category_id)
       SELECT m.copy, copied.id
         FROM registration_question_categories qc
         JOIN unnest($3::uuid[], $4::uuid[]) AS m(id, copy) ON m.id = qc.question_id
         JOIN registration_categories original ON original.id = qc.category_id
         JOIN registration_categories copied ON copied.event_id = $2 AND copied.code = original.code
        WHERE original.event_id = $1`,
      [fromEventId, toEventId, from, to],
    );
  }
  await manager.query(
    `INSERT INTO registration_forms (event_id, answers_deadline)
     SELECT $2, ((answers_deadline AT TIME ZONE $3) + make_interval(days => $4)) AT TIME ZONE $3 FROM registration_forms WHERE event_id = $1`,
    [fromEventId, toEventId, timeZone, days],
  );
  await manager.query(
    `INSERT INTO visa_letter_costs (category_id, bears)
     SELECT copied.id, v.bears
       FROM visa_letter_costs v
       JOIN registration_categories original ON original.id = v.category_id
       JOIN registration_categories copied ON copied.event_id = $2 AND copied.code = original.code
      WHERE original.event_id = $1`,
    [fromEventId, toEventId],
  );
}
