import { MigrationInterface, QueryRunner } from 'typeorm';

export class Speakers1732838400000 implements MigrationInterface {
  name = 'Speakers1732838400000';

  async up(db: QueryRunner): Promise<void> {
    // Per event: when slides are due, counted back from each slot's start.
    await db.query(`
      CREATE TABLE speaker_settings (
        event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        slides_due_hours_before integer NOT NULL DEFAULT 48 CHECK (slides_due_hours_before BETWEEN 0 AND 2160)
      )`);

    await db.query(`
      CREATE TABLE speaker_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (position('@' in email) > 1),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        language text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
        -- Only the SHA-256 of the link's token: a leaked database leaks no working link.
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'declined')),
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT speaker_invitations_token_key UNIQUE (token_hash)
      )`);
    // The slots an invitation holds; declining frees them (the rows go).
    await db.query(`
      CREATE TABLE speaker_invitation_slots (
        invitation_id uuid NOT NULL REFERENCES speaker_invitations (id) ON DELETE CASCADE,
        slot_id uuid NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
        PRIMARY KEY (invitation_id, slot_id)
      )`);
    await db.query(`CREATE INDEX speaker_invitation_slots_slot_idx ON speaker_invitation_slots (slot_id)`);

    await db.query(`
      CREATE TABLE speaker_profiles (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        title text NOT NULL DEFAULT '',
        organisation text NOT NULL DEFAULT '',
        city text NOT NULL DEFAULT '',
        country text NOT NULL DEFAULT '',
        biography jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(biography) = 'object'),
        photo_key text,
        photo_type text CHECK (photo_type IN ('image/jpeg', 'image/png', 'image/webp')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE slide_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slot_id uuid NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version > 0),
        storage_key text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        media_type text NOT NULL,
        extension text NOT NULL CHECK (extension IN ('pdf', 'pptx', 'ppt', 'key', 'odp')),
        uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT slide_versions_slot_version_key UNIQUE (slot_id, version),
        CONSTRAINT slide_versions_storage_key UNIQUE (storage_key)
      )`);
    // Marked public by a speaker after the session: then anyone may download the current version.
    await db.query(`
      CREATE TABLE public_slides (
        slot_id uuid PRIMARY KEY REFERENCES slots (id) ON DELETE CASCADE,
        marked_by uuid REFERENCES users (id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Slide reminders follow the speakers' slots, whoever attaches a speaker or moves a slot
    // (the programme's own service included): scheduled when a speaker joins a slot, moved when the
    // slot moves (slot_speakers.during follows slots.during), withdrawn when the speaker leaves it.
    await db.query(`
      CREATE FUNCTION slide_reminders_follow_speakers() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ev uuid;
        due_hours integer;
        u users%ROWTYPE;
        remind record;
      BEGIN
        IF TG_OP = 'DELETE' THEN
          UPDATE notifications SET state = 'discarded', updated_at = now()
           WHERE dedup_key IN ('slides-due:' || OLD.slot_id || ':' || OLD.user_id, 'slides-last-call:' || OLD.slot_id || ':' || OLD.user_id)
             AND state IN ('pending', 'held');
          RETURN NULL;
        END IF;
        SELECT s.event_id INTO ev FROM slots sl JOIN sessions s ON s.id = sl.session_id WHERE sl.id = NEW.slot_id;
        SELECT coalesce((SELECT slides_due_hours_before FROM speaker_settings WHERE event_id = ev), 48) INTO due_hours;
        SELECT * INTO u FROM users WHERE id = NEW.user_id;
        FOR remind IN
          SELECT 'slides-due' AS prefix, lower(NEW.during) - make_interval(hours => due_hours) AS at
          UNION ALL SELECT 'slides-last-call', lower(NEW.during) - interval '24 hours'
        LOOP
          IF remind.at <= now() OR EXISTS (SELECT 1 FROM slide_versions v WHERE v.slot_id = NEW.slot_id) THEN
            -- Too late for this one, or nothing to remind of: a pending one is withdrawn.
            UPDATE notifications SET state = 'discarded', updated_at = now()
             WHERE dedup_key = remind.prefix || ':' || NEW.slot_id || ':' || NEW.user_id AND state IN ('pending', 'held');
            CONTINUE;
          END IF;
          INSERT INTO notifications (event_id, kind, recipient_email, recipient_name, language, about, dedup_key, send_after)
          VALUES (ev, 'slides-reminder', lower(u.email), u.display_name, u.language,
                  jsonb_build_object('slotId', NEW.slot_id, 'userId', NEW.user_id, 'reminder', remind.prefix),
                  remind.prefix || ':' || NEW.slot_id || ':' || NEW.user_id, remind.at)
          ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO UPDATE
            SET send_after = EXCLUDED.send_after, state = 'pending', updated_at = now()
            WHERE notifications.state IN ('pending', 'discarded');
        END LOOP;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER slide_reminders_follow_speakers AFTER INSERT OR DELETE OR UPDATE OF during ON slot_speakers
        FOR EACH ROW EXECUTE FUNCTION slide_reminders_follow_speakers()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER slide_reminders_follow_speakers ON slot_speakers`);
    await db.query(`DROP FUNCTION slide_reminders_follow_speakers`);
    for (const table of ['public_slides', 'slide_versions', 'speaker_profiles', 'speaker_invitation_slots', 'speaker_invitations', 'speaker_settings']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
