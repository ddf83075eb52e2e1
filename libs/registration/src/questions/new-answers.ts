import type { EntityManager } from 'typeorm';
import { settleAnswers } from './answer-rules.js';
import { loadQuestions, writeAnswers } from './question-sql.js';

/**
 * The answers sent with a registration, inside its transaction: a refused answer undoes the registration.
 * File questions are answered from the private link afterwards, so they are not required here.
 */
export async function saveNewAnswers(
  manager: EntityManager,
  registration: { id: string; eventId: string; categoryId: string },
  given: Record<string, unknown>,
): Promise<void> {
  const questions = await loadQuestions(manager, registration.eventId, registration.categoryId);
  await writeAnswers(manager, registration.id, settleAnswers(questions, new Map(), given, new Set(), { requireFiles: false }));
}
