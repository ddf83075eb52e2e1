import { Injectable } from '@nestjs/common';
import type { EventContext, EventRef } from '@app/auth';
import { isOneLine } from '@app/config';
import { DataSource, EntityManager } from 'typeorm';
import { RegistrationError } from '../registration.error.js';
import type {
  CreateQuestionDto,
  QuestionChoiceDto,
  QuestionResponse,
  RegistrationFormResponse,
  RegistrationFormSettingsDto,
  UpdateQuestionDto,
} from './dto/question.dto.js';
import { loadQuestions } from './question-sql.js';

const CHOICE_TYPES = new Set(['single_choice', 'multiple_choice']);

const invalid = (reason: string, message: string, data: Record<string, unknown> = {}) =>
  new RegistrationError('QUESTION_INVALID', message, { reason, ...data });

/** The organiser's questions on the registration form: labels per event language, categories, one level of conditions. */
@Injectable()
export class QuestionsService {
  constructor(private readonly dataSource: DataSource) {}

  async form(event: EventContext): Promise<RegistrationFormResponse> {
    const [row] = await this.dataSource.query(
      `SELECT to_char(answers_deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS deadline FROM registration_forms WHERE event_id = $1`,
      [event.id],
    );
    return { languages: event.languages, answersDeadline: row?.deadline ?? null, questions: await loadQuestions(this.dataSource.manager, event.id) };
  }

  async setSettings(event: EventContext, input: RegistrationFormSettingsDto): Promise<RegistrationFormResponse> {
    await this.dataSource.query(
      `INSERT INTO registration_forms (event_id, answers_deadline) VALUES ($1, $2)
       ON CONFLICT (event_id) DO UPDATE SET answers_deadline = EXCLUDED.answers_deadline`,
      [event.id, input.answersDeadline],
    );
    return this.form(event);
  }

