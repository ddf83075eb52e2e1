import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organiser's own questions on the registration form, and delegates' answers. A question may be
 * limited to some categories and shown only when another question's answer has a value (one level: the
 * service refuses a condition on a conditional question). Answers hold JSON as the question's type
 * says (text, number, date as "YYYY-MM-DD", choice keys, true/false, country code); a file answer is a
 * storage key with what the sniffer found. Deleting a question takes its answers with it.
 */
export class RegistrationQuestions1734120000001 implements MigrationInterface {
  name = 'RegistrationQuestions1734120000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registration_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        position int NOT NULL DEFAULT 0,
        type text NOT NULL CHECK (type IN ('text', 'long_text', 'number', 'date', 'single_choice', 'multiple_choice', 'yes_no', 'country', 'file')),
        required boolean NOT NULL DEFAULT false,
        labels jsonb NOT NULL CHECK (jsonb_typeof(labels) = 'object'),
        choices jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(choices) = 'array'),
        shown_when_question_id uuid REFERENCES registration_questions (id) ON DELETE CASCADE,
        shown_when_value text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registration_questions_condition CHECK ((shown_when_question_id IS NULL) = (shown_when_value IS NULL)),
        CONSTRAINT registration_questions_not_self CHECK (shown_when_question_id <> id)
      )`);
    await db.query(`CREATE INDEX registration_questions_event ON registration_questions (event_id, position)`);
    await db.query(`
      CREATE TABLE registration_question_categories (
        question_id uuid NOT NULL REFERENCES registration_questions (id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES registration_categories (id) ON DELETE CASCADE,
        PRIMARY KEY (question_id, category_id)
      )`);
    await db.query(`
      CREATE TABLE registration_answers (
        registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES registration_questions (id) ON DELETE CASCADE,
        value jsonb,
        file_key text,
        file_name text,
        file_type text,
        file_size bigint,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (registration_id, question_id),
        CONSTRAINT registration_answers_something CHECK (value IS NOT NULL OR file_key IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX registration_answers_question ON registration_answers (question_id)`);
    await db.query(`
      CREATE TABLE registration_forms (
        event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        answers_deadline timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registration_forms`);
    await db.query(`DROP TABLE registration_answers`);
    await db.query(`DROP TABLE registration_question_categories`);
    await db.query(`DROP TABLE registration_questions`);
  }
}
