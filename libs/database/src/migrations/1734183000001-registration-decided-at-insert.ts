import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A registration is now written in the state its place decides (one statement takes the place and
 * records the outcome), where it used to be inserted pending and updated at once. Its history stays
 * as delegates and organisers read it: received (pending), then confirmed or waitlisted.
 */
export class RegistrationDecidedAtInsert1734183000001 implements MigrationInterface {
  name = 'RegistrationDecidedAtInsert1734183000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(historyFunction(DECIDED_AT_INSERT));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(historyFunction(CREATED_AS_IS));
  }
}

const DECIDED_AT_INSERT = `        IF TG_OP = 'INSERT' THEN
          INSERT INTO registration_history (registration_id, kind, to_state, actor_kind, actor_user_id)
          VALUES (NEW.id, 'created', CASE WHEN NEW.state IN ('confirmed', 'waitlisted') THEN 'pending' ELSE NEW.state END, who, actor_user);
          IF NEW.state IN ('confirmed', 'waitlisted') THEN
            INSERT INTO registration_history (registration_id, kind, from_state, to_state, actor_kind, actor_user_id)
            VALUES (NEW.id, 'state', 'pending', NEW.state, who, actor_user);
          END IF;
          RETURN NULL;
        END IF;
`;

const CREATED_AS_IS = `        IF TG_OP = 'INSERT' THEN
          INSERT INTO registration_history (registration_id, kind, to_state, actor_kind, actor_user_id)
          VALUES (NEW.id, 'created', NEW.state, who, actor_user);
          RETURN NULL;
        END IF;
`;

function historyFunction(insertBranch: string): string {
  return `
      CREATE OR REPLACE FUNCTION record_registration_history() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        actor text := nullif(current_setting('plenary.actor', true), '');
        actor_user uuid := CASE WHEN actor ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN actor::uuid END;
        who text := CASE WHEN actor_user IS NOT NULL THEN 'user' WHEN actor = 'delegate' THEN 'delegate' ELSE 'system' END;
        changed text[] := '{}';
      BEGIN
${insertBranch}        IF NEW.state IS DISTINCT FROM OLD.state THEN
          INSERT INTO registration_history (registration_id, kind, from_state, to_state, actor_kind, actor_user_id)
          VALUES (NEW.id, 'state', OLD.state, NEW.state, who, actor_user);
        END IF;
        IF NEW.full_name IS DISTINCT FROM OLD.full_name THEN changed := array_append(changed, 'fullName'); END IF;
        IF NEW.title IS DISTINCT FROM OLD.title THEN changed := array_append(changed, 'title'); END IF;
        IF NEW.organisation IS DISTINCT FROM OLD.organisation THEN changed := array_append(changed, 'organisation'); END IF;
        IF NEW.city IS DISTINCT FROM OLD.city THEN changed := array_append(changed, 'city'); END IF;
        IF NEW.country IS DISTINCT FROM OLD.country THEN changed := array_append(changed, 'country'); END IF;
        IF NEW.email IS DISTINCT FROM OLD.email THEN changed := array_append(changed, 'email'); END IF;
        IF NEW.language IS DISTINCT FROM OLD.language THEN changed := array_append(changed, 'language'); END IF;
        IF NEW.category_id IS DISTINCT FROM OLD.category_id THEN changed := array_append(changed, 'category'); END IF;
        IF NEW.dietary_needs IS DISTINCT FROM OLD.dietary_needs THEN changed := array_append(changed, 'dietaryNeeds'); END IF;
        IF NEW.accessibility_needs IS DISTINCT FROM OLD.accessibility_needs THEN changed := array_append(changed, 'accessibilityNeeds'); END IF;
        IF NEW.visa_letter_needed IS DISTINCT FROM OLD.visa_letter_needed THEN changed := array_append(changed, 'visaLetterNeeded'); END IF;
        IF cardinality(changed) > 0 THEN
          INSERT INTO registration_history (registration_id, kind, to_state, fields, actor_kind, actor_user_id)
          VALUES (NEW.id, 'edited', NEW.state, changed, who, actor_user);
        END IF;
        RETURN NULL;
      END $$`;
}
