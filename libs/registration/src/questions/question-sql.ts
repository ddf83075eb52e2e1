import type { EntityManager } from 'typeorm';
import type { AnswerValue } from './dto/answer.dto.js';
import type { QuestionResponse } from './dto/question.dto.js';

const QUESTION_COLUMNS = `q.id, q.position, q.type, q.required, q.labels, q.choices,
  coalesce((SELECT array_agg(c.code ORDER BY c.code) FROM registration_question_categories qc JOIN registration_categories c ON c.id = qc.category_id
             WHERE qc.question_id = q.id), '{}') AS categories,
  CASE WHEN q.shown_when_question_id IS NULL THEN NULL
       ELSE json_build_object('questionId', q.shown_when_question_id, 'value', q.shown_when_value) END AS "shownWhen"`;

/** The event's questions in order; with a category, only those asked of it. */
export function loadQuestions(manager: EntityManager, eventId: string, categoryId?: string): Promise<QuestionResponse[]> {
  return manager.query(questionsSql('$1', '$2::uuid'), [eventId, categoryId ?? null]);
}

/** The same as a JSON array, for a statement that reads them along with other things. */
export function questionsJsonSql(eventId: string, categoryId: string): string {
  return `(SELECT coalesce(json_agg(q), '[]') FROM (${questionsSql(eventId, categoryId)}) q)`;
}

function questionsSql(eventId: string, categoryId: string): string {
  return `SELECT ${QUESTION_COLUMNS} FROM registration_questions q
      WHERE q.event_id = ${eventId}
        AND (${categoryId} IS NULL OR NOT EXISTS (SELECT 1 FROM registration_question_categories qc WHERE qc.question_id = q.id)
             OR EXISTS (SELECT 1 FROM registration_question_categories qc WHERE qc.question_id = q.id AND qc.category_id = ${categoryId}))
      ORDER BY q.position, q.created_at`;
}

/** Answers to a new registration, as the rows one INSERT … SELECT FROM jsonb_to_recordset takes (nothing to clear yet). */
export function newAnswerRows(answers: Map<string, AnswerValue | null>): { question_id: string; value: AnswerValue }[] {
  return [...answers].flatMap(([questionId, value]) => (value === null ? [] : [{ question_id: questionId, value }]));
}

export interface StoredAnswers {
  values: Map<string, AnswerValue>;
  files: Map<string, { name: string; mediaType: string; size: number; key: string }>;
}

export async function loadAnswers(manager: EntityManager, registrationId: string): Promise<StoredAnswers> {
  const rows: { questionId: string; value: AnswerValue | null; fileKey: string | null; fileName: string; fileType: string; fileSize: number }[] =
    await manager.query(
      `SELECT question_id AS "questionId", value, file_key AS "fileKey", file_name AS "fileName", file_type AS "fileType", file_size::float AS "fileSize"
       FROM registration_answers WHERE registration_id = $1`,
      [registrationId],
    );
  const answers: StoredAnswers = { values: new Map(), files: new Map() };
  for (const row of rows) {
    if (row.value !== null) answers.values.set(row.questionId, row.value);
    if (row.fileKey) answers.files.set(row.questionId, { name: row.fileName, mediaType: row.fileType, size: row.fileSize, key: row.fileKey });
  }
  return answers;
}

/** Writes settled JSON answers (null deletes); file answers are left as they are. */
export async function writeAnswers(manager: EntityManager, registrationId: string, answers: Map<string, AnswerValue | null>): Promise<void> {
  for (const [questionId, value] of answers) {
    if (value === null) {
      await manager.query(`DELETE FROM registration_answers WHERE registration_id = $1 AND question_id = $2 AND file_key IS NULL`, [
        registrationId,
        questionId,
      ]);
      await manager.query(`UPDATE registration_answers SET value = NULL, updated_at = now() WHERE registration_id = $1 AND question_id = $2`, [
        registrationId,
        questionId,
      ]);
    } else {
      await manager.query(
        `INSERT INTO registration_answers (registration_id, question_id, value) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (registration_id, question_id) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [registrationId, questionId, JSON.stringify(value)],
      );
    }
  }
}
