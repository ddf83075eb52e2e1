import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What happened to a registration and who did it, written by a trigger so that no path that changes a
 * registration (an organiser, the delegate's link, the worker lapsing an offer, a promotion) can forget it.
 * The acting person is whatever the transaction set in `plenary.actor` (a user id, or `delegate`);
 * nothing set means the system did it.
 */
export class RegistrationHistory1733950000001 implements MigrationInterface {
  name = 'RegistrationHistory1733950000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registration_history (
        id bigserial PRIMARY KEY,
        registration_id uuid NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('created', 'state', 'edited')),
        from_state text,
        to_state text NOT NULL,
        fields text[] NOT NULL DEFAULT '{}',
        actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'delegate', 'system')),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX registration_history_registration_idx ON registration_history (registration_id, id)`);
    await db.query(`
      CREATE FUNCTION record_registration_history() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        actor text := nullif(current_setting('plenary.actor', true), '');
        actor_user uuid := CASE WHEN actor ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN actor::uuid END;
        who text := CASE WHEN actor_user IS NOT NULL THEN 'user' WHEN actor = 'delegate' THEN 'delegate' ELSE 'system' END;
        changed text[] := '{}';
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO registration_history (registration_id, kind, to_state, actor_kind, actor_user_id)
          VALUES (NEW.id, 'created', NEW.state, who, actor_user);
          RETURN NULL;
        END IF;
        IF NEW.state IS DISTINCT FROM OLD.state THEN
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
      END $$`);
    await db.query(`
      CREATE TRIGGER registration_history AFTER INSERT OR UPDATE ON registrations
        FOR EACH ROW EXECUTE FUNCTION record_registration_history()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER registration_history ON registrations`);
    await db.query(`DROP FUNCTION record_registration_history()`);
    await db.query(`DROP TABLE registration_history`);
  }
}