  async create(event: EventContext, input: CreateQuestionDto): Promise<QuestionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const questions = await this.lockQuestions(manager, event);
      const choices = this.checkChoices(event, input.type, input.choices ?? []);
      const [{ id }] = await manager.query(
        `INSERT INTO registration_questions (event_id, position, type, required, labels, choices)
         VALUES ($1, coalesce((SELECT max(position) + 1 FROM registration_questions WHERE event_id = $1), 0), $2, $3, $4::jsonb, $5::jsonb) RETURNING id`,
        [event.id, input.type, input.required ?? false, JSON.stringify(checkLabels(event, input.labels)), JSON.stringify(choices)],
      );
      await this.setCategories(manager, event, id, input.categories ?? []);
      await this.setCondition(manager, questions, { id, type: input.type, choices }, input.shownWhen ?? null);
      return this.one(manager, event, id);
    });
  }

  async update(event: EventContext, id: string, input: UpdateQuestionDto): Promise<QuestionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const questions = await this.lockQuestions(manager, event);
      const question = questions.find((candidate) => candidate.id === id);
      if (!question) throw notFound(id);
      const choices = input.choices ? this.checkChoices(event, question.type, input.choices) : question.choices;
      await manager.query(
        `UPDATE registration_questions SET required = coalesce($2, required), labels = coalesce($3::jsonb, labels), choices = $4::jsonb WHERE id = $1`,
        [id, input.required ?? null, input.labels ? JSON.stringify(checkLabels(event, input.labels)) : null, JSON.stringify(choices)],
      );
      if (input.categories) await this.setCategories(manager, event, id, input.categories);
      if (input.shownWhen !== undefined) await this.setCondition(manager, questions, { ...question, choices }, input.shownWhen);
      return this.one(manager, event, id);
    });
  }

  /** Its answers go with it, and so do the questions shown only after it. */
  async remove(event: EventRef, id: string): Promise<void> {
    const [, count] = await this.dataSource.query(`DELETE FROM registration_questions WHERE id = $1 AND event_id = $2`, [id, event.id]);
    if (!count) throw notFound(id);
  }

  async reorder(event: EventContext, ids: string[]): Promise<QuestionResponse[]> {
    return this.dataSource.transaction(async (manager) => {
      const questions = await this.lockQuestions(manager, event);
      const known = new Set(questions.map((question) => question.id));
      if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id)))
        throw new RegistrationError('QUESTION_ORDER_INVALID', 'The order must name every question of the event exactly once');
      await manager.query(
        `UPDATE registration_questions q SET position = o.position - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE q.id = o.id`,
        [ids],
      );
      return loadQuestions(manager, event.id);
    });
  }

  /** A lock per event's form keeps the one-level rule true when two organisers edit at once. */
  private async lockQuestions(manager: EntityManager, event: EventRef): Promise<QuestionResponse[]> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('registration_questions:' || $1))`, [event.id]);
    return loadQuestions(manager, event.id);
  }

  private async one(manager: EntityManager, event: EventRef, id: string): Promise<QuestionResponse> {
    const question = (await loadQuestions(manager, event.id)).find((candidate) => candidate.id === id);
    if (!question) throw notFound(id);
    return question;
  }

  private checkChoices(event: EventContext, type: string, choices: QuestionChoiceDto[]): { key: string; labels: Record<string, string> }[] {
    if (!CHOICE_TYPES.has(type)) {
      if (choices.length) throw invalid('CHOICES_NOT_ALLOWED', `A ${type} question has no choices`);
      return [];
    }
    if (choices.length < 2) throw invalid('TOO_FEW_CHOICES', 'A choice question needs at least two choices');
    if (new Set(choices.map((choice) => choice.key)).size !== choices.length) throw invalid('CHOICE_KEYS_REPEATED', 'Choice keys must differ');
    return choices.map((choice) => ({ key: choice.key, labels: checkLabels(event, choice.labels) }));
  }

  private async setCategories(manager: EntityManager, event: EventRef, id: string, codes: string[]): Promise<void> {
    const rows: { id: string; code: string }[] = await manager.query(`SELECT id, code FROM registration_categories WHERE event_id = $1 AND code = ANY($2)`, [
      event.id,
      codes,
    ]);
    const unknown = codes.find((code) => !rows.some((row) => row.code === code));
    if (unknown) throw new RegistrationError('UNKNOWN_CATEGORY', `Unknown registration category "${unknown}"`, { category: unknown });
    await manager.query(`DELETE FROM registration_question_categories WHERE question_id = $1`, [id]);
    await manager.query(`INSERT INTO registration_question_categories (question_id, category_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      rows.map((row) => row.id),
    ]);
  }

  private async setCondition(
    manager: EntityManager,
    questions: QuestionResponse[],
    question: Pick<QuestionResponse, 'id' | 'type' | 'choices'>,
    condition: { questionId: string; value: string } | null,
  ): Promise<void> {
    if (condition) {
      const target = questions.find((candidate) => candidate.id === condition.questionId);
      if (!target || target.id === question.id) throw invalid('CONDITION_QUESTION_UNKNOWN', `No other question ${condition.questionId} in this event`);
      if (target.shownWhen) throw invalid('CONDITION_TOO_DEEP', 'A question can depend only on a question that is always shown');
      if (questions.some((other) => other.shownWhen?.questionId === question.id))
        throw invalid('CONDITION_TOO_DEEP', 'Other questions depend on this one, so it must always be shown');
      const values = target.type === 'yes_no' ? ['yes', 'no'] : target.choices.map((choice) => choice.key);
      if (!CHOICE_TYPES.has(target.type) && target.type !== 'yes_no')
        throw invalid('CONDITION_TYPE', 'A question can depend only on a yes/no or choice question');
      if (!values.includes(condition.value))
        throw invalid('CONDITION_VALUE', `"${condition.value}" is not an answer of that question`, { value: condition.value });
    }
    await manager.query(`UPDATE registration_questions SET shown_when_question_id = $2, shown_when_value = $3 WHERE id = $1`, [
      question.id,
      condition?.questionId ?? null,
      condition?.value ?? null,
    ]);
  }
}

/** Labels in the event's languages only; the first language is always there, so every reader finds one. */
function checkLabels(event: EventContext, labels: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [language, raw] of Object.entries(labels)) {
    if (!event.languages.includes(language)) throw invalid('LABEL_LANGUAGE', `"${language}" is not a language of this event`, { language });
    if (typeof raw !== 'string') throw invalid('LABEL_TEXT', 'Labels are texts');
    const text = raw.trim();
    if (text.length > 300 || !isOneLine(text)) throw invalid('LABEL_TEXT', 'A label is one line of at most 300 characters');
    if (text) result[language] = text;
  }
  if (!result[event.languages[0]]) throw invalid('LABEL_MISSING', `A label in ${event.languages[0]} is needed`, { language: event.languages[0] });
  return result;
}

const notFound = (id: string) => new RegistrationError('QUESTION_NOT_FOUND', `No question ${id} in this event`, { questionId: id });
