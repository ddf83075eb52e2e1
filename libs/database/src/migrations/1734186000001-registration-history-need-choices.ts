import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each column the history watches, with the field name the API and the web app show for it, in the order they are listed. */
const WATCHED: [column: string, field: string][] = [
  ['full_name', 'fullName'],
  ['title', 'title'],
  ['organisation', 'organisation'],
  ['city', 'city'],
  ['country', 'country'],
  ['email', 'email'],
  ['language', 'language'],
  ['category_id', 'category'],
  ['dietary_needs', 'dietaryNeeds'],
  ['dietary_choices', 'dietaryChoices'],
  ['accessibility_needs', 'accessibilityNeeds'],
  ['accessibility_choices', 'accessibilityChoices'],
  ['visa_letter_needed', 'visaLetterNeeded'],
];
const CHOICES = ['dietary_choices', 'accessibility_choices'];

/** record_registration_history as 1734183000001 left it (a place decided at insert reads as received, then decided), its columns read from a list instead of one IF each. */
const historyFunction = (watched: [string, string][]) => `
  CREATE OR REPLACE FUNCTION record_registration_history() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    actor text := nullif(current_setting('plenary.actor', true), '');
    actor_user uuid := CASE WHEN actor ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN actor::uuid END;
    who text := CASE WHEN actor_user IS NOT NULL THEN 'user' WHEN actor = 'delegate' THEN 'delegate' ELSE 'system' END;
    before jsonb;
    after jsonb;
    changed text[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO registration_history (registration_id, kind, to_state, actor_kind, actor_user_id)
      VALUES (NEW.id, 'created', CASE WHEN NEW.state IN ('confirmed', 'waitlisted') THEN 'pending' ELSE NEW.state END, who, actor_user);
      IF NEW.state IN ('confirmed', 'waitlisted') THEN
        INSERT INTO registration_history (registration_id, kind, from_state, to_state, actor_kind, actor_user_id)
        VALUES (NEW.id, 'state', 'pending', NEW.state, who, actor_user);
      END IF;
      RETURN NULL;
    END IF;
    IF NEW.state IS DISTINCT FROM OLD.state THEN
      INSERT INTO registration_history (registration_id, kind, from_state, to_state, actor_kind, actor_user_id)
      VALUES (NEW.id, 'state', OLD.state, NEW.state, who, actor_user);
    END IF;
    before := to_jsonb(OLD);
    after := to_jsonb(NEW);
    SELECT coalesce(array_agg(watched.field ORDER BY watched.position), '{}') INTO changed
      FROM unnest(ARRAY[${watched.map(([column]) => `'${column}'`).join(', ')}], ARRAY[${watched.map(([, field]) => `'${field}'`).join(', ')}])
           WITH ORDINALITY AS watched (column_name, field, position)
     WHERE before -> watched.column_name IS DISTINCT FROM after -> watched.column_name;
    IF cardinality(changed) > 0 THEN
      INSERT INTO registration_history (registration_id, kind, to_state, fields, actor_kind, actor_user_id)
      VALUES (NEW.id, 'edited', NEW.state, changed, who, actor_user);
    END IF;
    RETURN NULL;
  END $$`;

/**
 * The registration history also records a change of the ticked dietary and accessibility needs
 * (1734179200001 added them after the history's trigger was written), as it does the free text beside them.
 */
export class RegistrationHistoryNeedChoices1734186000001 implements MigrationInterface {
  name = 'RegistrationHistoryNeedChoices1734186000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(historyFunction(WATCHED));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(historyFunction(WATCHED.filter(([column]) => !CHOICES.includes(column))));
  }
}
